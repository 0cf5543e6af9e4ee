import { describe, expect, it } from 'vitest';
import { intlPlugin } from './index';
import { segmenterConformance } from './testing';
import type { SegmenterPlugin, SegmentSpan } from './types';

// The kit against the reference implementation (Intl.Segmenter fallback).
segmenterConformance({
  describe,
  it,
  expect,
  plugin: intlPlugin,
  fixtures: [{ text: 'Hello world. Second sentence?', sentences: ['Hello world.', 'Second sentence?'] }],
});

/** Runs the kit with a recording framework and returns which tests failed, with their messages. */
function failures(
  plugin: SegmenterPlugin,
  fixtures = [{ text: 'Dr. Smith came. He left.', noBreakAfter: ['Dr.'] }],
) {
  const tests: { name: string; body: () => void }[] = [];
  segmenterConformance({
    describe: (_name, body) => body(),
    it: (name, body) => tests.push({ name, body }),
    plugin,
    fixtures,
  });
  const failed: string[] = [];
  for (const t of tests) {
    try {
      t.body();
    } catch (e) {
      failed.push(`${t.name} :: ${(e as Error).message}`);
    }
  }
  return { count: tests.length, failed };
}

/** Cuts text into single UTF-16 code units as "sentences": breaks surrogate pairs and graphemes. */
const perCodeUnit: SegmenterPlugin = {
  specificationVersion: 'v1',
  name: 'per-code-unit',
  languages: ['en'],
  supports: { sentence: true, word: false },
  doSegment: (text) => {
    const out: SegmentSpan[] = [];
    for (let i = 0; i < text.length; i++) if (text[i]?.trim()) out.push({ start: i, end: i + 1 });
    return out;
  },
};

describe('the kit catches broken plugins', () => {
  it('passes a correct plugin (the fallback) on every test', () => {
    const r = failures({ ...intlPlugin, supports: { sentence: false, word: true } });
    expect(r.failed).toEqual([]);
    expect(r.count).toBeGreaterThan(5);
  });

  it('catches overlapping spans', () => {
    const overlapping: SegmenterPlugin = {
      ...intlPlugin,
      name: 'overlapping',
      doSegment: (text) =>
        text.length > 2
          ? [
              { start: 0, end: 2 },
              { start: 1, end: text.length },
            ]
          : [{ start: 0, end: text.length }],
    };
    const { failed } = failures(overlapping);
    expect(failed.some((f) => f.includes('spans are ordered') && f.includes('overlaps'))).toBe(true);
  });

  it('catches a split surrogate pair', () => {
    const { failed } = failures(perCodeUnit);
    expect(failed.some((f) => f.includes('splits a surrogate pair'))).toBe(true);
  });

  it('catches a boundary inside a grapheme cluster that keeps surrogates whole', () => {
    const perCodePoint: SegmenterPlugin = {
      ...perCodeUnit,
      name: 'per-code-point',
      doSegment: (text) => {
        const out: SegmentSpan[] = [];
        for (let i = 0; i < text.length; ) {
          const n = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
          if (text.slice(i, i + n).trim()) out.push({ start: i, end: i + n });
          i += n;
        }
        return out;
      },
    };
    const { failed } = failures(perCodePoint);
    expect(failed.some((f) => f.includes('inside a grapheme cluster'))).toBe(true);
    expect(failed.some((f) => f.includes('splits a surrogate pair'))).toBe(false);
  });

  it('catches a thrown error, non-determinism, a bad declaration and a missed negative case', () => {
    const throwing: SegmenterPlugin = {
      ...intlPlugin,
      name: 'throwing',
      doSegment: () => {
        throw new Error('nope');
      },
    };
    expect(failures(throwing).failed.filter((f) => f.includes('nope')).length).toBeGreaterThan(5);

    let flip = 0;
    const flaky: SegmenterPlugin = {
      ...intlPlugin,
      name: 'flaky',
      doSegment: (text, o) =>
        flip++ % 2 && text.length > 1 ? [{ start: 0, end: text.length }] : intlPlugin.doSegment(text, o),
    };
    expect(failures(flaky).failed.some((f) => f.startsWith('sentence: deterministic'))).toBe(true);

    const undeclared = {
      ...intlPlugin,
      name: 'v0',
      specificationVersion: 'v0',
    } as unknown as SegmenterPlugin;
    expect(failures(undeclared).failed.some((f) => f.includes('specificationVersion'))).toBe(true);

    const everyPeriod: SegmenterPlugin = {
      ...intlPlugin,
      name: 'every-period',
      doSegment: (text) => {
        const out: SegmentSpan[] = [];
        let start = 0;
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '.' && i + 1 < text.length) {
            out.push({ start, end: i + 1 });
            start = i + 1;
          }
        }
        if (start < text.length) out.push({ start, end: text.length });
        return out.filter((s) => text.slice(s.start, s.end).trim());
      },
    };
    const r = failures(everyPeriod);
    expect(r.failed.some((f) => f.includes('a sentence ends after "Dr."'))).toBe(true);
  });

  it('checks fixture expectations', () => {
    const r = failures(intlPlugin, [{ text: 'One. Two.', sentences: ['One. Two.'] } as never]);
    expect(r.failed.some((f) => f.startsWith('fixture 1 sentences'))).toBe(true);
  });
});
