import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDetector } from '../src/language-model';

// eld itself, as published: our typed-array scorer must give exactly its answers.
const { eld } = (await import('eld/small')) as unknown as {
  eld: {
    detect(text: string): {
      language: string;
      getScores(): Record<string, number>;
      isReliable(): boolean;
    };
  };
};

function eldAnswer(text: string) {
  const result = eld.detect(text);
  const scores = Object.values(result.getScores());
  return {
    language: result.language,
    top: scores[0] ?? 0,
    second: scores[1] ?? 0,
    reliable: result.isReliable(),
  };
}

function ours(text: string) {
  const r = getDetector().detect(text);
  return { language: r.language, top: r.top, second: r.second, reliable: r.reliable };
}

const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const seedTexts = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`${seeds}${f}`, 'utf8'));

// Letters of several scripts, the apostrophes eld keeps, separators, letters whose lower case needs
// context (Σ) or grows (İ), astral characters and lone surrogates.
const chars = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'ÄÖÜßéèàçñøåłšžőİΣσςΑΒΓБЖжщقمنكनकम가あア漢',
  "'",
  '`',
  '\u2019',
  ' ',
  ',',
  '.',
  '-',
  '1',
  '\n',
  '\u00a0',
  '\u0307',
  '\ud83d\ude00',
  '\ud800',
);

describe('n-gram detector (eld re-implemented over typed arrays)', () => {
  it('gives eld’s answer on 300-character pieces of every seed', () => {
    let compared = 0;
    for (const text of seedTexts) {
      for (let i = 0; i < text.length; i += 150) {
        const piece = text.slice(i, i + 300);
        expect(ours(piece)).toEqual(eldAnswer(piece));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('gives eld’s answer on whole articles, long words and edge cases', () => {
    for (const text of [
      ...seedTexts,
      '',
      '   ',
      '12 34',
      "don't ''' '' x ,'y",
      'ΣΑΣ σας ΟΔΟΣ. İstanbul',
      `${'a'.repeat(200)} ${'b'.repeat(90)} ${'a'.repeat(200)}`,
      'ab\ud83d\ude00cd \ud800 x',
    ]) {
      expect(ours(text)).toEqual(eldAnswer(text));
    }
  });

  it('gives eld’s answer on any mix of letters, apostrophes and separators', () => {
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 1200 }).map((a) => a.join('')),
        (text) => {
          expect(ours(text)).toEqual(eldAnswer(text));
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expect(ours(text)).toEqual(eldAnswer(text));
      }),
    );
  });
});
