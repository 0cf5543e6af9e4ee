import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import TinySegmenter from 'tiny-segmenter';
import { describe, expect, it } from 'vitest';
import { tinyWords } from './tiny';

const original = new TinySegmenter();
/** Spans of tiny-segmenter's own output, for comparison. */
function reference(text: string): { start: number; end: number }[] {
  let at = 0;
  return original.segment(text).map((w) => {
    const s = { start: at, end: at + w.length };
    at += w.length;
    return s;
  });
}

const seeds = new URL('../../../../../seeds/', import.meta.url);

describe('tinyWords: tiny-segmenter on integer codes', () => {
  it('gives the same boundaries as tiny-segmenter on every line of the seed articles', () => {
    let lines = 0;
    for (const file of ['002_6dd7badc20102f5c.txt', '004_d6f6ce7bd07823ad.txt', '003_8d3bda8906caf15d.txt']) {
      const text = readFileSync(new URL(file, seeds), 'utf8');
      expect(tinyWords(text)).toEqual(reference(text));
      for (const line of text.split('\n')) {
        expect(tinyWords(line)).toEqual(reference(line));
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(50);
  });

  it('gives the same boundaries as tiny-segmenter on random strings', () => {
    // characters the model has weights for, the pseudo-character spellings it pads with, and any code unit
    const named = fc.constantFrom(
      ...'あいうえおかがきくけこさしすせそたちっつてでとなにのはまもやよらりるれろわをんアイカキクコサシスタトドナニノハバフマミムメモラリルレロン一二三四五六七八九十百千万億兆日本京都大阪同中見亡取平方引毎目指当年月人国会社・、。「」()ー.,!?0123456789０１ａＡabcBE123',
    );
    const text = fc.oneof(
      fc.string({
        unit: fc.oneof(named, named, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
        maxLength: 60,
      }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(tinyWords(t)).toEqual(reference(t));
      }),
    );
  });

  it('handles the empty string and a single character as tiny-segmenter does', () => {
    expect(tinyWords('')).toEqual([]);
    expect(tinyWords('あ')).toEqual([{ start: 0, end: 1 }]);
    expect(tinyWords('B1あ')).toEqual(reference('B1あ'));
  });
});
