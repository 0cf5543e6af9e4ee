import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from './index';

const LANGS = ['en', 'de', 'it', 'fr', 'es', 'pt', 'nl', 'ja', 'zh', 'ko', 'th'];
/** Pieces news text is made of, so that random strings hit the rules, plus arbitrary code units. */
const piece = fc.oneof(
  fc.constantFrom(
    'Dr.',
    'z. B.',
    '5.',
    'GPT-4.5',
    ' ',
    '\n',
    '. ',
    '? ',
    '。',
    '「',
    '」',
    '“',
    '”',
    'https://x.com/a.',
    '@h',
    "l'",
    '…',
    '👨‍👩‍👧',
    'é',
    '日本',
    'ABC',
    '1,5',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

describe('properties of segment() on arbitrary text', () => {
  it('sentences and tokens are ordered, trimmed, inside the text, tokens inside sentences', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(...LANGS), (parts, lang) => {
        const text = parts.join('');
        const out = segment(text, { lang });
        let prev = 0;
        for (const s of out.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(prev);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          prev = s.end;
        }
        expect(
          out.sentences
            .map((s) => text.slice(s.start, s.end))
            .join('')
            .replace(/\s/g, ''),
        ).toBe(text.replace(/\s/g, ''));
        let t = 0;
        let k = 0;
        for (const tok of out.tokens) {
          expect(tok.span.start).toBeGreaterThanOrEqual(t);
          while (k < out.sentences.length && (out.sentences[k]?.end ?? 0) < tok.span.end) k++;
          expect(tok.span.start).toBeGreaterThanOrEqual(out.sentences[k]?.start ?? Number.POSITIVE_INFINITY);
          t = tok.span.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
