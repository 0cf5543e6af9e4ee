import { describe, expect, it } from 'vitest';
import { cpuGrowth } from '../../../scripts/linear-time';
import { detectBoilerplate } from '../src/boilerplate';
import { decodeBytes } from '../src/decode';
import { extractHtml, nestingDepth, plainText } from '../src/html';
import { ingestText } from '../src/index';
import { normalizeText } from '../src/normalize';
import { splitLines, structureText, toUnits } from '../src/structure';

// Linear time: inputs of size n and 4n built from the patterns most likely to backtrack; the 4n input
// must take less than 10× the CPU time of the n input (best of 3, so a busy machine does not decide).

function expectLinear<T>(make: (n: number) => T, run: (input: T) => unknown, n0: number) {
  const growth = cpuGrowth(make, run, { n0 });
  expect(growth.ratio, growth.detail).toBeLessThan(10);
}

const repeat = (unit: string) => (n: number) => unit.repeat(n);

// cpuGrowth grows a fast input until it costs a few ms of CPU, so on a fast machine the 4n input can
// pass the default maxBytes (10 MiB): the size limit is not what these tests measure.
const LARGE = { lang: 'en', maxBytes: 256 * 1024 * 1024 };

describe('HTML stripper (extractHtml, nestingDepth, plainText)', () => {
  const patterns: [string, (n: number) => string, number][] = [
    ['angle brackets', repeat('<'), 2_000],
    ['unclosed comments', repeat('<!--'), 2_000],
    ['unclosed tags', repeat('<p title="x'), 10_000],
    ['a long attribute value', (n) => `<p title="${'x'.repeat(n)}">text</p>`, 20_000],
    ['nested quotes', (n) => `<p a=${'"\''.repeat(n)}>text</p>`, 5_000],
    ['flat paragraphs', repeat('<p>The harbour reopened on Monday.</p>'), 400],
    ['nested divs', (n) => `${'<div>'.repeat(n)}text${'</div>'.repeat(n)}`, 3_000],
    ['long whitespace runs', (n) => `<p>a${' '.repeat(n)}b</p>`, 100_000],
  ];
  it.each(patterns)('extractHtml: %s', (_name, make, n) => {
    expectLinear((k) => `<html><body>${make(k)}</body></html>`, extractHtml, n);
  });
  it.each(patterns)('nestingDepth and plainText: %s', (_name, make, n) => {
    expectLinear(make, (s: string) => [nestingDepth(s), plainText(s)], n * 4);
  });
});

describe('structure and boilerplate', () => {
  const patterns: [string, (n: number) => string, number][] = [
    ['long whitespace runs before a colon', (n) => `Sources${' '.repeat(n)}x:\n\nText.`, 50_000],
    ['long whitespace runs', (n) => `A${' \t'.repeat(n)}B\n\nText.`, 50_000],
    ['unclosed Markdown links', (n) => `${'['.repeat(n)}](https://a`, 20_000],
    ['strong markers', repeat('**a'), 20_000],
    ['pipes', repeat('|'), 50_000],
    ['crumb separators', repeat('a > '), 10_000],
    ['label-colon-URL lines', repeat('Source: https://a.example/x\n'), 5_000],
    ['dashes and handles', repeat('— (@a) '), 5_000],
    ['opening quotes', (n) => `${'「'.repeat(n)}」`, 20_000],
    ['capitalised words', repeat('Ab Cd. '), 10_000],
    ['short lines', repeat('Ab\n'), 5_000],
  ];
  it.each(patterns)('structureText (with detectBoilerplate): %s', (_name, make, n) => {
    expectLinear(
      (k) => normalizeText(make(k)).text,
      (s: string) => structureText(s, { lang: 'en' }),
      n,
    );
  });
  it.each(patterns)('detectBoilerplate alone: %s', (_name, make, n) => {
    expectLinear(
      (k) => make(k),
      (s: string) => detectBoilerplate(toUnits(splitLines(s))),
      n,
    );
  });
  it('format sniffing on many lines of pipes and tabs (was quadratic, REDOS.md)', () => {
    expectLinear(
      (k) => `||${'\n\t'.repeat(k)}\r||\nText.`,
      (s: string) => ingestText(s, LARGE),
      50_000,
    );
  });
  it('ingestText on a long single line of words', () => {
    expectLinear(
      (k) => 'word '.repeat(k),
      (s: string) => ingestText(s, LARGE),
      50_000,
    );
  });
});

describe('decoders', () => {
  const patterns: [string, (n: number) => Uint8Array, number][] = [
    // Plain decoding is memory-bound: below ~10 MB a 4× larger input can leave the caches and look
    // superlinear, so these two start past that.
    ['valid UTF-8', (n) => new TextEncoder().encode('Hafen 港 '.repeat(n)), 1_000_000],
    [
      'high bytes (legacy detection)',
      (n) => Uint8Array.from({ length: n }, (_, i) => 0xa1 + (i % 90)),
      50_000,
    ],
    ['BOM-less UTF-16', (n) => Uint8Array.from(Buffer.from('Harbour '.repeat(n), 'utf16le')), 640_000],
    [
      'a charset declaration and invalid bytes',
      (n) =>
        new Uint8Array([
          ...new TextEncoder().encode('<meta charset="shift_jis">'),
          ...new Array(n).fill(0x82),
        ]),
      50_000,
    ],
  ];
  it.each(patterns)('decodeBytes: %s', (_name, make, n) => {
    expectLinear(
      make,
      (b: Uint8Array) => {
        try {
          return decodeBytes(b, { allowReplacement: true });
        } catch {
          return undefined;
        }
      },
      n,
    );
  });
  it('normalizeText on combining floods and line-end mixes', () => {
    expectLinear((k) => `e${'\u0301\u0323'.repeat(k)}\r\n\r`.repeat(4), normalizeText, 20_000);
  });
});
