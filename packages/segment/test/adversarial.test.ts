import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuGrowth } from '../../../scripts/linear-time';
import { type Script, type Segmentation, segment, sentences } from '../src/index';

// Adversarial inputs, generated here. The default run stays fast; `pnpm fuzz` (CORPUS_FUZZ > 1)
// adds the largest sizes.
const FUZZ = Number(process.env.CORPUS_FUZZ ?? 1) > 1;
const WHITE = /^[\s\u0085]*$/;

/** Cheap structural check: ordered, in bounds, non-empty, gaps are whitespace. */
function wellFormed(text: string, out: Segmentation): void {
  let prev = 0;
  for (const s of out.sentences) {
    if (s.start < prev || s.end <= s.start || s.end > text.length)
      throw new Error(`bad sentence ${JSON.stringify(s)}`);
    if (!WHITE.test(text.slice(prev, s.start))) throw new Error(`uncovered text before ${s.start}`);
    prev = s.end;
  }
  prev = 0;
  for (const t of out.tokens) {
    const { start, end } = t.span;
    if (start < prev || end <= start || end > text.length) throw new Error(`bad token ${JSON.stringify(t)}`);
    if (!WHITE.test(text.slice(prev, start))) throw new Error(`uncovered text before token at ${start}`);
    prev = end;
  }
  if (!WHITE.test(text.slice(prev))) throw new Error('uncovered text at the end');
}

const latinLine = (chars: number): string => {
  const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit'];
  const block = words.join(' ').repeat(1).concat(' ');
  return block.repeat(Math.ceil(chars / block.length)).slice(0, chars);
};

describe('very large and degenerate inputs', () => {
  it(`a ${FUZZ ? 50 : 10} MB single line of Latin text without punctuation is one sentence`, () => {
    const text = latinLine((FUZZ ? 50 : 10) * 1024 * 1024);
    for (const lang of ['en', 'ja']) {
      const out = sentences(text, { lang });
      expect(out).toHaveLength(1);
      expect(out[0]?.start).toBe(0);
    }
  });

  it('a 1 MB line is cut into the right number of words', () => {
    const text = latinLine(1024 * 1024);
    const out = segment(text, { lang: 'en' });
    wellFormed(text, out);
    expect(out.tokens).toHaveLength(text.split(' ').filter(Boolean).length);
  });

  it('a word of 10^6 letters is one token (Latin rules, Japanese, Intl fallback)', () => {
    for (const [lang, ch] of [
      ['en', 'a'],
      ['ja', 'a'],
      ['ko', '가'],
      ['ru', 'я'],
    ] as const) {
      const text = ch.repeat(1e6);
      const out = segment(text, { lang });
      expect(out.tokens.map((t) => t.span)).toEqual([{ start: 0, end: 1e6 }]);
    }
  });

  it(`${FUZZ ? '10^6' : '10^5'} Han or kana characters in one sentence finish and stay well-formed`, () => {
    const n = FUZZ ? 1e6 : 1e5;
    for (const [lang, ch] of [
      ['zh', '中'],
      ['ja', 'あ'],
      ['ja', '日本語'],
    ] as const) {
      const text = ch.repeat(n / ch.length);
      const out = segment(text, { lang });
      wellFormed(text, out);
      expect(out.sentences).toEqual([{ start: 0, end: text.length }]);
    }
  });

  it('10^5 digits are one number', () => {
    const text = '7'.repeat(1e5);
    for (const lang of ['en', 'de', 'ja', 'zh', 'ko']) {
      const out = segment(text, { lang });
      expect(out.tokens).toHaveLength(1);
      expect(out.tokens[0]?.kind).toBe('number');
    }
  });

  it('a base letter with 10^5 combining marks is one token, never cut inside', () => {
    const text = `a${'\u0301'.repeat(1e5)}`;
    for (const lang of ['en', 'fr', 'ja', 'zh', 'ko']) {
      const out = segment(text, { lang });
      expect(out.tokens.map((t) => t.span)).toEqual([{ start: 0, end: text.length }]);
      expect(out.sentences).toHaveLength(1);
    }
  });

  it('10^5 periods, and 10^5 "!?" pairs, are one sentence and one punctuation run', () => {
    for (const text of ['.'.repeat(1e5), '!?'.repeat(5e4)]) {
      for (const lang of ['en', 'de', 'it']) {
        const out = segment(text, { lang });
        expect(out.sentences).toEqual([{ start: 0, end: text.length }]);
        expect(out.tokens).toHaveLength(1);
      }
      for (const lang of ['ja', 'zh', 'ko']) wellFormed(text, segment(text, { lang }));
    }
  });

  it('10^4 nested brackets and quotes, and 10^5 mixed line breaks, stay well-formed', () => {
    const texts = [
      `${'('.repeat(1e4)}a${')'.repeat(1e4)}`,
      `${'「'.repeat(1e4)}あ。${'」'.repeat(1e4)}`,
      '“a. ”'.repeat(1e4),
      'a\r\n\r\n\rb\u2028c\u0085'.repeat(1e4),
    ];
    for (const text of texts)
      for (const lang of ['en', 'ja', 'zh', 'ko']) wellFormed(text, segment(text, { lang }));
  });
});

/** ~45 scripts, one sample of letters each, found through Unicode properties. */
const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Nko',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Cherokee',
  'Canadian_Aboriginal',
  'Ogham',
  'Runic',
  'Khmer',
  'Mongolian',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Han',
  'Yi',
  'Tifinagh',
  'Vai',
  'Javanese',
  'Balinese',
  'Gothic',
  'Deseret',
  'Adlam',
  'Osage',
  'Linear_B',
  'Cuneiform',
  'Egyptian_Hieroglyphs',
];
const NAMED: readonly Script[] = [
  'Latin',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Thai',
  'Devanagari',
];

function scriptSamples(): Map<string, string[]> {
  const re = new RegExp(SCRIPTS.map((s) => `(?<${s}>\\p{Script=${s}})`).join('|'), 'u');
  const letter = /\p{L}/u;
  const found = new Map<string, string[]>(SCRIPTS.map((s) => [s, []]));
  for (let cp = 0x41; cp < 0x30000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (!letter.test(ch)) continue;
    const groups = re.exec(ch)?.groups;
    if (!groups) continue;
    for (const [name, v] of Object.entries(groups)) {
      const list = found.get(name);
      if (v !== undefined && list && list.length < 12) list.push(ch);
    }
  }
  return found;
}

describe('text in every script', () => {
  const samples = scriptSamples();

  it('finds a sample for every script in the list', () => {
    for (const [name, letters] of samples) expect(letters.length, name).toBe(12);
  });

  it('cuts a two-sentence sample of each script, naming the script of its tokens', () => {
    for (const [name, l] of samples) {
      const word = (k: number) => l.slice(k, k + 3).join('');
      const text = `${word(0)} ${word(3)}. ${word(6)} ${word(9)}!`;
      for (const lang of ['und', 'en', 'ja', 'zh']) {
        const out = segment(text, { lang });
        wellFormed(text, out);
        expect(out.sentences.length, `${name} ${lang}`).toBeGreaterThanOrEqual(1);
        const letters = out.tokens.filter((t) => /\p{L}/u.test(text.slice(t.span.start, t.span.end)));
        expect(letters.length, `${name} ${lang}`).toBeGreaterThan(0);
        const expected = NAMED.includes(name as Script) ? name : 'Other';
        for (const t of letters) expect(t.script, `${name} ${lang}`).toBe(expected);
      }
    }
  });
});

/** Inputs of n characters most likely to make a scanner or a regex backtrack. */
const PATTERNS: Record<string, (n: number) => string> = {
  'abbreviations A.B.C.': (n) => 'A.B.C. '.repeat(n / 7),
  'dotted run a.a.a.…bcd': (n) => `${'a.'.repeat(n / 2)}bcd`,
  'initials J. J. J.': (n) => 'J. '.repeat(n / 3),
  'titles Mr. Mr.': (n) => 'Mr. '.repeat(n / 4),
  periods: (n) => '.'.repeat(n),
  'spaced periods': (n) => '. '.repeat(n / 2),
  '!? runs': (n) => '!?'.repeat(n / 2),
  spaces: (n) => `a${' '.repeat(n)}b`,
  'digits with separators': (n) => '1,000.5/3:4 '.repeat(n / 12),
  'digits and dots': (n) => '1.'.repeat(n / 2),
  'list numbers 1. 2.': (n) => '12. '.repeat(n / 4),
  quotes: (n) => '"a" '.repeat(n / 4),
  'open quotes': (n) => '“'.repeat(n),
  brackets: (n) => `${'(['.repeat(n / 4)}a${'])'.repeat(n / 4)}`,
  citations: (n) => `a.${'[1]'.repeat(n / 3)} B`,
  'CJK quotes and terminators': (n) => '「あ。」'.repeat(n / 4),
  'URL then punctuation': (n) => `http://x${'.'.repeat(n)}a`,
  'e-mail-like a-a-…@': (n) => `${'a-'.repeat(n / 2)}@`,
  'e-mail-like a%a%…@': (n) => `${'a%'.repeat(n / 2)}@x`,
  hyphens: (n) => 'a-'.repeat(n / 2),
  apostrophes: (n) => "l'".repeat(n / 2),
  hashtags: (n) => '#a'.repeat(n / 2),
  'colons before capitals': (n) => 'a: B '.repeat(n / 5),
  'ZWJ emoji': (n) => '👨‍👩‍👧'.repeat(n / 8),
  'line breaks CR LF mixes': (n) => 'a\r\n\r\r\n\n'.repeat(n / 6),
  // a token per one or two characters: the output's size, not a scan, is what grows here
  'unclosed Markdown links [a](': (n) => '[a]('.repeat(n / 4),
  'HTML entities &amp;': (n) => '&amp;'.repeat(n / 5),
};

/** CPU time of `segment` on 4n characters over that on n (see scripts/linear-time.ts). */
function growth(make: (n: number) => string, lang: string): number {
  return cpuGrowth(make, (text) => segment(text, { lang }), { n0: 16_000, minMs: 2, maxFactor: 4 }).ratio;
}

/**
 * Engines each pattern exercises: Latin rules (en; de with ordinals; it and fr with elision and
 * colons), Japanese (tiny-segmenter's model, Latin runs inside CJK), Chinese (ICU).
 */
const LANGS_FOR: Record<string, string[]> = {
  apostrophes: ['en', 'it', 'fr'],
  'colons before capitals': ['it'],
  'CJK quotes and terminators': ['ja', 'zh'],
  citations: ['en', 'zh'],
  hashtags: ['en', 'zh'],
  'digits with separators': ['en', 'de', 'zh'],
  'list numbers 1. 2.': ['de', 'ja'],
  'unclosed Markdown links [a](': ['fr', 'ko'],
  'HTML entities &amp;': ['ru', 'en'],
};

describe('linear time', () => {
  for (const [name, make] of Object.entries(PATTERNS)) {
    it(`${name}: 4× the input takes < 10× the time`, () => {
      for (const lang of LANGS_FOR[name] ?? ['en', 'ja'])
        expect(growth(make, lang), `${name} (${lang})`).toBeLessThan(10);
    });
  }

  it('the Intl fallback stays linear on long lines (windowed)', () => {
    for (const make of [
      PATTERNS.periods,
      PATTERNS['abbreviations A.B.C.'],
      (k: number) => '가나 '.repeat(k / 3),
    ])
      expect(growth(make as (k: number) => string, 'ko')).toBeLessThan(10);
  });

  it('fast-check: random repetitions of short hostile units stay linear', () => {
    const unit = fc.string({
      unit: fc.constantFrom(
        'a',
        'A',
        '.',
        ' ',
        '-',
        '@',
        '1',
        ',',
        '"',
        '(',
        ')',
        '。',
        '「',
        '」',
        'あ',
        '\n',
        "'",
        ':',
        '!',
      ),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(unit, fc.constantFrom('en', 'it', 'ja', 'zh'), (u, lang) => {
        expect(
          growth((n) => u.repeat(Math.ceil(n / u.length)), lang),
          JSON.stringify(u),
        ).toBeLessThan(10);
      }),
      { numRuns: Math.max(5, Math.floor((fc.readConfigureGlobal().numRuns ?? 100) / 10)) },
    );
  });
});
