import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, wrap } from '../src/facts/patterns';
import { compareValues, roundingTolerance } from '../src/facts/values';
import { BUILT_IN_LOCALES, compareTexts } from '../src/index';

const dateArb = fc
  .record({
    y: fc.integer({ min: 2015, max: 2027 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    g: fc.constantFrom('year', 'month', 'day') as fc.Arbitrary<'year' | 'month' | 'day'>,
  })
  .map(({ y, m, d, g }) => {
    const iso =
      g === 'year'
        ? `${y}`
        : g === 'month'
          ? `${y}-${String(m).padStart(2, '0')}`
          : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { kind: 'date' as const, iso, granularity: g };
  });

/** The trigger matcher as it was written before: a leading lookbehind and `matchAll`. */
function findAllByLookbehind(patterns: readonly string[], wordBoundaries: boolean, text: string) {
  const alternation = patterns.map((p) => `(?:${p})`).join('|');
  const source = wordBoundaries ? `(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])` : alternation;
  return [...text.matchAll(new RegExp(source, 'giu'))]
    .filter((m) => m[0].length > 0)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe('properties', () => {
  it('finds trigger words exactly where a leading word-edge lookbehind would', () => {
    const lexicons = Object.values(BUILT_IN_LOCALES).flatMap((locale) =>
      Object.values(locale.triggers).map((patterns) => ({
        patterns: patterns!,
        edges: locale.wordBoundaries,
      })),
    );
    // Trigger words glued to letters, digits, astral letters, a combining mark that case-folds to a letter.
    const words = lexicons.flatMap(({ patterns }) => patterns.filter((p) => /^[\p{L} -]+$/u.test(p)));
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(' ', '.', ',', 'x', '7', '\u0345', '𝐀', '😀', '\ud835', '-', '年'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...lexicons),
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        fc.boolean(),
        ({ patterns, edges }, text, flip) => {
          const wordBoundaries = flip ? !edges : edges;
          expect(findAll(wrap(patterns, wordBoundaries), text, 0)).toEqual(
            findAllByLookbehind(patterns, wordBoundaries, text),
          );
        },
      ),
    );
  });

  it('takes the alternative that ends at a word edge when the first one to match ends inside a word', () => {
    // "post" matches first in "posted" and "poster"; the word-edge lookahead then makes the engine try
    // "posted" (an edge) and, in "poster", nothing; a repeat ("\\p{L}*") keeps its lookbehind form.
    const text = 'He posted it, a poster, post. Posteds';
    for (const patterns of [
      ['post', 'posted'],
      ['post', 'posted', 'pos\\p{L}*d'],
    ]) {
      for (const wordBoundaries of [true, false]) {
        const expected = findAllByLookbehind(patterns, wordBoundaries, text);
        expect(findAll(wrap(patterns, wordBoundaries), text, 0)).toEqual(expected);
      }
    }
    expect(findAll(wrap(['post', 'posted'], true), text, 0).map((s) => text.slice(s.start, s.end))).toEqual([
      'posted',
      'post',
    ]);
  });

  it('compares dates symmetrically, and a date is always compatible with its own year', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        expect(compareValues(a, b)).toBe(compareValues(b, a));
        const year = { kind: 'date' as const, iso: a.iso.slice(0, 4), granularity: 'year' as const };
        expect(['same', 'precision']).toContain(compareValues(a, year));
      }),
    );
  });

  it('gives a rounding tolerance that covers the rounding of the digits written', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e12, noNaN: true }), (x) => {
        const written = Number(x.toPrecision(2));
        const tolerance = roundingTolerance(String(written), written);
        expect(tolerance).toBeGreaterThanOrEqual(0);
        expect(Math.abs(written - x)).toBeLessThanOrEqual(tolerance * 1.000001 + 1e-9);
      }),
    );
  });

  it('never throws on arbitrary text: unreadable documents become warnings, output stays plain JSON', () => {
    const piece = fc.constantFrom(
      'Acme joined in 2019.',
      'Lina Park left Acme on 5 January 2026.',
      'Magnitude 6.8, according to the USGS.',
      ' ',
      '\n',
      '2017年に入社した。',
      '据报道,',
      '…',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 6 }).map((p) => p.join(' ')),
          { minLength: 1, maxLength: 3 },
        ),
        (texts) => {
          const comparison = compareTexts(
            texts.map((text, i) => ({ name: `doc${i}.txt`, text, lang: 'en' })),
          );
          const skipped = comparison.warnings
            .filter((w) => w.message.startsWith('Skipped'))
            .map((w) => w.document);
          expect(comparison.documents.length + skipped.length).toBe(texts.length);
          for (const fact of comparison.facts) {
            expect(comparison.documents.map((d) => d.name)).toContain(fact.source);
            expect(fact.evidence.sentence.length).toBeGreaterThan(0);
          }
          expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
        },
      ),
      { numRuns: Math.max(5, Math.floor(fc.readConfigureGlobal().numRuns! / 4)) },
    );
  });
});
