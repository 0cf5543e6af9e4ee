import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedShell, syntheticCorpus } from '../../scripts/synthetic.mjs';
import { CompareError } from '../errors';
import type { AnalyzedDocument } from '../types';
import { addToIndex, buildIndex, type ComparisonIndex, compareIndex, mergeIndexes } from './comparison-index';

/** A hand-built analysed document: its words as tokens, and the people it names as mentions. */
function doc(name: string, lang: string, words: string[], people: string[] = [], dates: string[] = []) {
  let text = '';
  const tokens: { span: { start: number; end: number }; kind: string; script: string }[] = [];
  const mentions: Record<string, unknown>[] = [];
  const add = (w: string) => {
    if (text) text += ' ';
    const span = { start: text.length, end: text.length + w.length };
    text += w;
    tokens.push({ span, kind: 'word', script: 'Latn' });
    return span;
  };
  for (const w of words) add(w);
  for (const p of people) {
    const span = add(p);
    mentions.push({ type: 'PERSON', span, text: p, key: `person:${p}`, confidence: 1, recognizer: 'test' });
  }
  for (const d of dates) {
    const span = add(d);
    mentions.push({
      type: 'DATE',
      span,
      text: d,
      key: `date:${d}`,
      value: { kind: 'date', iso: d, granularity: 'day' },
      confidence: 1,
      recognizer: 'test',
    });
  }
  return analyzedShell({
    name,
    lang,
    text,
    sentences: [{ start: 0, end: text.length }],
    tokens,
    mentions,
    segmenter: 'test',
  }) as unknown as AnalyzedDocument;
}

// A pool of documents (one per name) from which shards are drawn: merging never sees two different
// documents with one name.
const WORDS = ['quake', 'coast', 'toll', 'rose', 'the', 'of', 'rescue', 'teams', 'said', 'price', 'deal'];
const PEOPLE = ['ana ruiz', 'li wei', 'tom berg', 'sara khan'];
const DATES = ['2026-03-14', '2026-01-05', '2025-11-30'];
const pool: AnalyzedDocument[] = fc
  .sample(
    fc.record({
      lang: fc.constantFrom('en', 'de'),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }),
      people: fc.uniqueArray(fc.constantFrom(...PEOPLE), { maxLength: 3 }),
      dates: fc.uniqueArray(fc.constantFrom(...DATES), { maxLength: 2 }),
    }),
    24,
  )
  .map((r, i) => doc(`doc-${String(i).padStart(2, '0')}`, r.lang, r.words, r.people, r.dates));
// Near duplicates in the pool: two copies of one text under other names.
pool.push(
  doc('copy-a', 'en', [...WORDS, ...WORDS], ['ana ruiz']),
  doc('copy-b', 'en', [...WORDS, ...WORDS.slice(0, 10), 'quake'], ['ana ruiz']),
);

const subset = fc.subarray(pool.map((_, i) => i)).map((ix) => ix.map((i) => pool[i]!));
const indexOf = subset.map((docs) => buildIndex(docs));
const runs = () => ({ numRuns: Math.max(10, Math.floor(fc.readConfigureGlobal().numRuns! / 2)) });

describe('mergeIndexes', () => {
  it('is associative', () => {
    fc.assert(
      fc.property(indexOf, indexOf, indexOf, (a, b, c) => {
        expect(mergeIndexes(a, mergeIndexes(b, c))).toEqual(mergeIndexes(mergeIndexes(a, b), c));
      }),
      runs(),
    );
  });

  it('is commutative and idempotent', () => {
    fc.assert(
      fc.property(indexOf, indexOf, (a, b) => {
        expect(mergeIndexes(a, b)).toEqual(mergeIndexes(b, a));
        expect(mergeIndexes(a, a)).toEqual(a);
      }),
      runs(),
    );
  });

  it('gives, from shards merged in any grouping, the index and the comparison of one pass', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length }), fc.nat(pool.length), (docs, cut) => {
        const left = buildIndex(docs.slice(0, cut));
        const right = docs.slice(cut).reduce<ComparisonIndex>(addToIndex, buildIndex([]));
        const merged = mergeIndexes(right, left);
        const onePass = buildIndex(pool);
        expect(merged).toEqual(onePass);
        expect(compareIndex(merged)).toEqual(compareIndex(onePass));
      }),
      runs(),
    );
  });

  it('is plain JSON: a serialised shard merges and compares like the original', () => {
    const a = buildIndex(pool.slice(0, 10));
    const b = buildIndex(pool.slice(10));
    const shipped = JSON.parse(JSON.stringify(a)) as ComparisonIndex;
    expect(compareIndex(mergeIndexes(shipped, b))).toEqual(compareIndex(buildIndex(pool)));
  });

  it('finds the planted copies in the pool as near duplicates of each other', () => {
    expect(compareIndex(buildIndex(pool)).nearDuplicates).toContainEqual(['copy-a', 'copy-b']);
  });

  it('keeps a story connected when its keys are named by more documents than the posting cap', () => {
    // 40 articles of one story in two languages (no shared wording across languages), cap 5.
    const story = Array.from({ length: 40 }, (_, i) =>
      doc(
        `big-${String(i).padStart(2, '0')}`,
        i % 2 ? 'de' : 'en',
        WORDS.map((w) => `${w}${i % 2}x${(i * 7 + w.length) % 13}`),
        ['ana ruiz', 'li wei', 'tom berg'],
        ['2026-03-14'],
      ),
    );
    const overview = compareIndex(buildIndex(story), { postingCap: 5 });
    expect(overview.stats.skippedKeys).toBeGreaterThan(0);
    expect(overview.stories).toHaveLength(1);
    // Linear: at most a chain per key and per LSH band, not all 780 pairs.
    expect(overview.stats.candidatePairs).toBeLessThan(400);
  });

  it('throws E_DUPLICATE_NAME for two different documents with one name, E_INVALID_INPUT for non-indexes', () => {
    const a = buildIndex([doc('x', 'en', ['one', 'text'])]);
    const b = buildIndex([doc('x', 'en', ['another', 'text'])]);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(CompareError.isInstance(e)).toBe(true);
        return (e as CompareError).code;
      }
      return 'no error';
    };
    expect(code(() => mergeIndexes(a, b))).toBe('E_DUPLICATE_NAME');
    expect(code(() => buildIndex([doc('x', 'en', ['a']), doc('x', 'de', ['b'])]))).toBe('E_DUPLICATE_NAME');
    expect(code(() => mergeIndexes(a, { documents: [] } as unknown as ComparisonIndex))).toBe(
      'E_INVALID_INPUT',
    );
    expect(code(() => buildIndex([{ text: 'raw' }] as unknown as AnalyzedDocument[]))).toBe(
      'E_INVALID_INPUT',
    );
    expect(code(() => compareIndex(null as unknown as ComparisonIndex))).toBe('E_INVALID_INPUT');
  });
});

describe('compareIndex on a synthetic corpus of many stories', () => {
  let corpus: ReturnType<typeof syntheticCorpus>;
  let index: ComparisonIndex;
  beforeAll(() => {
    corpus = syntheticCorpus(2000, { seed: 3 });
    index = buildIndex(corpus.docs);
  });

  it('finds ≥ 98% of the near-duplicate pairs that comparing every pair finds', () => {
    // The exact answer: every pair of documents in one language, Jaccard of their shingle sets.
    const jaccard = (a: number[], b: number[]) => {
      let shared = 0;
      for (let i = 0, j = 0; i < a.length && j < b.length; ) {
        if (a[i] === b[j]) {
          shared++;
          i++;
          j++;
        } else if (a[i]! < b[j]!) i++;
        else j++;
      }
      return shared / (a.length + b.length - shared);
    };
    const exact: [string, string][] = [];
    const docs = index.documents;
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        if (docs[i]!.lang !== docs[j]!.lang) continue;
        if (jaccard(docs[i]!.shingles, docs[j]!.shingles) >= 0.7) exact.push([docs[i]!.name, docs[j]!.name]);
      }
    }
    // Most planted copies are near duplicates, and the exact answer has them.
    expect(exact.length).toBeGreaterThan(0.8 * corpus.planted.length);
    const cluster = new Map<string, number>();
    compareIndex(index).nearDuplicates.forEach((c, k) => {
      for (const name of c) cluster.set(name, k);
    });
    const found = exact.filter(([a, b]) => cluster.has(a) && cluster.get(a) === cluster.get(b));
    expect(found.length / exact.length).toBeGreaterThanOrEqual(0.98);
  });

  it('groups documents into the generator’s stories', () => {
    const found = new Map<string, number>();
    compareIndex(index).stories.forEach((s, k) => {
      for (const name of s.documents) found.set(name, k);
    });
    const truth = (name: string) => corpus.storyOf[Number(name.slice(1))];
    // Pairwise: of the pairs of documents put in one story, how many are in one generated story
    // (precision), and of those in one generated story, how many were put in one (recall).
    const names = index.documents.map((d) => d.name);
    let both = 0;
    let inFound = 0;
    let inTruth = 0;
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const f = found.get(names[i]!) === found.get(names[j]!);
        const t = truth(names[i]!) === truth(names[j]!);
        if (f) inFound++;
        if (t) inTruth++;
        if (f && t) both++;
      }
    }
    expect(both / inFound).toBeGreaterThan(0.8);
    expect(both / inTruth).toBeGreaterThan(0.95);
  });

  it('does work linear in the corpus: 4× the documents, at most 4.5× the candidate pairs', () => {
    const small = compareIndex(buildIndex(syntheticCorpus(500, { seed: 3 }).docs)).stats.candidatePairs;
    const large = compareIndex(index).stats.candidatePairs;
    expect(large).toBeLessThanOrEqual(4.5 * small);
    expect(large).toBeGreaterThan(2 * small);
  });

  it('reports, of the pairs sharing a key, the same pairs and scores as scoring every pair', () => {
    const part = buildIndex(corpus.docs.slice(0, 400));
    const fast = compareIndex(part, { postingCap: 1000 });
    const slow = compareIndex(part, { exhaustive: true });
    const keys = part.documents.map((d) => new Set([...d.entities, ...d.values]));
    const sharing = slow.pairs.filter(([i, j]) => [...keys[i]!].some((k) => keys[j]!.has(k)));
    const fastPairs = new Set(fast.pairs.map((p) => p.join()));
    const slowPairs = new Set(slow.pairs.map((p) => p.join()));
    expect(sharing.length).toBeGreaterThan(100);
    for (const p of sharing) expect(fastPairs.has(p.join())).toBe(true);
    for (const p of fastPairs) expect(slowPairs.has(p)).toBe(true);
    expect(fast.nearDuplicates).toEqual(slow.nearDuplicates);
    expect(fast.stories).toEqual(slow.stories);
  });
});
