import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanBuffer, withWordsInto } from './core/span-buffer';
import { builtinPlugins, createSegmenter, SegmentError, type SegmenterPlugin } from './index';

// The built-in plugins cut words into a SpanBuffer that the registry reads directly; a copy of a
// plugin made with a spread has only `doSegment`, so the two paths can be compared on one input.
const pieces = fc.constantFrom(
  'Dr. Smith',
  'A ',
  ', ',
  '> ',
  '@a #b ',
  '5% $3 €4 ',
  'GPT-4.5',
  "l'homme",
  'https://x.com/a.',
  'a@b.co',
  '日本語の',
  '東京都',
  '中华人民共和国',
  '한국어 ',
  'Москва ',
  '。',
  '「引用」',
  '\u3000',
  '\n',
  '  ',
  '👍🏽',
  '\u0301',
  '1️⃣',
  '𠀀',
);
const text = fc
  .array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 })
  .map((p) => p.join(''));

describe('words written into a SpanBuffer', () => {
  it('give the same segmentation as the same plugin through doSegment', () => {
    for (const plugin of builtinPlugins) {
      const buffered = createSegmenter({ plugins: [plugin] });
      const plain = createSegmenter({ plugins: [{ ...plugin }] });
      const lang = plugin.languages[0] as string;
      fc.assert(
        fc.property(text, (t) => {
          expect(buffered.segment(t, { lang })).toEqual(plain.segment(t, { lang }));
        }),
        { numRuns: 40 },
      );
    }
  });

  it('are not used for a copy whose doSegment was replaced', () => {
    const en = builtinPlugins.find((p) => p.languages.includes('en')) as SegmenterPlugin;
    const whole: SegmenterPlugin = {
      ...en,
      doSegment: (t, o) => (o.granularity === 'word' ? [{ start: 0, end: t.length }] : en.doSegment(t, o)),
    };
    const out = createSegmenter({ plugins: [whole] }).segment('Three words here', { lang: 'en' });
    expect(out.tokens.map((t) => t.span)).toEqual([{ start: 0, end: 16 }]);
  });

  it('are checked like any plugin output, and a throw names the plugin', () => {
    const sentence = (t: string) => [{ start: 0, end: t.length }];
    const make = (words: (t: string, l: string, into: SpanBuffer) => void) =>
      createSegmenter({
        plugins: [
          withWordsInto(
            {
              specificationVersion: 'v1',
              name: 'broken',
              languages: ['sv'],
              supports: { sentence: true, word: true },
              doSegment: (t) => sentence(t),
            },
            words,
          ),
        ],
      });
    const overlapping = make((_t, _l, into) => {
      into.push(0, 3);
      into.push(2, 4);
    });
    const gap = make((_t, _l, into) => into.push(1, 2));
    const throwing = make(() => {
      throw new Error('boom');
    });
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return SegmentError.isInstance(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => overlapping.segment('abcd', { lang: 'sv' }))).toBe('E_INVALID_OUTPUT');
    expect(codeOf(() => gap.segment('abc', { lang: 'sv' }))).toBe('E_INVALID_OUTPUT');
    expect(codeOf(() => throwing.segment('abc', { lang: 'sv' }))).toBe('E_PLUGIN_FAILED');
  });

  it('grow past their first capacity without losing a span', () => {
    const buffer = new SpanBuffer();
    for (let k = 0; k < 1000; k++) buffer.push(2 * k, 2 * k + 1, k % 2 ? 'number' : undefined);
    const spans = buffer.toSpans();
    expect(spans).toHaveLength(1000);
    expect(spans[999]).toEqual({ start: 1998, end: 1999, kind: 'number' });
    expect(spans[998]).toEqual({ start: 1996, end: 1997 });
  });
});
