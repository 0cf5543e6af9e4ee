import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenScanner } from '../src/core/text';

// The two token patterns the scanner reads (spelled numbers, Latin names), as they are written there.
const L = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}';
const PATTERNS: [string, string, string][] = [
  ['words or digits', '[\\p{L}\\d]', '\\p{L}[\\p{L}\\p{M}]*|\\d+(?:[.,]\\d+)*'],
  ['Latin tokens', `[${L}0-9]`, `[${L}0-9](?:[${L}\\p{M}0-9]|[-.'’&](?=[${L}0-9]))*`],
];

function scanned(text: string, first: string, token: string): [number, number][] {
  const scan = new TokenScanner(text, new RegExp(first, 'gu'), new RegExp(token, 'uy'));
  const out: [number, number][] = [];
  while (scan.next()) out.push([scan.start, scan.end]);
  return out;
}

function matched(text: string, token: string): [number, number][] {
  return [...text.matchAll(new RegExp(token, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
}

describe('TokenScanner', () => {
  const pieces = fc.constantFrom(
    'Dreiundzwanzig',
    'twenty-one',
    "L'Oréal",
    'Macron’s',
    'AT&T',
    '3,5',
    '1.000.000',
    'Дмитрий',
    'Σίσυφος',
    '𐐀𐐨', // Deseret: letters outside the BMP, two code units each
    '𝐀𝐁𝐂',
    'e\u0301',
    '東京',
    ' ',
    '-',
    '. ',
    '\n',
    '\uD83D', // a lone high surrogate
  );
  const texts = fc
    .array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 30 })
    .map((a) => a.join(''));

  for (const [name, first, token] of PATTERNS) {
    it(`finds the offsets matchAll finds: ${name}`, () => {
      fc.assert(
        fc.property(texts, (text) => {
          expect(scanned(text, first, token)).toEqual(matched(text, token));
        }),
      );
    });
  }

  it('reads a real sentence and can skip ahead', () => {
    const text = 'Am 3. Mai sagte Olaf Scholz, 𐐀𐐨 koste 2,5 Mio.';
    const [first, token] = [PATTERNS[0]?.[1] as string, PATTERNS[0]?.[2] as string];
    expect(scanned(text, first, token).map(([s, e]) => text.slice(s, e))).toEqual([
      'Am',
      '3',
      'Mai',
      'sagte',
      'Olaf',
      'Scholz',
      '𐐀𐐨',
      'koste',
      '2,5',
      'Mio',
    ]);
    const scan = new TokenScanner(
      text,
      new RegExp(first, 'gu'),
      new RegExp(token, 'uy'),
      text.indexOf('Olaf') + 1,
    );
    expect(scan.next() && text.slice(scan.start, scan.end)).toBe('laf');
  });
});
