// The comparison index: per-document features (entity keys, normalised values, word counts, shingles,
// MinHash signature) as a plain JSON value that can be built in shards and merged. Merging is a union
// of documents kept sorted by name, so it is associative, commutative and idempotent: shards built on
// different processes or machines merge into the index one pass would build.

import { CompareError } from '../errors';
import { valueClassOf, valueKey } from '../facts/values';
import { assertAnalyzed } from '../pipeline/input';
import type { AnalyzedDocument } from '../types';
import { minhashSignature, shingleHashes } from './minhash';
import { indexedStructure, type SimilarPair, type StructureDoc, type StructureOptions } from './stories';

export const INDEX_VERSION = 1 as const;

/** One document in the index. Everything is a plain JSON value; arrays are sorted. */
export interface IndexEntry {
  name: string;
  lang: string;
  /**
   * Entity keys as this document names them, without the type prefix and with accents folded
   * (`person:Zoë Hart` and `name:Zoe Hart` are both `zoe hart`): corpus-wide linking needs every
   * document, so the index keeps what one document can say alone.
   */
  entities: string[];
  /** Normalised dates, numbers, amounts and durations (`valueKey`). */
  values: string[];
  /** Distinct lower-cased words, sorted. */
  terms: string[];
  /** How often each of `terms` occurs. */
  counts: number[];
  /** Sorted distinct hashes of word 3-shingles. */
  shingles: number[];
  /** MinHash signature of the shingles (`SIGNATURE_LENGTH` values). */
  signature: number[];
}

export interface ComparisonIndex {
  version: typeof INDEX_VERSION;
  /** Entries sorted by document name (UTF-16 code-unit order), one per name. */
  documents: IndexEntry[];
}

/** The corpus's structure as found through the index; documents are referred to by name. */
export interface CorpusOverview {
  /** Document names, in index order (sorted). Pairs refer to positions in this list. */
  documents: string[];
  /** Similar pairs `[i, j, similarity]`, i < j, at or above the similarity threshold. */
  pairs: SimilarPair[];
  /** Near-duplicate clusters of document names. */
  nearDuplicates: string[][];
  /** Stories: connected documents and the entity keys they share. Every document is in one story. */
  stories: { documents: string[]; entities: string[] }[];
  stats: { documents: number; candidatePairs: number; skippedKeys: number };
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const ENTITY_TYPES = new Set(['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME']);

/** The lower-cased word tokens of an analysed document. */
export function wordsOf(doc: AnalyzedDocument): string[] {
  const text = doc.document.text;
  const words: string[] = [];
  for (const t of doc.segmentation.tokens) {
    if (t.kind === 'word') words.push(text.slice(t.span.start, t.span.end).toLowerCase());
  }
  return words;
}

/** Normalised values (dates, numbers, amounts, durations) of an analysed document, in mention order. */
export function valuesOf(doc: AnalyzedDocument): Set<string> {
  const values = new Set<string>();
  for (const m of doc.mentions) {
    if (m.value && m.value.kind !== 'text' && valueClassOf(m) !== undefined) values.add(valueKey(m.value));
  }
  return values;
}

/** Distinct words (sorted) and how often each occurs. */
export function termCounts(words: readonly string[]): { terms: string[]; counts: number[] } {
  const map = new Map<string, number>();
  for (const w of words) map.set(w, (map.get(w) ?? 0) + 1);
  const terms = [...map.keys()].sort();
  return { terms, counts: terms.map((t) => map.get(t)!) };
}

function entryOf(doc: AnalyzedDocument): IndexEntry {
  const words = wordsOf(doc);
  const entities = new Set<string>();
  for (const m of doc.mentions) {
    if (ENTITY_TYPES.has(m.type)) entities.add(fold(m.key.slice(m.key.indexOf(':') + 1)));
  }
  const shingles = shingleHashes(words);
  return {
    name: doc.document.source.name,
    lang: doc.document.lang,
    entities: [...entities].sort(),
    values: [...valuesOf(doc)].sort(),
    ...termCounts(words),
    shingles: Array.from(shingles),
    signature: Array.from(minhashSignature(shingles)),
  };
}

function checkIndex(index: unknown, what: string): asserts index is ComparisonIndex {
  const i = index as Partial<ComparisonIndex> | null;
  if (typeof i !== 'object' || i === null || i.version !== INDEX_VERSION || !Array.isArray(i.documents)) {
    throw new CompareError(
      'E_INVALID_INPUT',
      `Expected ${what} to be a comparison index (from buildIndex(), version ${INDEX_VERSION}).`,
    );
  }
}

const sameEntry = (a: IndexEntry, b: IndexEntry) => a === b || JSON.stringify(a) === JSON.stringify(b);

function duplicate(name: string): CompareError {
  return new CompareError(
    'E_DUPLICATE_NAME',
    `Two different documents are named ${JSON.stringify(name)}; give each input a distinct name.`,
  );
}

/** Union of two name-sorted entry lists; the same entry twice is kept once, two different ones throw. */
function mergeSorted(a: readonly IndexEntry[], b: readonly IndexEntry[]): IndexEntry[] {
  const out: IndexEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.name < y.name)) {
      out.push(x!);
      i++;
    } else if (x === undefined || y.name < x.name) {
      out.push(y);
      j++;
    } else {
      if (!sameEntry(x, y)) throw duplicate(x.name);
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

/**
 * Builds the comparison index of analysed documents: a plain JSON value (safe to serialise, send to
 * another process and merge there). Throws `E_INVALID_INPUT` for anything but analysed documents and
 * `E_DUPLICATE_NAME` for two different documents with one name.
 */
export function buildIndex(docs: readonly AnalyzedDocument[]): ComparisonIndex {
  assertAnalyzed(docs, { distinctNames: false });
  const entries = docs.map(entryOf).sort(byName);
  const documents: IndexEntry[] = [];
  for (const e of entries) {
    const last = documents.at(-1);
    if (last && last.name === e.name) {
      if (!sameEntry(last, e)) throw duplicate(e.name);
      continue;
    }
    documents.push(e);
  }
  return { version: INDEX_VERSION, documents };
}

/** The index with one more analysed document (a new index; `index` is not changed). */
export function addToIndex(index: ComparisonIndex, doc: AnalyzedDocument): ComparisonIndex {
  return mergeIndexes(index, buildIndex([doc]));
}

/**
 * Merges two indexes: the union of their documents, sorted by name. Associative, commutative and
 * idempotent, so shards can be merged in any order and grouping. The same document in both is kept
 * once; two different documents with one name throw `E_DUPLICATE_NAME`.
 */
export function mergeIndexes(a: ComparisonIndex, b: ComparisonIndex): ComparisonIndex {
  checkIndex(a, 'the first argument');
  checkIndex(b, 'the second argument');
  return { version: INDEX_VERSION, documents: mergeSorted(a.documents, b.documents) };
}

export interface CompareIndexOptions extends StructureOptions {
  /** Score every pair instead of the index's candidates: quadratic, the reference answer for recall. */
  exhaustive?: boolean;
}

function structureDoc(e: IndexEntry): StructureDoc {
  return {
    name: e.name,
    lang: e.lang,
    entities: e.entities,
    values: e.values,
    terms: e.terms,
    counts: e.counts,
    shingles: e.shingles,
    signature: e.signature,
  };
}

/**
 * The corpus's structure from its index, without comparing every pair: similar pairs, near-duplicate
 * clusters and stories (see `StructureOptions` for the thresholds and the posting cap). Depends only
 * on the index's content, so merged shards give exactly what one pass gives.
 */
export function compareIndex(index: ComparisonIndex, options: CompareIndexOptions = {}): CorpusOverview {
  checkIndex(index, 'the index');
  const docs = index.documents.map(structureDoc);
  const s = indexedStructure(docs, { ...options, allPairs: options.exhaustive === true });
  const names = docs.map((d) => d.name);
  return {
    documents: names,
    pairs: s.pairs,
    nearDuplicates: s.nearDuplicates.map((c) => c.map((i) => names[i]!)),
    stories: s.stories.map((st) => ({
      documents: st.documents.map((i) => names[i]!),
      entities: st.entities,
    })),
    stats: { documents: docs.length, candidatePairs: s.candidatePairs, skippedKeys: s.skippedKeys },
  };
}
