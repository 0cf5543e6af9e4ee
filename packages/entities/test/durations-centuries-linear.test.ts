import { describe, expect, it } from 'vitest';
import { cpuGrowth } from '../../../scripts/linear-time';
import { extractMentions } from '../src/extract';

// Chains of duration parts and runs of century words: each part looks at most a few characters
// ahead and a chain at most seven units long; a century word reads a bounded window before it.
const SHAPES: [string, string, string][] = [
  ['duration parts joined by commas', '1 hour, 5 minutes, ', 'en'],
  ['duration parts glued', '1時間5分44秒', 'ja'],
  ['halves', '5년 반 ', 'ko'],
  ['Roman centuries', 'XII siècle ', 'fr'],
  ['spelled centuries', 'twenty-first century ', 'en'],
  ['century words alone', '世纪', 'zh'],
  ['seconds after clocks', '17点55分23秒', 'zh'],
];

describe('durations and centuries in linear time', () => {
  it.each(SHAPES)('%s', (_name, unit, lang) => {
    const run = (text: string) => extractMentions({ text, lang }, { types: ['DATE', 'DURATION'] });
    const growth = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), run, {
      n0: 4_000,
      minMs: 15,
      maxFactor: 8,
    });
    expect(growth.ratio, growth.detail).toBeLessThan(10);
  });
});
