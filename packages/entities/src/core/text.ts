/**
 * A copy of the text with full-width ASCII (Ｇ, ２, ％, （) folded to ASCII, one UTF-16 unit for one,
 * so every pattern can run on it and its offsets are the original text's offsets.
 */
export function foldWidth(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      out += text.slice(last, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0));
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One alternation of literal words, longest first so the longest wins at a position. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0);
  list.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return list.map(escapeRegExp).join('|');
}

const LATIN = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && LATIN.test(ch);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

const UPPER = /\p{Lu}/u;
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

/** The first index in [0, length) where `before` turns false; `before` must be true on a prefix only. */
export function firstIndex(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The offsets of a token pattern's matches, read without a match object per token: on a text of 10^5
 * words, `matchAll` made ~10^5 short-lived arrays and iterator results, and the young-generation
 * collections they caused grew faster than the text. `first` (global) finds the code point a token
 * may begin with; `token` (sticky) reads the token there. For a pattern that matches wherever its
 * first code point does, the offsets are exactly those of `text.matchAll(token)`.
 */
export class TokenScanner {
  start = 0;
  end = 0;

  constructor(
    private readonly text: string,
    private readonly first: RegExp,
    private readonly token: RegExp,
    /** Where the next token is sought; moving it skips text. */
    public at = 0,
  ) {}

  /** Moves to the next token; false when there is none. */
  next(): boolean {
    this.first.lastIndex = this.at;
    if (!this.first.test(this.text)) return false;
    const after = this.first.lastIndex;
    const pair =
      after >= 2 &&
      isLowSurrogate(this.text.charCodeAt(after - 1)) &&
      isHighSurrogate(this.text.charCodeAt(after - 2));
    this.start = after - (pair ? 2 : 1);
    this.token.lastIndex = this.start;
    // `first` and `token` begin alike, so the token is there.
    this.end = this.token.test(this.text) ? this.token.lastIndex : after;
    this.at = this.end;
    return true;
  }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
