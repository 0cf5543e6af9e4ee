import type { SegmentSpan } from '../types';
import { type LatinRules, latinWords } from './latin';
import { isWhite } from './validate';

/**
 * Shared machinery for languages written without spaces (Japanese, Chinese). What differs per
 * language (terminators, what may follow a closing quote, how a run of Han/kana is cut) comes in
 * as `CjkRules` from src/locales/<lang>/.
 */
export interface CjkRules {
  /** Characters that end a sentence outside brackets (`。！？`). */
  terminators: string;
  /** Opening and closing brackets/quotes, pairwise (`「」『』（）`). */
  brackets: string;
  /**
   * After a terminator and a closing bracket (`…だ。」`), whether a sentence ends before the
   * character `next`. Japanese: not before a particle (`」と述べた`).
   */
  breakAfterQuote(next: string): boolean;
  /** Cuts a run of Han/kana letters into words: spans relative to `run`. */
  words(run: string): SegmentSpan[];
  /** Rules for Latin and digit runs inside the text (mixed script). */
  latin: LatinRules;
  /** Longest stretch inside brackets before a terminator counts again (unbalanced quotes). */
  maxQuoteLength?: number;
}

const RE_CJK_LETTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005\u3006\u3007\u30F5\u30F6]/u;

function isCjkLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x2e80) return false;
  if (c >= 0xd800 && c <= 0xdbff) return RE_CJK_LETTER.test(String.fromCodePoint(s.codePointAt(i) ?? c));
  return RE_CJK_LETTER.test(s[i] ?? '');
}

/** Words of a sentence: Han/kana runs by the language's cutter, everything else by Latin rules. */
export function cjkWords(s: string, rules: CjkRules): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (isWhite(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const cjk = isCjkLetterAt(s, i);
    let j = i;
    while (j < n && !isWhite(s.charCodeAt(j)) && isCjkLetterAt(s, j) === cjk) {
      j += s.charCodeAt(j) >= 0xd800 && s.charCodeAt(j) <= 0xdbff ? 2 : 1;
    }
    // a run of other characters keeps inner spaces only when Latin words follow each other
    if (!cjk) {
      while (j < n && !isCjkLetterAt(s, j)) j++;
      while (j > i && isWhite(s.charCodeAt(j - 1))) j--;
    }
    const run = s.slice(i, j);
    const pieces = cjk ? rules.words(run) : latinWords(run, rules.latin);
    for (const p of pieces)
      out.push(
        p.kind
          ? { start: p.start + i, end: p.end + i, kind: p.kind }
          : { start: p.start + i, end: p.end + i },
      );
    i = j;
  }
  return out;
}

/** Sentences of one line: terminators outside brackets, with closing brackets kept. */
export function cjkSentences(s: string, rules: CjkRules): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  const n = s.length;
  const maxQuote = rules.maxQuoteLength ?? Number.POSITIVE_INFINITY;
  const openers = new Map<number, number>();
  const closers = new Set<number>();
  for (let k = 0; k + 1 < rules.brackets.length; k += 2) {
    openers.set(rules.brackets.charCodeAt(k), rules.brackets.charCodeAt(k + 1));
    closers.add(rules.brackets.charCodeAt(k + 1));
  }
  const terminators = new Set<number>();
  for (let k = 0; k < rules.terminators.length; k++) terminators.add(rules.terminators.charCodeAt(k));
  // bracket depth with the offset where the outermost bracket opened
  let depth = 0;
  let openedAt = 0;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (openers.has(c)) {
      if (depth === 0) openedAt = i;
      depth++;
      i++;
      continue;
    }
    if (closers.has(c)) {
      if (depth > 0) depth--;
      i++;
      // `「…だ。」`: the quote closed right after a terminator
      if (depth === 0 && i >= 2 && terminators.has(s.charCodeAt(i - 2))) {
        let e = i;
        while (e < n && closers.has(s.charCodeAt(e))) e++;
        i = e;
        let k = e;
        while (k < n && isWhite(s.charCodeAt(k))) k++;
        if (k >= n) break;
        if (!rules.breakAfterQuote(s[k] ?? '')) continue;
        out.push({ start, end: e });
        start = k;
      }
      continue;
    }
    if (!terminators.has(c)) {
      i++;
      continue;
    }
    if (depth > 0 && i - openedAt > maxQuote) depth = 0;
    let e = i + 1;
    while (e < n && terminators.has(s.charCodeAt(e))) e++;
    if (depth > 0) {
      i = e;
      continue;
    }
    let quoted = false;
    while (e < n && closers.has(s.charCodeAt(e))) {
      e++;
      quoted = true;
    }
    i = e;
    let k = e;
    while (k < n && isWhite(s.charCodeAt(k))) k++;
    if (k >= n) break;
    if (quoted && !rules.breakAfterQuote(s[k] ?? '')) continue;
    out.push({ start, end: e });
    start = k;
  }
  if (start < n) out.push({ start, end: n });
  return out;
}

/** Spans for a run that another tool cut into strings, in order. */
export function spansOfPieces(run: string, pieces: readonly string[]): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  let at = 0;
  for (const p of pieces) {
    if (!p) continue;
    const i = run.startsWith(p, at) ? at : run.indexOf(p, at);
    if (i < 0) continue;
    out.push({ start: i, end: i + p.length });
    at = i + p.length;
  }
  return out;
}
