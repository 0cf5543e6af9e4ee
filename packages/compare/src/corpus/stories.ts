// The corpus's structure: which documents are similar (sparse pairs above a threshold), which are near
// duplicates of each other, and which stories the corpus mixes. Two ways to find the pairs give the same
// definitions: exactly (every pair, for small corpora) or through an index (candidate pairs from shared
// keys and MinHash/LSH buckets, linear in the corpus for bounded stories).
import { bandKeys, LSH_BANDS, sortedJaccard } from './minhash';
import { Ids, PairScorer } from './pair-score';

/** What one document contributes to the corpus's structure. */
export interface StructureDoc {
  name: string;
  lang: string;
  /** Distinct entity keys. */
  entities: readonly string[];
  /** Distinct normalised values (dates, numbers, amounts, durations). */
  values: readonly string[];
  /** Distinct lower-cased words, for TF-IDF. */
  terms: readonly string[];
  /** How often each of `terms` occurs. */
  counts: readonly number[];
  /** Sorted distinct word-shingle hashes. */
  shingles: ArrayLike<number>;
  /** MinHash signature of the shingles. */
  signature: ArrayLike<number>;
}

export interface StructureOptions {
  /** Pairs at or above this similarity are reported. Default 0.1. */
  similarityThreshold?: number;
  /**
   * Two documents are in one story when the entities they share weigh at least this much of all the
   * entities they name, each entity weighted by its rarity, ln(1 + documents / documents naming it)
   * (a weighted Jaccard similarity): sharing "United States" says little, sharing a CEO's name says
   * much. A link weaker than 0.3 is kept only when it is at least half as strong as the strongest link
   * of each of its documents (so a story does not absorb another through one weak link between
   * documents that have strong links in their own). Stories are the connected components of these links
   * and of near duplicates. Default 0.1.
   */
  storyThreshold?: number;
  /** Jaccard similarity of word shingles, within one language, at or above which two documents are near duplicates. Default 0.7. */
  nearDuplicateThreshold?: number;
  /**
   * An entity key, value or LSH bucket shared by more documents than this does not propose all its
   * pairs, only each document with the next one that shares it (a chain): pairing all documents that
   * name "United States" or today's date would make the work quadratic and says little about which
   * belong together, while the chain keeps a big story connected. Default 200.
   */
  postingCap?: number;
}

export const STRUCTURE_DEFAULTS: Required<StructureOptions> = {
  similarityThreshold: 0.1,
  storyThreshold: 0.1,
  nearDuplicateThreshold: 0.7,
  postingCap: 200,
};

/** Story links as parallel arrays (documents a[k] < b[k], weight w[k]): millions of them at scale. */
interface StoryLinks {
  a: number[];
  b: number[];
  w: number[];
}

/** A similar pair: document indices i < j and their similarity. */
export type SimilarPair = [number, number, number];

export interface Story {
  /** Document indices, ascending. */
  documents: number[];
  /** Entity keys named by at least two of its documents, most named first (at most five). */
  entities: string[];
}

export interface Structure {
  pairs: SimilarPair[];
  /** Near-duplicate clusters (≥ 2 documents each), indices ascending, clusters by first index. */
  nearDuplicates: number[][];
  stories: Story[];
  /** Pairs whose similarity was computed. */
  candidatePairs: number;
  /** Keys and buckets left out for being shared by more than `postingCap` documents. */
  skippedKeys: number;
}

/** A story link must be at least this share of the strongest link of each of its two documents. */
const STORY_LINK_RATIO = 0.5;
/** A story link at least this strong is kept whatever the documents' other links. */
const STRONG_LINK = 0.3;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index is the root: components do not depend on the order of unions.
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
  components(n: number): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const r = this.find(i);
      const list = byRoot.get(r);
      if (list) list.push(i);
      else byRoot.set(r, [i]);
    }
    return [...byRoot.values()];
  }
}

const sortedIds = (keys: readonly string[], ids: Ids, prefix: string) =>
  Int32Array.from(new Set(keys), (k) => ids.of(prefix + k)).sort();

/** Each entity id's weight, ln(1 + n / documents naming it), and each document's total. */
function entityWeights(
  entityIds: readonly Int32Array[],
  size: number,
): { weight: Float64Array; total: Float64Array } {
  const df = new Int32Array(size);
  for (const ids of entityIds) for (const id of ids) df[id]!++;
  const n = entityIds.length;
  const weight = new Float64Array(size);
  for (let id = 0; id < size; id++) if (df[id]! > 0) weight[id] = Math.log(1 + n / df[id]!);
  const total = Float64Array.from(entityIds, (ids) => {
    let t = 0;
    for (const id of ids) t += weight[id]!;
    return t;
  });
  return { weight, total };
}

/** Weighted Jaccard similarity of two sorted id arrays. */
function weightedJaccard(a: Int32Array, b: Int32Array, weight: Float64Array, ta: number, tb: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += weight[a[i]!]!;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared === 0 ? 0 : shared / (ta + tb - shared);
}

/**
 * What the scored pairs say, as they come: similar pairs, near duplicates (same language, shingles alike)
 * and, for the other pairs, story links by the entities they share. Both ways of finding pairs classify
 * a pair here, so they agree by construction.
 */
class PairLinks {
  readonly pairs: SimilarPair[] = [];
  readonly nearPairs: [number, number][] = [];
  readonly storyPairs: StoryLinks = { a: [], b: [], w: [] };
  private readonly weight: Float64Array;
  private readonly total: Float64Array;

  constructor(
    private readonly docs: readonly StructureDoc[],
    private readonly shingles: readonly ArrayLike<number>[],
    private readonly entityIds: readonly Int32Array[],
    idCount: number,
    private readonly opts: Required<StructureOptions>,
  ) {
    ({ weight: this.weight, total: this.total } = entityWeights(entityIds, idCount));
  }

  /** Documents i < j, whose similarity is `similarity`. */
  add(i: number, j: number, similarity: number): void {
    const { docs, opts } = this;
    if (similarity >= opts.similarityThreshold) this.pairs.push([i, j, similarity]);
    const si = this.shingles[i]!;
    const sj = this.shingles[j]!;
    // Jaccard is at most the smaller set's share of the larger: most pairs need no merge.
    if (
      docs[i]!.lang === docs[j]!.lang &&
      Math.min(si.length, sj.length) >= opts.nearDuplicateThreshold * Math.max(si.length, sj.length) &&
      sortedJaccard(si, sj) >= opts.nearDuplicateThreshold
    ) {
      this.nearPairs.push([i, j]);
      return;
    }
    const { entityIds, total } = this;
    const w = weightedJaccard(entityIds[i]!, entityIds[j]!, this.weight, total[i]!, total[j]!);
    if (w >= opts.storyThreshold) {
      this.storyPairs.a.push(i);
      this.storyPairs.b.push(j);
      this.storyPairs.w.push(w);
    }
  }
}

/** The entity keys at least two of a story's documents name, most named first (at most five). */
export function sharedEntities(documents: readonly number[], docs: readonly StructureDoc[]): string[] {
  const counts = new Map<string, number>();
  for (const d of documents)
    for (const k of new Set(docs[d]!.entities)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 5)
    .map(([k]) => k);
}

/** Near-duplicate clusters and stories from the scored pairs. */
function finish(
  docs: readonly StructureDoc[],
  { pairs, nearPairs, storyPairs }: PairLinks,
  candidatePairs: number,
  skippedKeys: number,
): Structure {
  const n = docs.length;
  const near = new UnionFind(n);
  for (const [i, j] of nearPairs) near.union(i, j);
  const nearDuplicates = near
    .components(n)
    .filter((c) => c.length > 1)
    .sort((a, b) => a[0]! - b[0]!);

  // A story: documents linked by the entities they share, or by being near duplicates (a near duplicate
  // is not a story link: a wire text run by many outlets must not make their translations look weak).
  const story = new UnionFind(n);
  for (const [i, j] of nearPairs) story.union(i, j);
  const best = new Float64Array(n);
  const { a, b, w } = storyPairs;
  for (let k = 0; k < w.length; k++) {
    if (w[k]! > best[a[k]!]!) best[a[k]!] = w[k]!;
    if (w[k]! > best[b[k]!]!) best[b[k]!] = w[k]!;
  }
  for (let k = 0; k < w.length; k++) {
    const i = a[k]!;
    const j = b[k]!;
    if (w[k]! >= STRONG_LINK || w[k]! >= STORY_LINK_RATIO * Math.max(best[i]!, best[j]!)) story.union(i, j);
  }
  const stories: Story[] = story
    .components(n)
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .map((documents) => ({ documents, entities: sharedEntities(documents, docs) }));
  return { pairs, nearDuplicates, stories, candidatePairs, skippedKeys };
}

function resolve(options: StructureOptions): Required<StructureOptions> {
  return {
    similarityThreshold: options.similarityThreshold ?? STRUCTURE_DEFAULTS.similarityThreshold,
    storyThreshold: options.storyThreshold ?? STRUCTURE_DEFAULTS.storyThreshold,
    nearDuplicateThreshold: options.nearDuplicateThreshold ?? STRUCTURE_DEFAULTS.nearDuplicateThreshold,
    postingCap: options.postingCap ?? STRUCTURE_DEFAULTS.postingCap,
  };
}

/**
 * The structure from every pair: `score(i, j)` gives each pair's similarity (e.g. from the dense matrix)
 * and every pair of documents in one language is checked for near duplication. Quadratic; the reference
 * the indexed path is held to.
 */
export function exactStructure(
  docs: readonly StructureDoc[],
  score: (i: number, j: number) => number,
  options: StructureOptions = {},
): Structure {
  const opts = resolve(options);
  const ids = new Ids();
  const entityIds = docs.map((d) => sortedIds(d.entities, ids, ''));
  const shingles = docs.map((d) => d.shingles);
  const links = new PairLinks(docs, shingles, entityIds, ids.size, opts);
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) links.add(i, j, score(i, j));
  }
  const n = docs.length;
  return finish(docs, links, (n * (n - 1)) / 2, 0);
}

/** One LSH band: documents sorted by their band key (then index); a bucket is a run of equal keys. */
interface Band {
  docs: Int32Array;
  /** For each position in `docs`, where its run starts and ends (exclusive). */
  runStart: Int32Array;
  runEnd: Int32Array;
  /** Each document's position in `docs`, −1 for a document without shingles. */
  position: Int32Array;
}

/**
 * The LSH buckets of every band, by sorting (band key, document) packed into one double: far less
 * memory than a map of lists when most buckets hold one document.
 */
function lshBuckets(docs: readonly StructureDoc[]): Band[] {
  const n = docs.length;
  // Keys are 30 bits and documents need ⌈log2 n⌉; a double holds 53 exactly (keys coarsen past 2^23 documents).
  const docBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const shift = Math.max(0, docBits - 23);
  const scale = 2 ** docBits;
  const withShingles: number[] = [];
  const keys: Int32Array[] = [];
  docs.forEach((d, i) => {
    if (d.shingles.length === 0) return;
    withShingles.push(i);
    keys.push(bandKeys(d.signature, d.lang));
  });
  const m = withShingles.length;
  const bands: Band[] = [];
  const packed = new Float64Array(m);
  for (let b = 0; b < LSH_BANDS; b++) {
    for (let k = 0; k < m; k++) packed[k] = (keys[k]![b]! >>> shift) * scale + withShingles[k]!;
    packed.sort();
    const sorted = new Int32Array(m);
    const runStart = new Int32Array(m);
    const runEnd = new Int32Array(m);
    const position = new Int32Array(n).fill(-1);
    for (let k = 0; k < m; k++) {
      const doc = packed[k]! % scale;
      sorted[k] = doc;
      position[doc] = k;
    }
    for (let k = 0; k < m; ) {
      const key = Math.floor(packed[k]! / scale);
      let e = k + 1;
      while (e < m && Math.floor(packed[e]! / scale) === key) e++;
      for (let q = k; q < e; q++) {
        runStart[q] = k;
        runEnd[q] = e;
      }
      k = e;
    }
    bands.push({ docs: sorted, runStart, runEnd, position });
  }
  return bands;
}

/** Entity and value keys as ids, the documents naming each (postings), and how many keys exceed the cap. */
function keyPostings(docs: readonly StructureDoc[], bands: readonly Band[], cap: number) {
  const keyIds = new Ids();
  const entityIds = docs.map((d) => sortedIds(d.entities, keyIds, 'e\u0000'));
  const valueIds = docs.map((d) => sortedIds(d.values, keyIds, 'v\u0000'));
  const postings: number[][] = Array.from({ length: keyIds.size }, () => []);
  for (let i = 0; i < docs.length; i++) {
    for (const id of entityIds[i]!) postings[id]!.push(i);
    for (const id of valueIds[i]!) postings[id]!.push(i);
  }
  let skippedKeys = 0;
  for (const p of postings) if (p.length > cap) skippedKeys++;
  for (const band of bands) {
    for (let p = 0; p < band.docs.length; p = band.runEnd[p]!) if (band.runEnd[p]! - p > cap) skippedKeys++;
  }
  return { keyCount: keyIds.size, entityIds, valueIds, postings, skippedKeys };
}

/**
 * TF-IDF vectors per language (languages with one document have no vector, as in
 * similarityMatrixAllPairs). Terms get ids per language (cosine is only taken within one); df counts
 * documents per term id.
 */
function tfidfVectors(docs: readonly StructureDoc[]) {
  const langCount = new Map<string, number>();
  for (const d of docs) langCount.set(d.lang, (langCount.get(d.lang) ?? 0) + 1);
  const termIdsByLang = new Map<string, Map<string, number>>();
  const dfList: number[] = [];
  const docTermIds = docs.map((d) => {
    if (langCount.get(d.lang)! < 2) return undefined;
    let ids = termIdsByLang.get(d.lang);
    if (!ids) {
      ids = new Map();
      termIdsByLang.set(d.lang, ids);
    }
    const out = new Int32Array(d.terms.length);
    for (let k = 0; k < d.terms.length; k++) {
      const term = d.terms[k]!;
      let id = ids.get(term);
      if (id === undefined) {
        id = dfList.length;
        ids.set(term, id);
        dfList.push(0);
      }
      dfList[id]!++;
      out[k] = id;
    }
    return out;
  });
  const vectors = docs.map((d, i) => {
    const ids = docTermIds[i];
    if (!ids) return undefined;
    const total = langCount.get(d.lang)!;
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const w = d.counts[k]! * (1 + Math.log(total / (1 + dfList[ids[k]!]!)));
      weights[k] = w;
      norm += w * w;
    }
    return { ids, weights, norm };
  });
  return { vectors, termCount: dfList.length };
}

/**
 * The documents after `i` that share a key (or, for a key too common to pair all its documents, the
 * next one that names it) or an LSH bucket with it, each once, ascending.
 */
class Candidates {
  private readonly visited: Uint8Array;
  private readonly scratch: Int32Array;
  private count = 0;

  constructor(
    n: number,
    private readonly keys: ReturnType<typeof keyPostings>,
    private readonly bands: readonly Band[],
    private readonly cap: number,
    private readonly allPairs: boolean,
  ) {
    this.visited = new Uint8Array(n);
    this.scratch = new Int32Array(n);
  }

  private propose(i: number, j: number): void {
    if (j > i && !this.visited[j]) {
      this.visited[j] = 1;
      this.scratch[this.count++] = j;
    }
  }

  of(i: number): Int32Array {
    const { cap, keys } = this;
    this.count = 0;
    // The reference answer: every later document is a candidate (quadratic; for measuring recall).
    if (this.allPairs) for (let j = i + 1; j < this.visited.length; j++) this.propose(i, j);
    for (const ids of [keys.entityIds[i]!, keys.valueIds[i]!]) {
      for (const id of ids) {
        const posting = keys.postings[id]!;
        if (posting.length <= cap) {
          for (const j of posting) this.propose(i, j);
          continue;
        }
        // A key too common to pair all its documents: each is proposed with the next one that names
        // it (a chain: linear, and enough to keep a big story connected; scoring decides the rest).
        let lo = 0;
        let hi = posting.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (posting[mid]! < i) lo = mid + 1;
          else hi = mid;
        }
        const next = posting[lo + 1];
        if (next !== undefined) this.propose(i, next);
      }
    }
    for (const band of this.bands) {
      const p = band.position[i]!;
      if (p < 0) continue;
      const start = band.runStart[p]!;
      const end = band.runEnd[p]!;
      if (end - start <= cap) {
        for (let q = start; q < end; q++) this.propose(i, band.docs[q]!);
      } else if (p + 1 < end) {
        // Too many documents in one bucket (many copies of one text): chain each to the next one.
        this.propose(i, band.docs[p + 1]!);
      }
    }
    const candidates = this.scratch.subarray(0, this.count).sort();
    for (const j of candidates) this.visited[j] = 0;
    return candidates;
  }
}

/**
 * The structure from candidate pairs only: documents sharing an entity key or a normalised value (keys
 * named by at most `postingCap` documents), or an LSH bucket of their MinHash signatures. Each candidate
 * is scored exactly (the definition of `similarityMatrixAllPairs`, with natural's TF-IDF formula
 * tf × (1 + ln(N / (1 + df))) fitted per language) and checked for near duplication.
 */
export function indexedStructure(
  docs: readonly StructureDoc[],
  options: StructureOptions & { allPairs?: boolean } = {},
): Structure {
  const opts = resolve(options);
  const n = docs.length;
  const bands = lshBuckets(docs);
  const keys = keyPostings(docs, bands, opts.postingCap);
  const { entityIds, valueIds } = keys;
  const shingles = docs.map((d) =>
    d.shingles instanceof Int32Array ? d.shingles : Int32Array.from(d.shingles),
  );
  const { vectors, termCount } = tfidfVectors(docs);
  const scorer = new PairScorer(
    keys.keyCount,
    termCount,
    entityIds,
    valueIds,
    vectors,
    docs.map((d) => d.lang),
  );
  const candidatesOf = new Candidates(n, keys, bands, opts.postingCap, options.allPairs === true);
  const links = new PairLinks(docs, shingles, entityIds, keys.keyCount, opts);
  let candidatePairs = 0;
  for (let i = 0; i < n; i++) {
    const candidates = candidatesOf.of(i);
    if (candidates.length === 0) continue;
    scorer.load(i);
    candidatePairs += candidates.length;
    for (const j of candidates) links.add(i, j, scorer.score(j));
    scorer.unload();
  }
  return finish(docs, links, candidatePairs, keys.skippedKeys);
}
