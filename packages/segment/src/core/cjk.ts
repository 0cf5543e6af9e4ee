import type { SegmenterPlugin, SegmentSpan } from '../types';
import { memoTest } from './chars';
import { type LatinRules, latinWordsInto } from './latin';
import { bufferedPlugin, type SpanBuffer } from './span-buffer';
import { isWhite, splitsSurrogate } from './validate';

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
  /** Cuts a sentence into words; only the pieces inside Han/kana runs are kept. */
  words(sentence: string): SegmentSpan[];
  /** Rules for Latin and digit runs inside the text (mixed script). */
  latin: LatinRules;
  /** Longest stretch inside brackets before a terminator counts again (unbalanced quotes). */
  maxQuoteLength?: number;
}

const RE_CJK_LETTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005\u3006\u3007\u30F5\u30F6]/u;

const isCjkLetter = memoTest(RE_CJK_LETTER);

function isCjkLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x2e80) return false;
  return isCjkLetter(c >= 0xd800 && c <= 0xdbff ? (s.codePointAt(i) ?? c) : c);
}

/** Han/kana runs of `s` as flat [start, end) pairs. */
export function cjkRuns(s: string): number[] {
  const n = s.length;
  const runs: number[] = [];
  let i = 0;
  while (i < n) {
    if (!isCjkLetterAt(s, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isCjkLetterAt(s, j)) j += s.charCodeAt(j) >= 0xd800 && s.charCodeAt(j) <= 0xdbff ? 2 : 1;
    runs.push(i, j);
    i = j;
  }
  return runs;
}

/**
 * Words of a sentence: Han/kana runs by the language's cutter, everything else by Latin rules.
 * The cutter sees the whole sentence once (one call is much cheaper than one per run, and it
 * keeps its context); its pieces are then clipped to the Han/kana runs.
 * Written into `into`.
 */
export function cjkWordsInto(s: string, rules: CjkRules, into: SpanBuffer): void {
  const n = s.length;
  const runs = cjkRuns(s);
  if (runs.length === 0) {
    latinWordsInto(s, rules.latin, into, 0);
    return;
  }
  const cut = wholeCodePoints(s, rules.words(s));
  let c = 0;
  let prev = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const a = runs[r] as number;
    const b = runs[r + 1] as number;
    if (a > prev) latinWordsInto(s.slice(prev, a), rules.latin, into, prev);
    while (c < cut.length && (cut[c] as SegmentSpan).end <= a) c++;
    for (let k = c; k < cut.length; k++) {
      const p = cut[k] as SegmentSpan;
      if (p.start >= b) break;
      const start = Math.max(p.start, a);
      const end = Math.min(p.end, b);
      if (end > start) into.push(start, end);
    }
    prev = b;
  }
  if (prev < n) latinWordsInto(s.slice(prev), rules.latin, into, prev);
}

/**
 * Joins pieces cut between the two halves of a surrogate pair (tiny-segmenter counts code units).
 * The cutter's spans are fresh objects made for this call, so they are reused, not copied.
 */
function wholeCodePoints(s: string, spans: SegmentSpan[]): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  for (const p of spans) {
    const last = out[out.length - 1];
    if (last && last.end === p.start && splitsSurrogate(s, p.start)) last.end = p.end;
    else out.push(p);
  }
  return out;
}

const compiled = new WeakMap<
  CjkRules,
  { openers: Set<number>; closers: Set<number>; terminators: Set<number> }
>();
function charSets(rules: CjkRules) {
  let sets = compiled.get(rules);
  if (!sets) {
    sets = { openers: new Set(), closers: new Set(), terminators: new Set() };
    for (let k = 0; k + 1 < rules.brackets.length; k += 2) {
      sets.openers.add(rules.brackets.charCodeAt(k));
      sets.closers.add(rules.brackets.charCodeAt(k + 1));
    }
    for (let k = 0; k < rules.terminators.length; k++) sets.terminators.add(rules.terminators.charCodeAt(k));
    compiled.set(rules, sets);
  }
  return sets;
}

const pairs = (rules: CjkRules, open: string, close: string): boolean => {
  const k = rules.brackets.indexOf(open);
  return k >= 0 && k % 2 === 0 && rules.brackets[k + 1] === close;
};

/** Offsets of the opening brackets from `from` on that a matching closing bracket closes later on the line. */
function closedOpeners(s: string, rules: CjkRules, from: number): Set<number> {
  const { openers, closers } = charSets(rules);
  const closed = new Set<number>();
  const stack: number[] = [];
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // kana and Han (U+3016–U+FF07) are never brackets: most characters leave here
    if (c > 0x3015 && c < 0xff08) continue;
    // `“”‘’` open and close with different characters, so a character is tried as a closer first
    if (closers.has(c)) {
      // an unclosed bracket inside a closed pair (`「a（b」`) is skipped; looking a few levels down
      // keeps this linear on adversarial nesting
      const floor = Math.max(0, stack.length - 4);
      let k = stack.length - 1;
      while (k >= floor && !pairs(rules, s[stack[k] as number] ?? '', s[i] ?? '')) k--;
      if (k >= floor) {
        closed.add(stack[k] as number);
        stack.length = k;
        continue;
      }
    }
    if (openers.has(c)) stack.push(i);
  }
  return closed;
}

/** Sentences of one line: terminators outside brackets, with closing brackets kept. */
export function cjkSentences(s: string, rules: CjkRules): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  const n = s.length;
  const maxQuote = rules.maxQuoteLength ?? Number.POSITIVE_INFINITY;
  const { openers, closers, terminators } = charSets(rules);
  // computed at the first opening bracket: most lines have none
  let closed: Set<number> | null = null;
  // bracket depth with the offset where the outermost bracket opened
  let depth = 0;
  let openedAt = 0;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (openers.has(c)) {
      // a bracket never closed on its line would silence every later boundary: it does not count
      closed ??= closedOpeners(s, rules, i);
      if (!closed.has(i)) {
        i++;
        continue;
      }
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

/** A plugin for a language written without spaces, from its rules (the built-in ja and zh). */
export function cjkPlugin(name: string, languages: readonly string[], rules: CjkRules): SegmenterPlugin {
  return bufferedPlugin(
    name,
    languages,
    (text) => cjkSentences(text, rules),
    (text, into) => cjkWordsInto(text, rules, into),
  );
}
