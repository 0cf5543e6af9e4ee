import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalGate } from './concept-words';
import { spacedWords, WordsAfter } from './words-after';

// The tables stand for sticky regular expressions (the code before them): each test states the
// expression and checks the table finds what it finds, on written cases and on generated text.

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function expressionFor(
  literals: readonly string[],
  options: { ignoreCase: boolean; edge: boolean; patterns?: string[]; linkers?: string[] },
): RegExp {
  const sorted = [...new Set(literals.map((w) => (options.ignoreCase ? w.toLowerCase() : w)))].sort(
    (a, b) => b.length - a.length,
  );
  const sources = [...sorted.map(literal), ...(options.patterns ?? [])];
  const gap = '[\\s\\u00a0\\u202f]{0,2}';
  const linker = options.linkers?.length ? `(?:(?:${options.linkers.join('|')})${gap})?` : '';
  const edge = options.edge ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${gap}${linker}(${sources.join('|')})${edge}`, options.ignoreCase ? 'iuy' : 'uy');
}

function byExpression(re: RegExp, text: string, at: number) {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? { word: m[1], end: re.lastIndex } : undefined;
}

const RUSSIAN_UNITS = [
  'километр',
  'километров',
  'километра',
  'метр',
  'метров',
  'км',
  'м',
  'квадратных километров',
];

describe('WordsAfter: the word after a number, by table', () => {
  const options = { ignoreCase: true, edge: true };
  const table = new WordsAfter(RUSSIAN_UNITS, options);
  const re = expressionFor(RUSSIAN_UNITS, options);

  it('finds the longest word that ends at a word edge, after up to two spaces', () => {
    const text = 'Пожар охватил 30 квадратных километров и 5 метров, 7  км к северу, 9 КМ';
    for (const [number, word] of [
      ['30', 'квадратных километров'],
      [' 5', 'метров'],
      ['7', 'км'],
      ['9', 'КМ'],
    ] as const) {
      const at = text.indexOf(number) + number.length;
      expect(table.at(text, at)?.word).toBe(word);
      expect(table.at(text, at)).toEqual(byExpression(re, text, at));
    }
  });

  it('leaves a word that goes on ("метрополитен" is no "метр"), and three spaces', () => {
    expect(table.at('5 метрополитен', 1)).toBeUndefined();
    expect(table.at('5   метров', 1)).toBeUndefined();
    expect(table.at('5 метров', 1)?.end).toBe(8);
  });

  it('keeps case where asked (symbols: "Ft" forints, "ft" feet), and tries linkers then the word alone', () => {
    const symbols = new WordsAfter(['Ft', '€', 'US$'], { ignoreCase: false, edge: true });
    expect(symbols.at('300 Ft', 3)?.word).toBe('Ft');
    expect(symbols.at('300 ft', 3)).toBeUndefined();
    const names = new WordsAfter(['francs suisses', 'dollars'], {
      ignoreCase: true,
      edge: true,
      linkers: ['de', "d[’']"],
      patterns: ['balles?'],
    });
    expect(names.at('3 millions de francs suisses', 11)).toEqual({ word: 'francs suisses', end: 28 });
    expect(names.at('3 millions de balles', 11)).toEqual({ word: 'balles', end: 20 });
    expect(names.at('5 dollars', 1)).toEqual({ word: 'dollars', end: 9 });
    expect(names.at('5 de plus', 1)).toBeUndefined();
  });

  it('without word edges (Japanese, Chinese), the longest word: "km/h" over "km", "平方公里" over "公里"', () => {
    const words = ['km', 'km/h', '公里', '平方公里'];
    const cjk = new WordsAfter(words, { ignoreCase: true, edge: false });
    expect(cjk.at('时速120km/h', 5)?.word).toBe('km/h');
    expect(cjk.at('面积30平方公里', 4)?.word).toBe('平方公里');
    expect(cjk.at('30公里', 2)?.word).toBe('公里');
  });

  it('finds what the expression finds on generated text', () => {
    const piece = fc.constantFrom(
      ...RUSSIAN_UNITS,
      'Км',
      'МЕТРОВ',
      ' ',
      '  ',
      '\u00a0',
      '5',
      'а',
      'x',
      '-',
      ',',
      'İ',
      '😀',
    );
    const noEdge = new WordsAfter(RUSSIAN_UNITS, { ignoreCase: true, edge: false });
    const noEdgeRe = expressionFor(RUSSIAN_UNITS, { ignoreCase: true, edge: false });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(40), (pieces, k) => {
        const text = pieces.join('');
        const at = Math.min(k, text.length);
        expect(table.at(text, at)).toEqual(byExpression(re, text, at));
        expect(noEdge.at(text, at)).toEqual(byExpression(noEdgeRe, text, at));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('spacedWords', () => {
  const WORDS = /\p{L}[\p{L}\p{M}'’-]*/gu;
  it('gives the words and offsets the expression gives', () => {
    const text = "l'école — O’Neill's 5-year plan, naïve e\u0301te 😀 𝒜bc Ωμέγα 東京";
    expect(spacedWords(text)).toEqual([...text.matchAll(WORDS)].map((m) => ({ word: m[0], index: m.index })));
  });
  it('on generated text', () => {
    const piece = fc.constantFrom(
      'a',
      'Б',
      '\u0301',
      "'",
      '’',
      '-',
      ' ',
      '5',
      '%',
      '𝒜',
      '😀',
      '東',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(spacedWords(text)).toEqual(
          [...text.matchAll(WORDS)].map((m) => ({ word: m[0], index: m.index })),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('literalGate', () => {
  it('says no only when no word can match: every word needs its literal head', () => {
    const gate = literalGate(['афтершок\\p{L}{0,3}', 'предыдущ\\p{L}{1,3}', 'more\\s+than']);
    expect(gate('сильный афтершока')).toBe(true);
    expect(gate('5% $3 €4')).toBe(false);
    expect(gate('more  than')).toBe(true);
    // A word that starts with pattern syntax, or alternates, opens the gate.
    expect(literalGate(['(?:около|примерно)'])('5%')).toBe(true);
    expect(literalGate(['a|b'])('b')).toBe(true);
  });
});
