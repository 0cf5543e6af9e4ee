import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';
import { linkEntities } from '../src/link';

const LANGS = ['it', 'de', 'ja', 'zh', 'en', 'fr', 'und'];
// Strings that look like news text: names, numbers, CJK, dates, punctuation and noise.
// Read, not imported: the list holds a lone surrogate, which Vite's JSON plugin rejects.
const NEWS_PIECES: string[] = JSON.parse(
  readFileSync(new URL('./fixtures/news-pieces.json', import.meta.url), 'utf8'),
);
const pieces = fc.constantFrom(...NEWS_PIECES);
const newsLike = fc
  .array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 30,
  })
  .map((a) => a.join(''));

describe('properties', () => {
  it('spans are in bounds, sorted, and text equals the slice, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(newsLike, fc.string(), fc.string({ unit: 'binary' })),
        fc.constantFrom(...LANGS),
        (text, lang) => {
          const ms = extractMentions({ text, lang }, { referenceDate: '2026-01-10' });
          let prev = -1;
          for (const m of ms) {
            expect(m.span.start).toBeGreaterThanOrEqual(0);
            expect(m.span.end).toBeLessThanOrEqual(text.length);
            expect(m.span.start).toBeLessThan(m.span.end);
            expect(m.text).toBe(text.slice(m.span.start, m.span.end));
            expect(m.span.start).toBeGreaterThanOrEqual(prev);
            prev = m.span.start;
            expect(m.key).toMatch(/^[a-z]+:/);
          }
        },
      ),
      // Cheap property: three times the shared budget (scripts/fuzz-setup.mjs).
      { numRuns: (fc.readConfigureGlobal().numRuns ?? 100) * 3 },
    );
  });

  it('is deterministic and JSON-serialisable, and linking never throws on its output', () => {
    fc.assert(
      fc.property(newsLike, newsLike, (a, b) => {
        const ma = extractMentions({ text: a, lang: 'en' });
        expect(extractMentions({ text: a, lang: 'en' })).toEqual(ma);
        expect(JSON.parse(JSON.stringify(ma))).toEqual(ma);
        const entities = linkEntities([
          { id: 'a', mentions: ma },
          { id: 'b', mentions: extractMentions({ text: b, lang: 'ja' }) },
        ]);
        for (const e of entities) expect(e.mentions.length).toBeGreaterThan(0);
      }),
      { numRuns: Math.round((fc.readConfigureGlobal().numRuns ?? 100) * 1.5) },
    );
  });
});
