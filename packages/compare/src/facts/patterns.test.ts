import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, findEach, patternSet, wrap } from './patterns';

// Word lists shaped like the locales' triggers: words that start inside each other ("post", "posted"),
// open-ended endings (which keep a leading lookbehind), bounded gaps, and non-Latin words.
const LISTS: string[][] = [
  ['post', 'posted', 'Post'],
  ['verkündet\\p{L}*', 'annunci\\p{L}*'],
  ['gab [^.;]{0,30}bekannt', 'bekannt'],
  ['Tote[n]?', 'ums Leben'],
  ['死亡', '死'],
  ['st', 'stö', 'ß'],
  ['𝒳x', 'x'],
  // Groups of their own: the set numbers every pattern's groups after the ones before it.
  ['(Tot)e', 'p(o)(s)?t'],
];
const PIECES = [
  'post',
  'posted',
  'Post',
  'verkündete',
  'annunciato',
  'gab',
  'bekannt',
  'Tote',
  'Toten',
  'ums Leben',
  '死亡',
  '死',
  'stößt',
  '𝒳x',
  'x',
  'a',
  '5',
  ' ',
  ' ',
  '.',
  ';',
  '\u0345',
];

describe('pattern sets', () => {
  it('find, in one pass, what each pattern finds on its own, in order of start and then of pattern', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 500 }),
        (pieces, wordBoundaries, offset) => {
          const text = pieces.join('');
          const patterns = LISTS.map((list) => wrap(list, wordBoundaries));
          const expected = patterns
            .flatMap((p, k) => findAll(p, text, offset).map((span) => ({ k, span })))
            .sort((a, b) => a.span.start - b.span.start);
          const found: { k: number; span: { start: number; end: number } }[] = [];
          findEach(patternSet(patterns), text, offset, (k, span) => found.push({ k, span }));
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds nothing with no patterns, and refuses patterns of two case flags', () => {
    const found: unknown[] = [];
    findEach(patternSet([]), 'anything at all', 0, (k, span) => found.push({ k, span }));
    expect(found).toEqual([]);
    expect(() => patternSet([wrap(['a'], true), wrap(['B'], true, '')])).toThrow(/one case flag/);
  });

  it('ask each pattern on its own where one refers to its own groups', () => {
    const patterns = [wrap(['(a)\\1'], true), wrap(['(?<x>b)\\k<x>', 'a'], true)];
    const set = patternSet(patterns);
    expect(set.all).toBeUndefined();
    const found: { k: number; span: { start: number; end: number } }[] = [];
    findEach(set, 'aa bb a', 0, (k, span) => found.push({ k, span }));
    expect(found).toEqual([
      { k: 0, span: { start: 0, end: 2 } },
      { k: 1, span: { start: 3, end: 5 } },
      { k: 1, span: { start: 6, end: 7 } },
    ]);
  });
});
