// Finding a locale's concept words (src/locales/<lang>/concepts.ts) in a sentence at a cost that grows
// little with the number of concepts: each word is filed under the first characters it must start
// with, and at each place a word may start only the few words filed under the characters found there
// are tried (one sticky expression per filing, compiled the first time a text needs it).
import type { FactLocale } from '../locales/types';
import type { Span } from '../types';
import type { ConceptName } from './concepts';

/** A concept word found: where it is, and the concepts it names. */
export interface ConceptHit {
  span: Span;
  concepts: readonly ConceptName[];
}

interface PatternWord {
  /** The literal characters it starts with, lower-cased: checked before the expression is run. */
  head: string;
  source: string;
  re?: RegExp;
  /** The same, with the word edge required after it: asked when the first match ends inside a word. */
  atEdge?: RegExp;
}

interface Filing {
  /** Words without any pattern syntax, lower-cased, longest first: compared as they are. */
  literals: string[];
  /** Words with pattern syntax, longest head first. */
  patterns: PatternWord[];
}

const SPECIAL = new Set([...'\\()[]{}?*+|.^$']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) =>
  c !== undefined && (/[0-9A-Za-z]/.test(c) || (c.charCodeAt(0) >= 0x80 && LETTER_OR_DIGIT.test(c)));

/**
 * The literal characters a pattern must start with ("arrest" for `arrest(?:s|ed)?`, "票" for
 * `(?<=[\d万千])票`): a leading lookbehind is skipped, a character made optional is not counted.
 */
export function literalHead(pattern: string): string {
  let i = 0;
  if (pattern.startsWith('(?<=') || pattern.startsWith('(?<!')) {
    let depth = 0;
    for (; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    i++;
  }
  let head = '';
  for (; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (SPECIAL.has(c)) {
      if (c === '?' || c === '*' || c === '{') head = head.slice(0, -1);
      break;
    }
    head += c;
  }
  return head;
}

/** Longest literal start a word is filed under, in languages with spaces (one character without). */
const KEY_LENGTH = 3;

export class ConceptWords {
  /** Filings by the word's first characters (up to KEY_LENGTH), lower-cased. */
  private readonly filings = new Map<string, Filing>();
  /** The lengths of start filed under, longest first. */
  private readonly keyLengths: number[];
  /** Words with no literal start, tried wherever a word may start. */
  private readonly anywhere: Filing = { literals: [], patterns: [] };
  private readonly whole: { concept: ConceptName; re: RegExp }[];
  private readonly named = new Map<string, readonly ConceptName[]>();
  /** Some word has no literal start: every place must be tried. */
  private triesEverywhere = false;
  /** First characters (lower-cased) a filed word can start with, to pass over the others at once. */
  private readonly firstChars = new Set<number>();

  constructor(
    entries: readonly (readonly [ConceptName, readonly string[]])[],
    private readonly wordBoundaries: boolean,
  ) {
    const longest = wordBoundaries ? KEY_LENGTH : 1;
    const lengths = new Set<number>();
    for (const [, words] of entries) {
      for (const word of words) {
        const head = literalHead(word).toLowerCase();
        const length = Math.min(longest, head.length);
        if (length === 0) {
          this.anywhere.patterns.push({ head, source: word });
          this.triesEverywhere = true;
          continue;
        }
        lengths.add(length);
        this.firstChars.add(head.charCodeAt(0));
        const filing = this.filingFor(head.slice(0, length));
        if (head.length === word.length) filing.literals.push(head);
        else filing.patterns.push({ head, source: word });
      }
    }
    for (const filing of this.filings.values()) {
      filing.literals.sort((a, b) => b.length - a.length);
      filing.patterns.sort((a, b) => b.head.length - a.head.length);
    }
    this.keyLengths = [...lengths].sort((a, b) => b - a);
    this.whole = entries.map(([concept, words]) => ({
      concept,
      re: new RegExp(`^(?:${words.join('|')})$`, 'iu'),
    }));
  }

  private filingFor(key: string): Filing {
    const filing = this.filings.get(key) ?? { literals: [], patterns: [] };
    this.filings.set(key, filing);
    return filing;
  }

  /** The concepts a matched word names: those whose own words match it whole (remembered per word). */
  conceptsOf(word: string): readonly ConceptName[] {
    const key = word.toLowerCase();
    let concepts = this.named.get(key);
    if (!concepts) {
      concepts = this.whole.filter(({ re }) => re.test(word)).map(({ concept }) => concept);
      this.named.set(key, concepts);
    }
    return concepts;
  }

  /** End of the first word of `filing` at `at` (literals longest first), ending at a word edge when one is needed. */
  private matchAt(filing: Filing, text: string, lower: string, at: number): number {
    for (const literal of filing.literals) {
      const end = at + literal.length;
      if (lower.startsWith(literal, at) && !(this.wordBoundaries && isWordChar(text[end]))) return end;
    }
    for (const word of filing.patterns) {
      if (!lower.startsWith(word.head, at)) continue;
      const end = this.patternAt(word, text, at);
      if (end > at) return end;
    }
    return at;
  }

  private patternAt(word: PatternWord, text: string, at: number): number {
    word.re ??= new RegExp(word.source, 'iuy');
    word.re.lastIndex = at;
    const m = word.re.exec(text);
    if (!m || m[0].length === 0) return at;
    const end = at + m[0].length;
    if (!this.wordBoundaries || !isWordChar(text[end])) return end;
    word.atEdge ??= new RegExp(`(?:${word.source})(?![\\p{L}\\p{N}])`, 'iuy');
    word.atEdge.lastIndex = at;
    const edged = word.atEdge.exec(text);
    return edged ? at + edged[0].length : at;
  }

  /** The end of the first filed word that matches at `at` (`at` when none does). */
  private wordAt(
    text: string,
    lower: string,
    keyAt: (at: number, length: number) => string,
    at: number,
  ): number {
    for (const length of this.keyLengths) {
      const filing = this.filings.get(keyAt(at, length));
      const end = filing ? this.matchAt(filing, text, lower, at) : at;
      if (end > at) return end;
    }
    return this.matchAt(this.anywhere, text, lower, at);
  }

  /** The concept words of `text` (a sentence at `offset`), left to right, not overlapping. */
  find(text: string, offset: number): ConceptHit[] {
    const hits: ConceptHit[] = [];
    const folded = text.toLowerCase();
    // A text whose length changes when lower-cased (a dotted capital I) is compared as written.
    const lower = folded.length === text.length ? folded : text;
    const keyAt =
      lower === folded
        ? (at: number, length: number) => lower.slice(at, at + length)
        : (at: number, length: number) => text.slice(at, at + length).toLowerCase();
    const found = (at: number, end: number) => {
      const concepts = this.conceptsOf(text.slice(at, end));
      if (concepts.length > 0) hits.push({ span: { start: offset + at, end: offset + end }, concepts });
    };
    if (this.wordBoundaries) {
      // A word may start only where a run of letters and digits starts: one scan finds them all.
      const starts = /[\p{L}\p{N}]+/gu;
      for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
        const end = this.wordAt(text, lower, keyAt, m.index);
        if (end > m.index) {
          found(m.index, end);
          starts.lastIndex = end;
        }
      }
      return hits;
    }
    for (let at = 0; at < text.length; ) {
      const maybe = this.triesEverywhere || this.firstChars.has(lower.charCodeAt(at));
      const end = maybe ? this.wordAt(text, lower, keyAt, at) : at;
      if (end === at) {
        at++;
        continue;
      }
      found(at, end);
      at = end;
    }
    return hits;
  }
}

/** The concept words of a locale, or none when it lists none. */
export function conceptWords(locale: FactLocale): ConceptWords | undefined {
  const entries = Object.entries(locale.concepts ?? {}).filter(
    (entry): entry is [ConceptName, readonly string[]] => (entry[1]?.length ?? 0) > 0,
  );
  return entries.length > 0 ? new ConceptWords(entries, locale.wordBoundaries) : undefined;
}
