// Throughput against the peers a user would pick instead, in the same run: `pnpm bench`.
// Not a test: numbers depend on the machine and its load, and nothing here fails CI.
import { readFileSync } from 'node:fs';
import TinySegmenter from 'tiny-segmenter';
import { bench, describe } from 'vitest';
import { defaultSegmenter } from '../src/index';

const seeds = new URL('../../../seeds/', import.meta.url);
const SEEDS: Record<string, string> = {
  it: '000_0d68ef0380570c1c.txt',
  de: '001_b97ef14892a8822d.txt',
  ja: '002_6dd7badc20102f5c.txt',
  en: '003_8d3bda8906caf15d.txt',
  zh: '004_d6f6ce7bd07823ad.txt',
};
const tiny = new TinySegmenter();

for (const [lang, file] of Object.entries(SEEDS)) {
  const text = readFileSync(new URL(file, seeds), 'utf8');
  const sentenceIntl = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const wordIntl = new Intl.Segmenter(lang, { granularity: 'word' });

  describe(`${lang} sentences (${text.length} chars)`, () => {
    bench('@corpus/segment sentences()', () => {
      defaultSegmenter.sentences(text, { lang });
    });
    bench('Intl.Segmenter sentence', () => {
      for (const _ of sentenceIntl.segment(text));
    });
  });

  describe(`${lang} sentences + words (${text.length} chars)`, () => {
    bench('@corpus/segment segment()', () => {
      defaultSegmenter.segment(text, { lang });
    });
    bench('Intl.Segmenter word', () => {
      for (const _ of wordIntl.segment(text));
    });
    if (lang === 'ja') {
      bench('tiny-segmenter', () => {
        tiny.segment(text);
      });
    }
  });
}
