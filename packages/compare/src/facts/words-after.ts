// The unit or currency word right after a number ("420 metres", "3 millions de francs suisses"), found
// at that one offset by looking the characters there up in a table of the words, not by one regular
// expression alternating over every word. CLDR gives a language thousands of such words (every case
// and number of every currency's name); as one alternation that is a 20–50 kB pattern, and once a
// process has compiled about 1 MB of regular-expression code V8 compiles new ones without its
// optimisations (`TooMuchRegExpCode` in V8's regexp.cc), when trying thousands of alternatives at every
// number made `compareTexts` 3–4× slower on text dense with amounts (RELIABILITY.md, "Session 12").

/** `\s` of a JavaScript regular expression, and the narrow no-break space. */
export function isSpaceUnit(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Per UTF-16 code unit: 0 not yet known, 1 a letter (`\p{L}`), 2 a mark (`\p{M}`), 3 a digit (`\p{N}`), 4 other. */
const UNIT_CLASS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const NUMBER = /^\p{N}$/u;

function classOf(c: number): number {
  let known = UNIT_CLASS[c]!;
  if (known === 0) {
    const s = String.fromCharCode(c);
    known = LETTER.test(s) ? 1 : MARK.test(s) ? 2 : NUMBER.test(s) ? 3 : 4;
    UNIT_CLASS[c] = known;
  }
  return known;
}

/** The code point at `at` is a letter (`\p{L}`); a lone surrogate is not. */
export function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdfff) return classOf(c) === 1;
  return LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** The code point at `at` is a letter or a number (`[\p{L}\p{N}]`): a word goes on there. */
export function isWordAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdfff) {
    const k = classOf(c);
    return k === 1 || k === 3;
  }
  const s = String.fromCodePoint(text.codePointAt(at)!);
  return LETTER.test(s) || NUMBER.test(s);
}

/** The code unit at `at` goes on inside a word of `spacedWords`: a letter, a mark, an apostrophe or a hyphen. */
function continuesWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x27 || c === 0x2019 || c === 0x2d) return true;
  if (c >= 0xd800 && c <= 0xdfff) return isLetterAt(text, at) || (c >= 0xdc00 && isLetterAt(text, at - 1));
  const k = classOf(c);
  return k === 1 || k === 2;
}

/**
 * The words of `text` as `/\p{L}[\p{L}\p{M}'’-]*\/gu` finds them (a letter, then letters, marks,
 * apostrophes and hyphens), with their offsets, by one walk over the characters.
 */
export function spacedWords(text: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < text.length && continuesWord(text, i)) i++;
    out.push({ word: text.slice(start, i), index: start });
  }
  return out;
}

/** A word found after a number: the word as written, and where its match (spaces before it included) ends. */
export interface WordAfter {
  word: string;
  end: number;
}

export interface WordsAfterOptions {
  /** Compare without case (the words are then given in any case). */
  ignoreCase: boolean;
  /** A letter or digit right after the word means it is not the word ("m" of "mit"). */
  edge: boolean;
  /** Words written as patterns (a locale's own forms), tried after every literal word failed. */
  patterns?: readonly string[];
  /** Patterns that may stand between the spaces and the word ("de" in "3 millions de francs"). */
  linkers?: readonly string[];
}

const GAP_MAX = 2;

/**
 * Literal words, filed under their first two characters, and a few patterns: `at(text, i)` finds the
 * longest word that starts after at most two spaces (and a linker) from `i` and ends at a word's edge,
 * as the sticky `[\s\u00a0\u202f]{0,2}(?:linker\s{0,2})?(longest|…|shortest|patterns)(?![\p{L}\p{N}])`
 * would, at a cost that does not grow with the number of words.
 */
export class WordsAfter {
  private readonly filings = new Map<string, string[]>();
  private readonly maxLength: number;
  private readonly patterns: RegExp | undefined;
  private readonly linkers: RegExp | undefined;

  constructor(
    literals: Iterable<string>,
    private readonly options: WordsAfterOptions,
  ) {
    let max = 0;
    for (const raw of literals) {
      const word = options.ignoreCase ? raw.toLowerCase() : raw;
      if (word.length === 0) continue;
      const key = word.slice(0, 2);
      const filing = this.filings.get(key) ?? [];
      if (!filing.includes(word)) filing.push(word);
      this.filings.set(key, filing);
      max = Math.max(max, word.length);
    }
    for (const filing of this.filings.values()) filing.sort((a, b) => b.length - a.length);
    this.maxLength = max;
    const flags = options.ignoreCase ? 'iuy' : 'uy';
    const edge = options.edge ? '(?![\\p{L}\\p{N}])' : '';
    const patterns = options.patterns ?? [];
    this.patterns = patterns.length > 0 ? new RegExp(`(?:${patterns.join('|')})${edge}`, flags) : undefined;
    const linkers = options.linkers ?? [];
    this.linkers =
      linkers.length > 0
        ? new RegExp(`(?:${linkers.join('|')})[\\s\\u00a0\\u202f]{0,${GAP_MAX}}`, 'iuy')
        : undefined;
  }

  /** The word after `at` (after up to two spaces, and a linker), or undefined. */
  at(text: string, at: number): WordAfter | undefined {
    let gap = 0;
    while (gap < GAP_MAX && at + gap < text.length && isSpaceUnit(text.charCodeAt(at + gap))) gap++;
    // Greedy like the expression: the most spaces first, then fewer.
    for (let g = gap; g >= 0; g--) {
      const from = at + g;
      if (this.linkers) {
        this.linkers.lastIndex = from;
        const linker = this.linkers.exec(text);
        if (linker && linker[0].length > 0) {
          const found = this.wordAt(text, from + linker[0].length);
          if (found) return found;
        }
      }
      const found = this.wordAt(text, from);
      if (found) return found;
    }
    return undefined;
  }

  private wordAt(text: string, from: number): WordAfter | undefined {
    if (from >= text.length) return undefined;
    const raw = text.slice(from, from + this.maxLength);
    const window = this.options.ignoreCase ? raw.toLowerCase() : raw;
    // Lower-casing kept every offset (it does but for a few letters, such as "İ"): the window is the text.
    const aligned = window.length === raw.length;
    for (const key of [window.slice(0, 2), window.slice(0, 1)]) {
      const filing = this.filings.get(key);
      if (!filing) continue;
      for (const word of filing) {
        if (word.length < key.length || (key.length === 1 && word.length > 1)) continue;
        const same = aligned
          ? window.startsWith(word)
          : text.slice(from, from + word.length).toLowerCase() === word;
        if (!same) continue;
        const end = from + word.length;
        if (this.options.edge && end < text.length && isWordAt(text, end)) continue;
        return { word: text.slice(from, end), end };
      }
    }
    if (!this.patterns) return undefined;
    this.patterns.lastIndex = from;
    const m = this.patterns.exec(text);
    return m ? { word: m[0], end: from + m[0].length } : undefined;
  }
}
