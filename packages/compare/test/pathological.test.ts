import { extractMentions, type Mention } from '@corpus/entities';
import { describe, expect, it } from 'vitest';
import { cpuGrowth, leastCpuMs } from '../../../scripts/linear-time';
import { PATHOLOGICAL_SHAPES } from '../../../scripts/pathological';
import { extractFacts } from '../src/facts/extract';
import { analyze, BUILT_IN_LOCALES, compare } from '../src/index';

// This package's own reading of text, fact extraction (trigger words, attribution cues, clock-time and
// apposition checks), over every generated pathological shape (scripts/pathological.ts) with every
// built-in locale, the whole input as one sentence (the worst case: nothing bounds a scan). The rest
// of analyze() is @corpus/segment's and @corpus/entities', tested there; `pnpm linear` runs it all.
const LARGE = 80_000;
const SMALL = 10_000;

/** Facts of `text` read as one paragraph of one sentence, the worst case for every scan. */
const oneSentenceFacts = (lang: string, text: string, mentions: Mention[] = []) =>
  extractFacts({
    name: 'x.txt',
    text,
    blocks: [{ type: 'paragraph', span: { start: 0, end: text.length } }],
    sentences: [{ start: 0, end: text.length }],
    mentions,
    locale: BUILT_IN_LOCALES[lang],
  });
const factsOf = (lang: string) => (text: string) => oneSentenceFacts(lang, text);

describe.each(Object.keys(BUILT_IN_LOCALES))(
  'extractFacts (%s) in linear time over pathological shapes',
  (lang) => {
    it.each(Object.entries(PATHOLOGICAL_SHAPES))('%s', (_shape, make) => {
      const run = factsOf(lang);
      const growth = cpuGrowth(make, run, { n0: SMALL });
      expect(growth.ratio, growth.detail).toBeLessThan(10);
      const input = make(LARGE);
      const large = leastCpuMs(() => run(input), 1);
      expect(large, `${LARGE} characters: ${large.toFixed(0)} ms CPU`).toBeLessThan(1000);
    });
  },
);

// A run-on sentence full of names and trigger words (80 kB of unpunctuated Han or Hangul reads as
// places and "発表"/"발표"): each trigger was checked against every name of the sentence, and each
// place against every trigger, 0.4–1.3 s at 80 kB and growing ×6–×15 for 4× the input.
describe('extractFacts over one sentence of many names and triggers', () => {
  const cases: [string, string, string][] = [
    ['ja', '東京都中央区政府発表会議経済', '東京都'],
    ['ko', '서울특별시정부발표', '서울특별시'],
    ['en', 'Paris announced and Berlin said ', 'Berlin'],
  ];
  it.each(cases)('%s: %s', (lang, unit, place) => {
    const make = (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      const mentions: Mention[] = [];
      for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
        const span = { start: at, end: at + place.length };
        mentions.push({
          type: 'PLACE',
          span,
          text: place,
          key: `place:${place}`,
          confidence: 1,
          recognizer: 'test',
        });
      }
      return { text, mentions };
    };
    const run = ({ text, mentions }: { text: string; mentions: Mention[] }) =>
      oneSentenceFacts(lang, text, mentions);
    const growth = cpuGrowth(make, run, { n0: SMALL });
    expect(growth.ratio, growth.detail).toBeLessThan(10);
    const input = make(LARGE);
    const large = leastCpuMs(() => run(input), 1);
    expect(large, `${LARGE} characters: ${large.toFixed(0)} ms CPU`).toBeLessThan(1000);
  });
});

// A run-on sentence of thousands of measured values (80 kB of "5% $3 €4" is one sentence of 27 000
// amounts, each percentage a claim): each value looked for its scope (the name or acronym it stands
// beside) among all candidates of the sentence, re-running the acronym scan each time (50 s at 80 kB),
// and each claim quoted the whole sentence as its evidence (2 GB of JSON: compareTexts threw).
describe('extractFacts over one sentence of many measured values', () => {
  const cases: [string, string][] = [
    ['de', '5% $3 €4 '],
    ['en', 'AfD 5%, SPD 4% and 3 km '],
    ['ru', 'ЦИК 5% $3 '],
  ];
  it.each(cases)('%s: %s', (lang, unit) => {
    const make = (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      return { text, mentions: extractMentions({ text, lang }, { referenceDate: '2026-01-10' }) };
    };
    const run = ({ text, mentions }: { text: string; mentions: Mention[] }) =>
      oneSentenceFacts(lang, text, mentions);
    const growth = cpuGrowth(make, run, { n0: SMALL });
    expect(growth.ratio, growth.detail).toBeLessThan(10);
    const quoted = (n: number) => {
      const facts = run(make(n));
      expect(facts.length).toBeGreaterThan(n / 40);
      return facts.reduce((sum, f) => sum + f.evidence.sentence.length, 0);
    };
    // The evidence quoted grows with the input, not with its square.
    expect(quoted(4 * SMALL) / quoted(SMALL)).toBeLessThan(5);
    const input = make(LARGE);
    const large = leastCpuMs(() => run(input), 1);
    expect(large, `${LARGE} characters: ${large.toFixed(0)} ms CPU`).toBeLessThan(1000);
  });
});

// One run-on sentence of thousands of dates in two documents ("5 January 2026, 5 January 2026, …"):
// every date is a value no concept takes, read by its head word. Each one filtered the sentence's
// other mentions and re-read the sentence from its start for its clause's subject (k values × the
// sentence: `pnpm linear`'s compareTexts row grew ×7–8 for 4× the input). Only the comparison is
// timed here; the analysis before it is linear and tested on its own.
describe('compare over one sentence of thousands of values', () => {
  it.each([
    ['en', '5 January 2026, '],
    ['de', '5. Januar 2026, 3 km '],
  ])('%s: %s', async (lang, unit) => {
    const make = (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      return [
        analyze({ name: 'a.txt', text, lang }),
        analyze({ name: 'b.txt', text: text.slice(0, n >> 1), lang }),
      ];
    };
    const growth = cpuGrowth(make, (docs) => compare(docs), { n0: 4 * SMALL });
    expect(growth.ratio, growth.detail).toBeLessThan(10);
  });
});
