import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  LSH_BANDS,
  minhashSignature,
  SIGNATURE_LENGTH,
  shingleHashes,
  sortedJaccard,
} from './minhash';

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('word shingles and MinHash', () => {
  it('hashes a text the same every time, and word order matters', () => {
    const text = words('w', 20);
    expect(shingleHashes(text)).toEqual(shingleHashes([...text]));
    expect(shingleHashes(text)).not.toEqual(shingleHashes([...text].reverse()));
    expect(shingleHashes([])).toHaveLength(0);
    expect(shingleHashes(['one', 'two'])).toHaveLength(1);
  });

  it('estimates the Jaccard similarity of shingle sets from the share of equal signature values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (shared, own) => {
        // Two texts: a common run of `shared` words, then `own` words each of its own.
        const a = shingleHashes([...words('s', shared), ...words('a', own)]);
        const b = shingleHashes([...words('s', shared), ...words('b', own)]);
        if (a.length === 0 || b.length === 0) return;
        const sa = minhashSignature(a);
        const sb = minhashSignature(b);
        let equal = 0;
        for (let k = 0; k < SIGNATURE_LENGTH; k++) if (sa[k] === sb[k]) equal++;
        // 128 values: the standard error of the estimate is at most 0.045.
        expect(Math.abs(equal / SIGNATURE_LENGTH - sortedJaccard(a, b))).toBeLessThan(0.2);
      }),
    );
  });

  it('puts identical texts in the same LSH buckets only within one language', () => {
    const sig = minhashSignature(shingleHashes(words('w', 30)));
    const en = bandKeys(sig, 'en');
    expect(en).toHaveLength(LSH_BANDS);
    expect(bandKeys(sig, 'en')).toEqual(en);
    const de = bandKeys(sig, 'de');
    expect([...en].filter((k, b) => de[b] === k)).toHaveLength(0);
  });
});
