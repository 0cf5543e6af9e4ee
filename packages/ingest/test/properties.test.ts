import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError, ingestBytes, ingestText, toSourceOffset, toSourceSpan } from '../src/index';
import { normalizeText } from '../src/normalize';

// Strings rich in what ingest rewrites: line ends, controls, odd spaces, combining marks, CJK, Markdown.
const pieces = fc.constantFrom(
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  ' ',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u0085',
  '\u2028',
  'e\u0301',
  '\u0301',
  'A\u030a',
  '\u1100\u1161\u11a8',
  '\u1161',
  'が',
  'か\u3099',
  '\ud83d\ude00',
  '\ud800',
  '# ',
  '- ',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '> ',
  '「引用」',
  '— Name (@handle) January 5, 2026',
  'https://example.com/a.',
  'Anzeige',
  'コメント',
  '参考资料:\nhttps://x.com/a\n',
  '正片链接:https://a.bc/d',
  '[a link](https://x.example/p)',
  '**strong**',
  '[',
  '](',
  '**',
  'Title line',
  'A sentence that ends here.',
  '这是中文。',
  'これは日本語です。',
  'Das ist Deutsch.',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200c',
  '\u200d',
  '\u2060',
  'mid\ufeffdle',
  '\udc00',
  '\ud83d',
  '👩\u200d👩\u200d👧\u200d👦',
  '🏳️\u200d🌈',
  `e${'\u0301'.repeat(50)}`,
  `${'\u0308\u0301\u0323'.repeat(30)}`,
  'a\r\nb\rc\nd',
);
/** Runs derived from the shared fast-check budget (scripts/fuzz-setup.mjs; `pnpm fuzz` multiplies it). */
const budget = (factor: number) => ({
  numRuns: Math.max(5, Math.floor((fc.readConfigureGlobal().numRuns ?? 100) * factor)),
});

const messy = fc
  .array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 30 })
  .map((a) => a.join(''));

function ingestOrTyped(text: string) {
  try {
    return ingestText(text, { name: 'prop.txt', format: 'text' });
  } catch (error) {
    if (IngestError.isInstance(error) && error.code === 'E_EMPTY') return undefined;
    throw error;
  }
}

describe('properties', () => {
  it('normalisation composes chunk by chunk exactly like whole-string NFC', () => {
    fc.assert(
      fc.property(messy, (s) => {
        const { text } = normalizeText(s);
        expect(text).toBe(text.normalize('NFC'));
        // Everything but the rewritten characters survives, in order.
        const expected = s
          .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
          .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff]/g, '')
          // Stream-Safe Text Format: a U+034F after every 30 marks of a run.
          .replace(/\p{M}{31,}/gu, (run) =>
            [...run].map((m, i) => (i > 0 && i % 30 === 0 ? `\u034f${m}` : m)).join(''),
          )
          .normalize('NFC');
        expect(text).toBe(expected);
      }),
      budget(4),
    );
  });

  it('ingestText never throws but typed errors; spans are in bounds and blocks do not overlap', () => {
    fc.assert(
      fc.property(messy, (s) => {
        const doc = ingestOrTyped(s);
        if (!doc) return;
        const n = doc.text.length;
        let previousEnd = 0;
        for (const block of doc.blocks) {
          expect(block.span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(block.span.end).toBeGreaterThanOrEqual(block.span.start);
          expect(block.span.end).toBeLessThanOrEqual(n);
          previousEnd = block.span.end;
          for (const row of block.rows ?? []) {
            expect(row.span.start).toBeGreaterThanOrEqual(block.span.start);
            expect(row.span.end).toBeLessThanOrEqual(block.span.end);
            for (const cell of row.cells) {
              expect(cell.span.start).toBeGreaterThanOrEqual(row.span.start);
              expect(cell.span.end).toBeLessThanOrEqual(row.span.end);
            }
          }
          const post = block.post?.textSpan;
          if (post) expect(post.start >= block.span.start && post.end <= block.span.end).toBe(true);
        }
        for (const link of doc.links) {
          if (link.span)
            expect(doc.text.slice(link.span.start, link.span.end)).toBe(
              link.kind === 'inline' ? link.url : link.text,
            );
        }
        for (const r of doc.removed) {
          expect(r.sourceSpan!.start).toBeGreaterThanOrEqual(0);
          expect(r.sourceSpan!.end).toBeLessThanOrEqual(s.length);
        }
        expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
      }),
      budget(3),
    );
  });

  it('the offset map round-trips: exact pieces copy the source, offsets map monotonically into it', () => {
    fc.assert(
      fc.property(messy, (s) => {
        const doc = ingestOrTyped(s);
        if (!doc) return;
        const map = doc.sourceMap!;
        expect(Array.isArray(map)).toBe(true);
        for (let i = 0; i < map.length; i += 5) {
          const [outStart, outEnd, srcStart, srcEnd, exact] = map.slice(i, i + 5) as [
            number,
            number,
            number,
            number,
            number,
          ];
          expect(srcStart).toBeGreaterThanOrEqual(0);
          expect(srcEnd).toBeLessThanOrEqual(s.length);
          if (exact) {
            expect(doc.text.slice(outStart, outEnd)).toBe(s.slice(srcStart, srcEnd));
            // Every offset inside an exact piece maps to the same character of the source.
            for (let o = outStart; o < outEnd; o++) {
              const at = toSourceOffset(doc, o);
              expect(at).toBe(srcStart + (o - outStart));
              expect(s[at]).toBe(doc.text[o]);
            }
          }
        }
        let previous = 0;
        for (let o = 0; o <= doc.text.length; o++) {
          const mapped = toSourceOffset(doc, o);
          expect(mapped).toBeGreaterThanOrEqual(previous);
          expect(mapped).toBeLessThanOrEqual(s.length);
          previous = mapped;
        }
        let previousSource = 0;
        for (const block of doc.blocks) {
          // Blocks map to ordered, in-bounds source spans.
          const span = toSourceSpan(doc, block.span);
          expect(span.start).toBeGreaterThanOrEqual(previousSource);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeLessThanOrEqual(s.length);
          previousSource = span.end;
        }
      }),
      budget(3),
    );
  });
});

describe('bytes', () => {
  it('ingestBytes never throws anything but IngestError on any byte sequence, in any format', () => {
    const formats = fc.constantFrom(undefined, 'text', 'markdown', 'html', 'json', 'jsonl');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
      fc.string({ maxLength: 200 }).map((s) => Uint8Array.from(Buffer.from(s, 'utf16le'))),
    );
    fc.assert(
      fc.property(bytes, formats, fc.boolean(), (input, format, allowReplacement) => {
        try {
          const doc = ingestBytes(input, {
            name: 'fuzz',
            allowReplacement,
            ...(format ? { format } : {}),
          } as never);
          expect(typeof doc.text).toBe('string');
        } catch (error) {
          expect(IngestError.isInstance(error)).toBe(true);
          // Only the documented codes of byte input (README, Errors).
          expect(['E_ENCODING', 'E_BINARY', 'E_EMPTY', 'E_UNSUPPORTED_FORMAT']).toContain(
            (error as IngestError).code,
          );
        }
      }),
      budget(3),
    );
  });
});

describe('adversarial inputs', () => {
  it.each([
    ['a 100 KB single line', 'word '.repeat(20_000)],
    ['unclosed Markdown links', `${'['.repeat(50_000)}](${'https://a'.repeat(1_000)}`],
    ['pipes', '|'.repeat(100_000)],
    ['dashes and handles', '— (@a) '.repeat(10_000)],
    ['opening quotes', `${'「'.repeat(50_000)}」`],
    ['crumb separators', 'a > '.repeat(25_000)],
    ['30 000 short lines', 'Ab\n'.repeat(30_000)],
  ])('ingests %s', (_name, text) => {
    const doc = ingestText(text, { format: 'text' });
    expect(doc.text.length).toBeGreaterThan(0);
    expect(doc.text.length).toBeLessThanOrEqual(text.length * 2);
  });
});
