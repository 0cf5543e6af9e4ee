import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SimilarityFeatures, similarityMatrix, similarityMatrixAllPairs } from './tfidf-similarity';

const token = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const features = fc.record({
  lang: fc.constantFrom('en', 'de', 'ja'),
  words: fc.array(fc.constantFrom('news', 'acme', 'joined', 'left', 'year', 'the', 'of', 'ceo', 'x'), {
    maxLength: 12,
  }),
  entities: fc.uniqueArray(token, { maxLength: 4 }),
  values: fc.uniqueArray(token, { maxLength: 3 }),
});

describe('similarityMatrix', () => {
  it('gives the all-pairs definition, pair for pair, across and within languages', () => {
    fc.assert(
      fc.property(fc.array(features, { maxLength: 9 }), (raw) => {
        const docs: SimilarityFeatures[] = raw.map((f, i) => ({
          name: `d${i}`,
          lang: f.lang,
          words: f.words,
          entities: new Set(f.entities),
          values: new Set(f.values),
        }));
        expect(similarityMatrix(docs)).toEqual(similarityMatrixAllPairs(docs));
      }),
      // Cheap: three times the global budget.
      { numRuns: 3 * (fc.readConfigureGlobal().numRuns ?? 100) },
    );
  });

  it('scores documents that share nothing 0 and a document with itself 1', () => {
    const doc = (name: string, lang: string, entities: string[]): SimilarityFeatures => ({
      name,
      lang,
      words: [],
      entities: new Set(entities),
      values: new Set(),
    });
    const m = similarityMatrix([doc('a', 'en', ['p:x']), doc('b', 'ja', ['p:y']), doc('c', 'de', ['p:x'])]);
    expect(m).toEqual([
      [1, 0, 0.7],
      [0, 1, 0],
      [0.7, 0, 1],
    ]);
  });
});
