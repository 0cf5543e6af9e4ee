import { SUPPORTED_LANGUAGES } from '@corpus/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SegmentError, segment, sentences } from './index';
import type { Segmentation } from './types';

// Every supported language, plus a regional script variant and languages without a plugin.
const LANGS = [...SUPPORTED_LANGUAGES, 'zh-Hant-TW', 'th', 'ar', 'he', 'und'];
const budget = (divisor: number) => ({
  numRuns: Math.max(5, Math.floor((fc.readConfigureGlobal().numRuns ?? 100) / divisor)),
});

/** Pieces news text is made of, so that random strings hit the rules. */
const newsPiece = fc.constantFrom(
  'Dr.',
  'z. B.',
  '5.',
  'GPT-4.5',
  ' ',
  '. ',
  '? ',
  '!? ',
  '...',
  '。',
  '！',
  '「',
  '」',
  '“',
  '”',
  '(',
  ')',
  'https://x.com/a.',
  'a@b.co',
  '@h',
  '#tag',
  "l'",
  '…',
  'é',
  '1,5',
  '2026',
  'A.B.C.',
);
/** Hostile pieces: line breaks of every kind, controls, marks, joiners, lone surrogates. */
const hostilePiece = fc.constantFrom(
  '\r\n',
  '\r',
  '\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\t',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u0301',
  '\u0301\u0301\u0301',
  '\u20e3',
  '\ufe0f',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '👨‍👩‍👧',
  '🇩🇪',
  '1️⃣',
  '👍🏽',
  '𠀀',
  '\u0000',
  '\u001b',
);
const scriptPiece = fc.constantFrom(
  '日本語',
  'ひらがな',
  'カタカナー',
  '中华人民共和国',
  'Москва',
  'Ελλάδα',
  'العربية',
  'עברית',
  'ภาษาไทย',
  'हिन्दी',
  '한국어',
  'abc',
  'ABC',
  '١٢٣',
  '１２３',
);
const mixed = fc
  .array(fc.oneof(newsPiece, hostilePiece, scriptPiece, fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));
/** Any string: all of Unicode plus lone surrogates, and the mixes above. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme' }),
  mixed,
);

const WHITE = /^[\s\u0085]*$/;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (t: string, i: number) =>
  i > 0 && i < t.length && isHigh(t.charCodeAt(i - 1)) && isLow(t.charCodeAt(i));

/** The documented contract of a Segmentation; throws with the first violation. */
function checkContract(text: string, out: Segmentation): void {
  // sentences: trimmed, ordered, non-overlapping; with whitespace between them they tile the text
  let prev = 0;
  for (const s of out.sentences) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(prev);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(prev, s.start)).toMatch(WHITE);
    const body = text.slice(s.start, s.end);
    expect(WHITE.test(body[0] ?? '') || WHITE.test(body[body.length - 1] ?? '')).toBe(false);
    expect(splitsPair(text, s.start) || splitsPair(text, s.end)).toBe(false);
    prev = s.end;
  }
  expect(text.slice(prev)).toMatch(WHITE);
  // tokens: ordered, non-empty, trimmed, each inside one sentence; together they cover every
  // character that is not whitespace
  let t = 0;
  let k = 0;
  for (const tok of out.tokens) {
    const { start, end } = tok.span;
    expect(start).toBeGreaterThanOrEqual(t);
    expect(end).toBeGreaterThan(start);
    expect(text.slice(t, start)).toMatch(WHITE);
    while (k < out.sentences.length && (out.sentences[k]?.end ?? 0) < end) k++;
    const s = out.sentences[k];
    expect(s !== undefined && s.start <= start && end <= s.end).toBe(true);
    const body = text.slice(start, end);
    expect(WHITE.test(body[0] ?? '') || WHITE.test(body[body.length - 1] ?? '')).toBe(false);
    expect(splitsPair(text, start) || splitsPair(text, end)).toBe(false);
    expect(['word', 'number', 'punctuation', 'symbol']).toContain(tok.kind);
    expect(typeof tok.script).toBe('string');
    t = end;
  }
  expect(text.slice(t)).toMatch(WHITE);
}

describe('properties of segment() on arbitrary text', () => {
  it('sentences tile the text up to whitespace; tokens cover every non-whitespace character', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
        checkContract(text, segment(text, { lang }));
      }),
    );
  });

  it('is deterministic, and sentences() returns the sentences of segment()', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
        const a = segment(text, { lang });
        expect(segment(text, { lang })).toEqual(a);
        expect(sentences(text, { lang })).toEqual(a.sentences);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      budget(2),
    );
  });

  it('never throws on a string, whatever the language tag, except SegmentError E_INVALID_LANGUAGE', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.oneof(fc.constantFrom(...LANGS), fc.string({ maxLength: 12 })),
        (text, lang) => {
          try {
            checkContract(text, segment(text, { lang }));
          } catch (e) {
            expect(SegmentError.isInstance(e)).toBe(true);
            expect((e as SegmentError).code).toBe('E_INVALID_LANGUAGE');
          }
        },
      ),
      budget(2),
    );
  });

  it('rejects what is not a string with SegmentError E_INVALID_ARGUMENT', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((x) => typeof x !== 'string'),
        (x) => {
          expect(() => segment(x as string, { lang: 'en' })).toThrow(
            expect.objectContaining({ name: 'SegmentError', code: 'E_INVALID_ARGUMENT' }),
          );
        },
      ),
      budget(4),
    );
  });
});
