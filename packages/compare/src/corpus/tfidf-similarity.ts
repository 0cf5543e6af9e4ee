import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import { Ids, PairScorer, round, type TermVector } from './pair-score';

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

/** Each language's TF-IDF vectors (natural's TfIdf, fitted per language), by document index. */
function tfidfVectors(docs: readonly SimilarityFeatures[]): Map<number, Map<string, number>> {
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
  return vectors;
}

/**
 * Document × document similarity in [0, 1] (see `similarityMatrixAllPairs` for the definition; this
 * computes the same values). Each pair is computed once (the matrix is symmetric) with typed arrays and
 * a scratch row instead of Map lookups, and a pair across languages is only visited when an inverted
 * index over entity keys and normalised values says the two share something (otherwise it is 0).
 */
export function similarityMatrix(docs: readonly SimilarityFeatures[]): number[][] {
  const n = docs.length;
  const vectors = tfidfVectors(docs);
  const keyIds = new Ids();
  const termIds = new Ids();
  // Entities and values in one id space, kept apart by a prefix; postings: key id → documents.
  const entityIds = docs.map((d) => Int32Array.from(d.entities, (k) => keyIds.of(`e\u0000${k}`)));
  const valueIds = docs.map((d) => Int32Array.from(d.values, (k) => keyIds.of(`v\u0000${k}`)));
  const postings: number[][] = Array.from({ length: keyIds.size }, () => []);
  for (let i = 0; i < n; i++) {
    for (const id of entityIds[i]!) postings[id]!.push(i);
    for (const id of valueIds[i]!) postings[id]!.push(i);
  }
  const termVectors: (TermVector | undefined)[] = docs.map((_, i) => {
    const v = vectors.get(i);
    if (!v) return undefined;
    const ids = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    let norm = 0;
    for (const [term, w] of v) {
      ids[k] = termIds.of(term);
      weights[k++] = w;
      norm += w * w;
    }
    return { ids, weights, norm };
  });
  const byLang = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const list = byLang.get(d.lang) ?? [];
    list.push(i);
    byLang.set(d.lang, list);
  });

  const matrix: number[][] = Array.from({ length: n }, (_, i) => {
    const row = new Array<number>(n).fill(0);
    row[i] = 1;
    return row;
  });
  const scorer = new PairScorer(
    keyIds.size,
    termIds.size,
    entityIds,
    valueIds,
    termVectors,
    docs.map((d) => d.lang),
  );
  const visited = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const ei = entityIds[i]!;
    const vi = valueIds[i]!;
    scorer.load(i);
    // Candidates after i: the same language (TF-IDF cosine is rarely 0), or sharing a key.
    const candidates: number[] = [];
    for (const j of byLang.get(docs[i]!.lang)!) {
      if (j > i && !visited[j]) {
        visited[j] = 1;
        candidates.push(j);
      }
    }
    for (const ids of [ei, vi]) {
      for (const id of ids) {
        for (const j of postings[id]!) {
          if (j > i && !visited[j]) {
            visited[j] = 1;
            candidates.push(j);
          }
        }
      }
    }
    for (const j of candidates) {
      visited[j] = 0;
      const value = scorer.score(j);
      matrix[i]![j] = value;
      matrix[j]![i] = value;
    }
    scorer.unload();
  }
  return matrix;
}

/**
 * Document × document similarity in [0, 1], every pair computed directly: the definition (and the
 * reference the tests hold `similarityMatrix` to). Across languages it is the overlap of shared entities
 * (weight 0.7) and shared normalised values (0.3); between two documents in one language it is the
 * mean of that and the TF-IDF cosine of their words (natural's TfIdf, fitted per language).
 */
export function similarityMatrixAllPairs(docs: readonly SimilarityFeatures[]): number[][] {
  const vectors = tfidfVectors(docs);
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
