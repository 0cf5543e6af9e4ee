import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesNear } from '../src/core/cjk-names';
import { alternation } from '../src/core/text';
import { longestMatches, startsWithOneOf, wordsByFirst } from '../src/core/word-index';

// Few characters, so that words overlap and share beginnings; a surrogate pair (𠀀, a Han character).
const CHARS = ['中', '国', '北', '京', '大', '学', '的', '与', '·', '•', '𠀀', 'a', ' '];
const textOf = (max: number) =>
  fc.array(fc.constantFrom(...CHARS), { maxLength: max }).map((cs) => cs.join(''));
const spans = (ms: Iterable<{ index: number; 0: string }>) => [...ms].map((m) => [m.index, m[0]]);

describe('words filed by first character', () => {
  it('finds what matchAll of the words as one alternation finds', () => {
    fc.assert(
      fc.property(
        fc.array(
          textOf(5).filter((w) => w.length > 0),
          { minLength: 1 },
        ),
        textOf(40),
        (words, text) => {
          const re = new RegExp(alternation(words), 'gu');
          expect(spans(longestMatches(text, wordsByFirst(words, true)))).toEqual(spans(text.matchAll(re)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('says whether a word starts the text at a place, and an empty word starts every place', () => {
    const cues = wordsByFirst(['表示', '指出', '说']);
    expect(startsWithOneOf(cues, '他表示', 1)).toBe(true);
    expect(startsWithOneOf(cues, '他表示', 0)).toBe(false);
    expect(startsWithOneOf(cues, '说', 0)).toBe(true);
    expect(startsWithOneOf(wordsByFirst(['']), 'x', 0)).toBe(true);
  });
});

describe('searches started near a mark', () => {
  const dotted = /[\p{Script=Han}]{1,5}[·•][\p{Script=Han}]{1,8}/gu;
  const beforeRole = /(?:(?<![\p{Script=Han}])|(?<=[的与]))[\p{Script=Han}]{2,6}?(?=北京|大学)/gu;
  it('find what a search of the whole text finds', () => {
    fc.assert(
      fc.property(textOf(60), (text) => {
        expect(spans(matchesNear(text, dotted, /[·•]/g, 10))).toEqual(spans(text.matchAll(dotted)));
        expect(spans(matchesNear(text, beforeRole, /北京|大学/g, 12))).toEqual(
          spans(text.matchAll(beforeRole)),
        );
      }),
      { numRuns: 1000 },
    );
    expect(spans(matchesNear('会见了埃隆·马斯克，又见𠀀𠀀𠀀𠀀𠀀𠀀·京', dotted, /[·•]/g, 10))).toEqual([
      [0, '会见了埃隆·马斯克'],
      [14, '𠀀𠀀𠀀𠀀𠀀·京'],
    ]);
  });
});
