import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../src/matches';

// What a caller reads of a match: where it is, each group, the named groups.
const shape = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((m) => [m.index, [...m], m.groups ? { ...m.groups } : undefined]);

const PATTERNS = [
  /(?<![\p{L}\p{N}])(mar|marzo|march)\.?\s+(\d{1,2})(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])(?:(about|circa)\s+)?(\d+(?:[.,]\d+)*)\s*(%|km)/giu,
  /(?<!\d)(?<![.,])\d+/g,
  /(?<=a)b*/g, // empty matches: the search must step on, by a whole character under `u`
  /(?<=[😀a])x?/gu,
  /(?<![\w.])(?<word>[a-z]+)@(?<host>[a-z]+)/g,
  /(?<!\()(b)\1/g, // a back-reference in the rest keeps its number
  /(?<![[\]()])\(x\)/g, // brackets and parentheses inside a class
  /(?<=(a))b/g, // a capture inside the lookbehind: searched as it is
  /\d+(?<!1)/g, // no leading lookbehind
];

describe('allMatches', () => {
  it('gives what String#matchAll gives, on any text', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          'b',
          'x',
          'm',
          'mar',
          'Marzo',
          'march',
          ' ',
          '1',
          '12',
          '.',
          ',',
          '%',
          'km',
          '@',
          '(',
          ')',
          '(x)',
          'é',
          '😀',
          '\ud83d',
          'circa',
          '中',
        ),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...PATTERNS), (s, re) => {
        expect(shape(allMatches(s, re))).toEqual(shape(s.matchAll(re)));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a match the lookbehind allows right after one it refuses', () => {
    const re = /(?<![\p{L}])mar\s+\d/giu;
    expect(allMatches('Omar 3, mar 5 e mar 7', re).map((m) => [m.index, m[0]])).toEqual([
      [8, 'mar 5'],
      [16, 'mar 7'],
    ]);
  });

  it('leaves the regex as it found it, and throws as matchAll does without the g flag', () => {
    const re = /(?<!x)y/g;
    re.lastIndex = 3;
    expect(allMatches('yxyy', re).map((m) => m.index)).toEqual([0, 3]);
    expect(re.lastIndex).toBe(3);
    expect(() => allMatches('y', /(?<!x)y/)).toThrow(TypeError);
  });
});
