import { describe, expect, it } from 'vitest';
import { cpuGrowth, leastCpuMs } from '../../../scripts/linear-time';
import { PATHOLOGICAL_SHAPES } from '../../../scripts/pathological';
import { extractFacts } from '../src/facts/extract';
import { BUILT_IN_LOCALES } from '../src/index';

// This package's own reading of text, fact extraction (trigger words, attribution cues, clock-time and
// apposition checks), over every generated pathological shape (scripts/pathological.ts) with every
// built-in locale, the whole input as one sentence (the worst case: nothing bounds a scan). The rest
// of analyze() is @corpus/segment's and @corpus/entities', tested there; `pnpm linear` runs it all.
const LARGE = 80_000;
const SMALL = 10_000;

const factsOf = (lang: string) => (text: string) =>
  extractFacts({
    name: 'x.txt',
    text,
    blocks: [{ type: 'paragraph', span: { start: 0, end: text.length } }],
    sentences: [{ start: 0, end: text.length }],
    mentions: [],
    locale: BUILT_IN_LOCALES[lang],
  });

describe.each(Object.keys(BUILT_IN_LOCALES))(
  'extractFacts (%s) in linear time over pathological shapes',
  (lang) => {
    it.each(Object.entries(PATHOLOGICAL_SHAPES))('%s', (_shape, make) => {
      const run = factsOf(lang);
      const growth = cpuGrowth(make, run, { n0: SMALL, maxFactor: 4 });
      expect(growth.ratio, growth.detail).toBeLessThan(10);
      const input = make(LARGE);
      const large = leastCpuMs(() => run(input), 1);
      expect(large, `${LARGE} characters: ${large.toFixed(0)} ms CPU`).toBeLessThan(1000);
    });
  },
);
