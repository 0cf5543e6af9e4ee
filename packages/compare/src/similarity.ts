import { TfIdf } from 'natural/lib/natural/tfidf/index.js';

/** What one document contributes to similarity: its words (for TF-IDF) and language-free features. */
export interface SimilarityFeatures {
  name: string;
  lang: string;
  /** Lower-cased word tokens. */
  words: string[];
  /** Linked entity keys (the same in every language). */
  entities: Set<string>;
  /** Normalised dates, numbers, amounts and durations. */
  values: Set<string>;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, w] of a) {
    na += w * w;
    const v = b.get(term);
    if (v !== undefined) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Document × document similarity in [0, 1]. Across languages it is the overlap of shared entities
 * (weight 0.7) and shared normalised values (0.3); between two documents in one language it is the
 * mean of that and the TF-IDF cosine of their words (natural's TfIdf, fitted per language).
 */
export function similarityMatrix(docs: readonly SimilarityFeatures[]): number[][] {
  const vectors = new Map<number, Map<string, number>>();
  const langs = [...new Set(docs.map((d) => d.lang))];
  for (const lang of langs) {
    const members = docs.map((d, i) => [d, i] as const).filter(([d]) => d.lang === lang);
    if (members.length < 2) continue;
    const tfidf = new TfIdf();
    for (const [d] of members) tfidf.addDocument(d.words);
    members.forEach(([, i], k) => {
      const vector = new Map<string, number>();
      for (const term of tfidf.listTerms(k)) vector.set(term.term, term.tfidf);
      vectors.set(i, vector);
    });
  }
  return docs.map((a, i) =>
    docs.map((b, j) => {
      if (i === j) return 1;
      const overlap = 0.7 * jaccard(a.entities, b.entities) + 0.3 * jaccard(a.values, b.values);
      const va = vectors.get(i);
      const vb = vectors.get(j);
      if (a.lang === b.lang && va && vb) return round((overlap + cosine(va, vb)) / 2);
      return round(overlap);
    }),
  );
}
