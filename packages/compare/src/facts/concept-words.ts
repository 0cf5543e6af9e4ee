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

/** Whether a lower-cased text may hold a match of some words (false only when it surely holds none). */
export type LiteralGate = (lowerText: string) => boolean;

const OPEN_GATE: LiteralGate = () => true;

/**
 * A cheap test to run before an expression made of `words`: each word's literal head (`literalHead`,
 * lower-cased) must occur in the text for the word to match there. Open (always true) when some word
 * has no literal head or alternates at its top level. Asked before the qualifier and scope expressions
 * at every value: V8 skips ahead to a literal itself only while it optimises new expressions, which it
 * stops doing once a process has compiled about 1 MB of them (RELIABILITY.md, "Session 12").
 */
export function literalGate(words: readonly string[]): LiteralGate {
  const heads = new Set<string>();
  for (const word of words) {
    const head = word.includes('|') ? '' : literalHead(word).toLowerCase();
    if (head.length === 0) return OPEN_GATE;
    heads.add(head);
  }
  const list = [...heads];
  return (lowerText) => list.some((head) => lowerText.includes(head));
}

/** Whether each UTF-16 code unit is a letter or digit: 0 not yet known, 1 yes, 2 no. */
const WORD_UNIT = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  // Surrogates stand for letters of the supplementary planes (CJK extensions) often enough.
  if (c >= 0xd800 && c <= 0xdfff) return true;
  if (WORD_UNIT[c] === 0) WORD_UNIT[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return WORD_UNIT[c] === 1;
}

export class ConceptWords {
  /**
   * Filings by the word's first two characters, lower-cased, in languages with spaces (a word starts
   * only where a run of letters does); by the first one in the others (a word may start anywhere).
   */
  private readonly filings = new Map<number, Filing>();
  /** Words with a shorter literal start, tried wherever a word may start. */
  private readonly anywhere: Filing = { literals: [], patterns: [] };
  /**
   * Whether a word's literal start may begin with each UTF-16 code unit (lower-cased): most places of
   * a sentence, every character in CJK text, start none, and are passed without a look at the filings.
   * Undefined when some word starts with pattern syntax: it may start with anything.
   */
  private readonly starts: Uint8Array | undefined;
  private readonly whole: { concept: ConceptName; re: RegExp }[];
  private readonly named = new Map<string, readonly ConceptName[]>();

  constructor(
    entries: readonly (readonly [ConceptName, readonly string[]])[],
    private readonly wordBoundaries: boolean,
  ) {
    for (const [, words] of entries) {
      for (const word of words) {
        const head = literalHead(word).toLowerCase();
        const keyed = head.length >= (wordBoundaries ? 2 : 1);
        const filing = keyed ? this.filingFor(this.keyOf(head, 0)) : this.anywhere;
        if (head.length === word.length) filing.literals.push(head);
        else filing.patterns.push({ head, source: word });
      }
    }
    const heads = [...this.filings.values(), this.anywhere].flatMap((f) => [
      ...f.literals,
      ...f.patterns.map((p) => p.head),
    ]);
    if (heads.every((head) => head.length > 0)) {
      this.starts = new Uint8Array(0x10000);
      for (const head of heads) this.starts[head.charCodeAt(0)] = 1;
    }
    for (const filing of [...this.filings.values(), this.anywhere]) {
      filing.literals.sort((a, b) => b.length - a.length);
      filing.patterns.sort((a, b) => b.head.length - a.head.length);
    }
    this.whole = entries.map(([concept, words]) => ({
      concept,
      re: new RegExp(`^(?:${words.join('|')})$`, 'iu'),
    }));
  }

  private keyOf(lower: string, at: number): number {
    const first = lower.charCodeAt(at);
    return this.wordBoundaries ? first * 0x10000 + (lower.charCodeAt(at + 1) || 0) : first;
  }

  private filingFor(key: number): Filing {
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
      if (lower.startsWith(literal, at) && !(this.wordBoundaries && isWordUnit(text.charCodeAt(end))))
        return end;
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
    if (!this.wordBoundaries || !isWordUnit(text.charCodeAt(end))) return end;
    word.atEdge ??= new RegExp(`(?:${word.source})(?![\\p{L}\\p{N}])`, 'iuy');
    word.atEdge.lastIndex = at;
    const edged = word.atEdge.exec(text);
    return edged ? at + edged[0].length : at;
  }

  /** The end of the first filed word that matches at `at` (`at` when none does). */
  private wordAt(text: string, lower: string, at: number): number {
    if (this.starts && this.starts[lower.charCodeAt(at)] === 0) return at;
    const filing = this.filings.get(this.keyOf(lower, at));
    const end = filing ? this.matchAt(filing, text, lower, at) : at;
    return end > at ? end : this.matchAt(this.anywhere, text, lower, at);
  }

  /** The concept words of `text` (a sentence at `offset`), left to right, not overlapping. */
  find(text: string, offset: number): ConceptHit[] {
    const hits: ConceptHit[] = [];
    const folded = text.toLowerCase();
    // A text whose length changes when lower-cased (a dotted capital I) is compared as written.
    const lower = folded.length === text.length ? folded : text;
    for (let at = 0; at < text.length; ) {
      if (this.wordBoundaries && !isWordUnit(text.charCodeAt(at))) {
        at++;
        continue;
      }
      const end = this.wordAt(text, lower, at);
      if (end > at) {
        const concepts = this.conceptsOf(text.slice(at, end));
        if (concepts.length > 0) hits.push({ span: { start: offset + at, end: offset + end }, concepts });
        at = end;
        continue;
      }
      // In a language with spaces, the next word starts after this run of letters.
      at++;
      while (this.wordBoundaries && at < text.length && isWordUnit(text.charCodeAt(at))) at++;
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
