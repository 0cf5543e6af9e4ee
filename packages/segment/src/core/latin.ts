import { SegmentError } from '../errors';
import type { SegmenterPlugin, SegmentSpan } from '../types';
import { memoTest } from './chars';
import { bufferedPlugin, type SpanBuffer } from './span-buffer';
import { isWhite } from './validate';

/**
 * What one Latin-script language knows; the engine below knows no language. Word lists are
 * lower case, abbreviations without their final period (`z`, `usw`, `e.g`).
 */
export interface LatinRules {
  /** Abbreviations that precede what they qualify (titles, `z. B.`): never end a sentence. */
  prepositive: readonly string[];
  /** Other abbreviations (`etc`, `Inc`): end a sentence only before a typical sentence opener. */
  abbreviations: readonly string[];
  /** Capitalised words that usually open a sentence (pronouns, articles): used after abbreviations. */
  sentenceStarters: readonly string[];
  /** Month names and nouns that follow an ordinal number written `5.` (German style). */
  ordinalFollowers?: readonly string[];
  /** Digits followed by a period are ordinals (`am 5. Januar`) when this is true. */
  ordinalDates?: boolean;
  /** Elision (`l'`, `dell'`, `qu'`) ends a token after the apostrophe. */
  elision?: boolean;
  /** Words with an inner apostrophe that stay whole in an elision language (`aujourd'hui`). */
  elisionExceptions?: readonly string[];
  /** Hyphenated words stay one token (`peut-être`); otherwise split, except after `hyphenPrefixes`. */
  joinHyphens?: boolean;
  /** Prefixes that keep a hyphenated word whole even when hyphens split (`e-mail`, `non-profit`). */
  hyphenPrefixes?: readonly string[];
  /** A colon before a capitalised word ends a sentence (a treebank convention, e.g. Italian ISDT). */
  colonEndsSentence?: boolean;
  /** A sentence may start in lower case after `.`, `?` or `!` (informal text). */
  lowercaseStarts?: boolean;
  /** A spaced dash after `.`/`?` continues the sentence (interview turns, timelines in Spanish AnCora). */
  dashContinues?: boolean;
  /** A number and the letters after it are two tokens (`5|cm`, `F|1` stays `F1`): Japanese UD style. */
  splitNumberLetters?: boolean;
  /** A semicolon before a capitalised word ends a sentence (French GSD: `… à cette époque ; Les …`). */
  semicolonEndsSentence?: boolean;
  /** Capitalised words that continue a sentence after an ellipsis (English `I`). */
  continuesAfterEllipsis?: readonly string[];
  /** A quotation opened and closed on one line is one sentence with the text around it. */
  quotations?: boolean;
  /** With `colonEndsSentence`: only after a clause of at least this many words (`Ihr Argument: Wenn …` runs on). */
  colonMinWords?: number;
  /**
   * Capitalised words that open a sentence even with no punctuation before them (`We`, `Thanks`,
   * German `Ich`): a break falls before them after a lower-case word that may end a sentence.
   */
  unpunctuatedStarters?: readonly string[];
  /** Lower-case words that never end a sentence (articles, prepositions, conjunctions). */
  neverFinal?: readonly string[];
  /** Nouns are capitalised (German): a capital after an unpunctuated starter says nothing. */
  capitalisedNouns?: boolean;
  /** Words that open a salutation (`dear`, `hi`): `Dear Ann, Thank you…` ends after the comma. */
  salutations?: readonly string[];
  /** Sign-offs (`thanks`, `best regards`): `Best regards, Ann` ends after the comma. */
  signOffs?: readonly string[];
  /**
   * Abbreviations that usually end their sentence before a capital (`a.m`, `B.C`, `Ph.D`): the
   * share of their uses that end a sentence is high, unlike `Mr` or `Jan`.
   */
  sentenceFinal?: readonly string[];
  /** Prepositions that open a fronted adverbial: `At 5 a.m. Mr. Smith left.` runs on past `a.m.`. */
  frontedPrepositions?: readonly string[];
}

interface Compiled {
  prepositive: Set<string>;
  abbreviations: Set<string>;
  starters: Set<string>;
  ordinalFollowers: Set<string>;
  ordinalDates: boolean;
  elision: boolean;
  elisionExceptions: Set<string>;
  joinHyphens: boolean;
  hyphenPrefixes: Set<string>;
  colon: boolean;
  lowercaseStarts: boolean;
  dashContinues: boolean;
  splitNumberLetters: boolean;
  colonMinWords: number;
  semicolon: boolean;
  quotations: boolean;
  continuesAfterEllipsis: Set<string>;
  unpunctuatedStarters: Set<string>;
  starterInitials: Set<number>;
  neverFinal: Set<string>;
  capitalisedNouns: boolean;
  salutations: Set<string>;
  signOffs: Set<string>;
  signOffInitials: Set<string>;
  sentenceFinal: Set<string>;
  fronted: Set<string>;
}

const lower = (xs: readonly string[] | undefined): Set<string> =>
  new Set((xs ?? []).map((x) => x.toLowerCase()));

function compile(r: LatinRules): Compiled {
  return {
    prepositive: lower(r.prepositive),
    abbreviations: lower(r.abbreviations),
    starters: lower(r.sentenceStarters),
    ordinalFollowers: lower(r.ordinalFollowers),
    ordinalDates: r.ordinalDates ?? false,
    elision: r.elision ?? false,
    elisionExceptions: lower(r.elisionExceptions),
    joinHyphens: r.joinHyphens ?? false,
    hyphenPrefixes: lower(r.hyphenPrefixes),
    colon: r.colonEndsSentence ?? false,
    lowercaseStarts: r.lowercaseStarts ?? false,
    dashContinues: r.dashContinues ?? false,
    splitNumberLetters: r.splitNumberLetters ?? false,
    colonMinWords: r.colonMinWords ?? 0,
    semicolon: r.semicolonEndsSentence ?? false,
    quotations: r.quotations ?? false,
    continuesAfterEllipsis: new Set(r.continuesAfterEllipsis ?? []),
    // kept as written: `Die` opens a sentence, `die` does not
    unpunctuatedStarters: new Set(r.unpunctuatedStarters ?? []),
    starterInitials: new Set((r.unpunctuatedStarters ?? []).map((w) => w.charCodeAt(0))),
    neverFinal: lower(r.neverFinal),
    capitalisedNouns: r.capitalisedNouns ?? false,
    salutations: lower(r.salutations),
    signOffs: lower(r.signOffs),
    signOffInitials: new Set((r.signOffs ?? []).map((x) => x.toLowerCase().split(' ')[0] ?? '')),
    sentenceFinal: lower(r.sentenceFinal),
    fronted: lower(r.frontedPrepositions),
  };
}

// ---- character classes (ASCII fast paths, Unicode properties otherwise) ----

const RE_LETTER = /[\p{L}\p{M}]/u;
const RE_UPPER = /\p{Lu}|\p{Lt}/u;
const RE_LOWER = /\p{Ll}/u;
const RE_ALNUM = /[\p{L}\p{M}\p{N}]/u;

function isAlnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (Number.isNaN(c)) return false;
  return RE_ALNUM.test(String.fromCodePoint(s.codePointAt(i) ?? c));
}
function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (Number.isNaN(c)) return false;
  return RE_UPPER.test(String.fromCodePoint(s.codePointAt(i) ?? c));
}
function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (Number.isNaN(c)) return false;
  return RE_LOWER.test(String.fromCodePoint(s.codePointAt(i) ?? c));
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;
const isDash = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014;

/** Closing quotes and brackets that stay with the sentence they end. */
const CLOSERS = new Set('"\'”’»›)]}」』“‘«'.split('').map((c) => c.charCodeAt(0)));
/** Opening quotes, brackets and inverted marks that may precede the first letter of a sentence. */
const OPENERS = new Set('"\'“‘„‚«‹([{¿¡「『—–-*•·⁃▪◦‣●'.split('').map((c) => c.charCodeAt(0)));
/** Bullets: one in the middle of a line starts a list item, hence a sentence. */
const BULLETS = new Set('•⁃▪◦‣●'.split('').map((c) => c.charCodeAt(0)));

// ---- words ------------------------------------------------------------------

const RE_URL = /(?:[a-z][a-z0-9+.-]{1,15}:\/\/|www\.)[^\s<>"“”«»]+/iy;
const RE_EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const RE_HANDLE = /[@#][\p{L}\p{N}_]+/uy;
const RE_MODEL = /\p{Lu}[\p{L}]*-\d+(?:\.\d+)?\p{Ll}{0,3}(?![\p{L}\p{N}])/uy;
const RE_NUMBER = /\d+(?:[.,:/]\d+)*/y;
const RE_WORD = /[\p{L}\p{M}\p{N}_]+/uy;
const RE_MARKS = /[\p{M}\u{FE0F}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]+/uy;
const RE_PUNCT_CHAR = /^[\p{P}]$/u;

/** Punctuation that ends a sentence or clause after a URL rather than belonging to it. */
const URL_TRAIL = new Set(".,;:!?)]}'’".split('').map((c) => c.charCodeAt(0)));
const isLetterCp = memoTest(/\p{L}/u);
const isLetterOrNumberCp = memoTest(/[\p{L}\p{N}]/u);
const isEmailLocalCp = memoTest(/[\p{L}\p{N}._%+-]/u);

function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? (s.codePointAt(i) ?? c) : c;
}

/**
 * Dotted abbreviations (`U.S.`, `z.B.`, `e.g.`): what `/(?:\p{L}{1,3}\.){2,}(?![\p{L}\p{N}])/uy`
 * matches at `i`, found without backtracking. Returns the end of the match, or `-(chainEnd + 1)`
 * when there is none, where `chainEnd` ends the run of `x.` groups from `i`: no attempt inside
 * that run can match either (same groups, same character after them), so callers skip it.
 */
function dottedAt(s: string, i: number): number {
  const n = s.length;
  let groups = 0;
  let e = i;
  for (;;) {
    let j = e;
    let letters = 0;
    while (j < n && letters < 4) {
      const cp = codePointAt(s, j);
      if (!isLetterCp(cp)) break;
      letters++;
      j += cp > 0xffff ? 2 : 1;
    }
    if (letters === 0 || letters > 3 || s.charCodeAt(j) !== 0x2e) break;
    groups++;
    e = j + 1;
  }
  return groups >= 2 && (e >= n || !isLetterOrNumberCp(codePointAt(s, e))) ? e : -(e + 1);
}

/** End of the run of e-mail local-part characters from `i`. */
function emailLocalEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const cp = codePointAt(s, j);
    if (!isEmailLocalCp(cp)) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

function match(re: RegExp, s: string, i: number): number {
  re.lastIndex = i;
  return re.test(s) ? re.lastIndex : -1;
}

/** End of the whitespace-free chunk containing `i`, with whether it holds `@`. */
class Chunk {
  end = -1;
  hasAt = false;
  at(s: string, i: number): void {
    if (i < this.end) return;
    let j = i;
    let at = false;
    while (j < s.length && !isWhite(s.charCodeAt(j))) {
      if (s.charCodeAt(j) === 0x40) at = true;
      j++;
    }
    this.end = j;
    this.hasAt = at;
  }
}
const CHUNK = new Chunk();

/** One symbol or punctuation "character": a code point with its marks, joiners and flag pairs. */
function symbolEnd(s: string, i: number): number {
  const cp = s.codePointAt(i) ?? 0;
  let j = i + (cp > 0xffff ? 2 : 1);
  // regional-indicator pair (a flag)
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
    const next = s.codePointAt(j) ?? 0;
    if (next >= 0x1f1e6 && next <= 0x1f1ff) j += 2;
  }
  for (;;) {
    const m = match(RE_MARKS, s, j);
    if (m > j) j = m;
    if (s.charCodeAt(j) === 0x200d && j + 1 < s.length) {
      const next = s.codePointAt(j + 1) ?? 0;
      j += 1 + (next > 0xffff ? 2 : 1);
      continue;
    }
    if (s.charCodeAt(j) === 0x20e3) {
      j++;
      continue;
    }
    return j;
  }
}

/** Words of `s` into `into`, each shifted by `offset` (where `s` starts in the caller's text). */
function wordTokens(s: string, r: Compiled, into: SpanBuffer, offset = 0): void {
  // One chunk state for every call and no closure to push with: this runs once per sentence, and on
  // a text of short lines (a Markdown table) the two were ~180 bytes of garbage per line.
  const chunk = CHUNK;
  chunk.end = -1;
  const n = s.length;
  let i = 0;
  // Offsets before which an e-mail address or a dotted abbreviation is known not to start: a
  // failed attempt rules out the rest of its run, which keeps the scan linear (`a-a-a-…-a@`).
  let noEmailBefore = 0;
  let noDottedBefore = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWhite(c)) {
      i++;
      continue;
    }
    chunk.at(s, i);
    const alnum = isAlnumAt(s, i);
    if (alnum) {
      // URLs, e-mail addresses and model names first: each is one token.
      if ((c | 0x20) === 0x68 || (c | 0x20) === 0x77 || (c | 0x20) === 0x66) {
        const e = match(RE_URL, s, i);
        if (e > 0) {
          let end = e;
          while (end > i && URL_TRAIL.has(s.charCodeAt(end - 1))) end--;
          // keep a closing bracket that an opening one inside the URL balances
          if (end < e && s.charCodeAt(end) === 0x29 && s.slice(i, e).includes('(')) end++;
          into.push(i + offset, end + offset, 'word');
          i = end;
          continue;
        }
      }
      if (chunk.hasAt && i >= noEmailBefore) {
        const e = match(RE_EMAIL, s, i);
        if (e > 0) {
          into.push(i + offset, e + offset, 'word');
          i = e;
          continue;
        }
        noEmailBefore = emailLocalEnd(s, i);
      }
      if (isUpperAt(s, i)) {
        const e = match(RE_MODEL, s, i);
        if (e > 0) {
          into.push(i + offset, e + offset, 'word');
          i = e;
          continue;
        }
      }
      if (isDigit(c)) {
        let e = match(RE_NUMBER, s, i);
        // marks (a keycap `1️⃣`) always stay; letters after a number only when the language joins them
        const w = r.splitNumberLetters && !/\p{M}/u.test(s[e] ?? '') ? -1 : match(RE_WORD, s, e);
        if (w > e) {
          into.push(i + offset, w + offset, 'word');
          i = w;
          continue;
        }
        if (
          r.ordinalDates &&
          s.charCodeAt(e) === 0x2e &&
          e - i <= 3 &&
          /^\d+$/.test(s.slice(i, e)) &&
          isWhite(s.charCodeAt(e + 1)) &&
          e + 2 < n
        ) {
          e++;
        }
        into.push(i + offset, e + offset, 'number');
        i = e;
        continue;
      }
      if (i >= noDottedBefore) {
        const dotted = dottedAt(s, i);
        if (dotted > 0) {
          into.push(i + offset, dotted + offset, 'word');
          i = dotted;
          continue;
        }
        noDottedBefore = -dotted - 1;
      }
      let e = match(RE_WORD, s, i);
      if (e < 0) e = symbolEnd(s, i);
      let first = true;
      for (;;) {
        const d = s.charCodeAt(e);
        if (isApostrophe(d) && isAlnumAt(s, e + 1)) {
          if (r.elision) {
            const after = match(RE_WORD, s, e + 1);
            const whole = s.slice(i, after).toLowerCase().replace(/’/g, "'");
            if (!r.elisionExceptions.has(whole)) {
              e++;
              break;
            }
            e = after;
            continue;
          }
          e = match(RE_WORD, s, e + 1);
          first = false;
          continue;
        }
        if (isHyphen(d) && isAlnumAt(s, e + 1)) {
          if (r.joinHyphens || (first && r.hyphenPrefixes.has(s.slice(i, e).toLowerCase()))) {
            e = match(RE_WORD, s, e + 1);
            first = false;
            continue;
          }
          break;
        }
        if (d === 0x2e && first) {
          const w = s.slice(i, e);
          const lw = w.toLowerCase();
          if (
            r.prepositive.has(lw) ||
            r.abbreviations.has(lw) ||
            (w.length === 1 && RE_LETTER.test(w) && !isAlnumAt(s, e + 1))
          ) {
            e++;
          }
        }
        break;
      }
      into.push(i + offset, e + offset);
      i = e;
      continue;
    }
    if ((c === 0x40 || c === 0x23) && isAlnumAt(s, i + 1)) {
      if (c === 0x40 || !(i > 0 && isAlnumAt(s, i - 1))) {
        const e = match(RE_HANDLE, s, i);
        if (e > 0) {
          into.push(i + offset, e + offset, 'word');
          i = e;
          continue;
        }
      }
    }
    // Punctuation: a run of the same mark is one token (`...`, `--`, `!!!`, ``` `` ```), `?!` too.
    if (c < 0x80 || c === 0x2026) {
      let e = i + 1;
      if (c === 0x21 || c === 0x3f) {
        while (e < n && (s.charCodeAt(e) === 0x21 || s.charCodeAt(e) === 0x3f)) e++;
      } else {
        while (e < n && s.charCodeAt(e) === c) e++;
      }
      into.push(i + offset, e + offset);
      i = e;
      continue;
    }
    const e = symbolEnd(s, i);
    into.push(i + offset, e + offset, RE_PUNCT_CHAR.test(s.slice(i, i + 1)) ? 'punctuation' : undefined);
    i = e;
  }
}

// ---- sentences ----------------------------------------------------------------

const isTerminator = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || c === 0x2047 || c === 0x2049;

/** The word (letters, digits, inner dots and hyphens) that ends right before offset `end`. */
function wordBefore(s: string, end: number): string {
  let a = end;
  while (a > 0) {
    const c = s.charCodeAt(a - 1);
    if (c === 0x2e || isHyphen(c) || isApostrophe(c) || isAlnumAt(s, a - 1)) a--;
    else if (c >= 0xdc00 && c <= 0xdfff && a >= 2 && isAlnumAt(s, a - 2)) a -= 2;
    else break;
  }
  return s.slice(a, end);
}

function wordAfter(s: string, start: number): string {
  let b = start;
  while (b < s.length && isAlnumAt(s, b)) b++;
  return s.slice(start, b);
}

/**
 * Characters the sentence scan stops at: terminators, colons, and spaces or commas not before a
 * lower-case letter (ASCII, Latin-1 or Cyrillic: the common ones, so most spaces are skipped).
 */
const RE_EVENT = /[.!?\u2026\u203c\u2047\u2049:;]|[ ,](?![a-zß-öø-ÿа-яё])/g;
const RE_EVENT_IN_LIST = /[.!?\u2026\u203c\u2047\u2049:; ,]/g;
/** The same, with the quotation marks of `QUOTE_PAIRS`, for languages that hold quotations together. */
const RE_EVENT_QUOTES = /[.!?\u2026\u203c\u2047\u2049:;"«»“„”]|[ ,](?![a-zß-öø-ÿа-яё])/g;
const RE_EVENT_QUOTES_IN_LIST = /[.!?\u2026\u203c\u2047\u2049:; ,"«»“„”]/g;

function sentenceSpans(s: string, r: Compiled): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  const n = s.length;
  let start = 0;
  let i = 0;
  let list = listMarkerAt(s, 0);
  // one scan state for every call (reset here): a line is one call, and a new one each was garbage
  const caps = CAPS;
  caps.reset();
  // the closing mark of the quotation the scan is in (-1: none); quotation marks are events only
  // for languages that hold quotations together
  const closers = r.quotations ? new CloserSearch(s) : null;
  let quotedUntil = -1;
  while (i < n) {
    // jump natively to the next character that can matter (most text is letters and spaces
    // before lower-case words); inside a list a lower-case marker (`b)`) matters too
    const events =
      closers === null
        ? list === null
          ? RE_EVENT
          : RE_EVENT_IN_LIST
        : list === null
          ? RE_EVENT_QUOTES
          : RE_EVENT_QUOTES_IN_LIST;
    events.lastIndex = i;
    if (!events.test(s)) break;
    i = events.lastIndex - 1;
    const c = s.charCodeAt(i);
    if ((c === 0x3a && r.colon) || (c === 0x3b && (r.colon || r.semicolon))) {
      const k = i + 1;
      if (k < n && isWhite(s.charCodeAt(k))) {
        let m = k;
        while (m < n && isWhite(s.charCodeAt(m))) m++;
        const q = m;
        while (m < n && OPENERS.has(s.charCodeAt(m))) m++;
        // not before a file name, address or handle (`See attached file: Stocks.pdf`)
        let w = m;
        let technical = false;
        while (w < n && !isWhite(s.charCodeAt(w))) {
          const x = s.charCodeAt(w);
          if ((x === 0x2e && isAlnumAt(s, w + 1)) || x === 0x40 || x === 0x2f || x === 0x5f) technical = true;
          w++;
        }
        // with a clause length set, a quotation after the colon stays in its sentence (`leise: „Und …“`)
        const quote = r.colonMinWords > 0 && m > q;
        if (m < n && isUpperAt(s, m) && !technical && !quote && hasWords(s, start, i, r.colonMinWords)) {
          out.push({ start, end: k });
          start = q;
          list = listMarkerAt(s, start);
        }
      }
      i = k;
      continue;
    }
    if (c === 0x20 || c === 0x2c) {
      // layout without punctuation: headings, salutations, sign-offs, list items, run-in sentences
      const at = c === 0x20 ? i : i + 1;
      const k = at + 1;
      if (i > start && k < n && (c === 0x20 || s.charCodeAt(at) === 0x20)) {
        const item = c === 0x20 && startsListItem(s, k, list);
        const cut =
          item ||
          (c === 0x2c
            ? isUpperAt(s, k) && salutationEnds(s, r, start, i)
            : isUpperAt(s, k) && unpunctuatedBreak(s, r, start, i, k, caps));
        if (cut) {
          out.push({ start, end: c === 0x20 ? i : i + 1 });
          start = k;
          list = listMarkerAt(s, start, item);
          i = k;
          continue;
        }
      }
      i++;
      continue;
    }
    if (!isTerminator(c)) {
      if (closers !== null && i >= quotedUntil) quotedUntil = quotationEnd(s, i, closers);
      i++;
      continue;
    }
    const t0 = i;
    let dots = 0;
    let marks = 0;
    while (i < n && isTerminator(s.charCodeAt(i))) {
      const d = s.charCodeAt(i);
      if (d === 0x2e) dots++;
      else if (d === 0x2026) dots += 3;
      else marks++;
      i++;
      // a spaced ellipsis `. . .`, spaced marks `! ! !`, `? ...` are one terminator
      if (s.charCodeAt(i) === 0x20 && isTerminator(s.charCodeAt(i + 1))) {
        const e = s.charCodeAt(i + 1);
        if (
          d === 0x2e ? e === 0x2e && (dots > 1 || s.charCodeAt(i + 2) === 0x20) : d !== 0x2026 && e !== 0x2e
        )
          i++;
        else if (d !== 0x2e && e === 0x2e && (s.charCodeAt(i + 2) === 0x2e || s.charCodeAt(i + 3) === 0x2e))
          i++;
      }
    }
    // closing quotes and brackets belong to the sentence they end (French: `! »`)
    let end = i;
    for (;;) {
      if (end < n && CLOSERS.has(s.charCodeAt(end))) end++;
      else if (s.charCodeAt(end) === 0x5b && isDigit(s.charCodeAt(end + 1))) {
        // citation marks stay with the sentence they close: `martyr.[1]`, `gas. [1][2]`
        let k = end + 1;
        while (isDigit(s.charCodeAt(k))) k++;
        if (s.charCodeAt(k) !== 0x5d) break;
        end = k + 1;
      } else if (
        s.charCodeAt(end) === 0x20 &&
        s.charCodeAt(end + 1) === 0x5b &&
        isDigit(s.charCodeAt(end + 2))
      ) {
        let k = end + 2;
        while (isDigit(s.charCodeAt(k))) k++;
        if (s.charCodeAt(k) !== 0x5d) break;
        end = k + 1;
      } else if (
        end + 1 < n &&
        isWhite(s.charCodeAt(end)) &&
        s.charCodeAt(end + 1) === 0xbb &&
        !isAlnumAt(s, end + 2)
      )
        // French `fini. »`; a German `»` before a word opens the next quotation instead
        end += 2;
      else break;
    }
    const quoted = end > i;
    i = end;
    if (end < n && !isWhite(s.charCodeAt(end))) {
      // `world.Today is`: a sentence glued to the next one
      if (!quoted && end === t0 + 1 && gluedSentence(s, t0)) {
        out.push({ start, end });
        start = end;
        list = listMarkerAt(s, start);
      }
      continue;
    }
    if (end >= n) continue;
    let k = end;
    while (k < n && isWhite(s.charCodeAt(k))) k++;
    if (k >= n) break;
    let m = k;
    while (m < n && OPENERS.has(s.charCodeAt(m))) m++;
    // inside a quotation that closes later on the line (`«Куда? – спросила она. – Уже?»`)
    if (end < quotedUntil) continue;
    if (breaksAt(s, r, start, t0, dots, marks, quoted, k, m)) {
      out.push({ start, end });
      start = k;
      list = listMarkerAt(s, start);
    }
  }
  if (start < n) out.push({ start, end: n });
  return out;
}

/** Whether the terminator run at `t0` (followed by whitespace, then `next`/`letter`) ends a sentence. */
function breaksAt(
  s: string,
  r: Compiled,
  sentenceStart: number,
  t0: number,
  dots: number,
  marks: number,
  quoted: boolean,
  next: number,
  letter: number,
): boolean {
  const nc = s.charCodeAt(next);
  // `etc.,` `Dr.;` and friends never end a sentence
  if (nc === 0x2c || nc === 0x3b || nc === 0x3a || nc === 0x29) return false;
  // A dash that opens a dialogue turn (`- ¿Y usted?`, `- - Sí.`) starts a sentence; after a short
  // dateline (`6 de julio. - Barak …`) or before an empty turn (`? - -.`) it runs on.
  if (r.dashContinues && isDash(nc) && isWhite(s.charCodeAt(next + 1))) {
    if (t0 - sentenceStart < 30) return false;
    let k = next;
    while (k < s.length && (isDash(s.charCodeAt(k)) || isWhite(s.charCodeAt(k)))) k++;
    if (k < s.length && !isAlnumAt(s, k) && !OPENERS.has(s.charCodeAt(k))) return false;
  }
  const lowerNext = letter < s.length && isLowerAt(s, letter);
  // `'This is great.' she said`, `(… an engineer.) at the`: a quote or bracket runs on in lower case
  if (lowerNext && quoted) return false;
  if (marks > 0 && dots === 0) return !lowerNext || (r.lowercaseStarts && s.charCodeAt(t0) === 0x3f);
  if (dots >= 2) {
    // `I thought... I would go.`: the pronoun after an ellipsis carries the thought on
    if (r.continuesAfterEllipsis.has(wordAfter(s, letter)) && s.charCodeAt(letter + 1) !== 0x2e) return false;
    return !lowerNext && (letter >= s.length || isUpperAt(s, letter) || !isAlnumAt(s, letter));
  }
  let w = wordBefore(s, t0);
  // `N°. 1026`: the number sign is an abbreviation
  if (w === '') return !/[nN][°º]$/.test(s.slice(Math.max(0, t0 - 2), t0));
  // `120.5°C. Afortunadamente`: a unit, not an initial
  if (w.length === 1 && (s.charCodeAt(t0 - 2) === 0xb0 || s.charCodeAt(t0 - 2) === 0xba)) return true;
  // `dell'art.`: the abbreviation is what follows the elided article
  const apostrophe = Math.max(w.lastIndexOf("'"), w.lastIndexOf('’'));
  if (apostrophe >= 0) w = w.slice(apostrophe + 1);
  const lw = w.toLowerCase();
  // a number opening a sentence is a list or article number: `2. Soziale Bewegungen`, `858. Comprensorio`
  if (/^\d{1,4}$/.test(w) && isSentenceStart(s, sentenceStart, t0 - w.length)) return false;
  // …and so is a letter or a roman numeral: `a. The first item`, `Q. What is his name?`, `iv. Costs`
  if (w.length <= 4 && RE_MARKER_WORD.test(w) && isSentenceStart(s, sentenceStart, t0 - w.length))
    return false;
  if (w.length === 1 && isDigit(nc) && !isDigit(s.charCodeAt(t0 - 1))) return false;
  const final = sentenceFinal(s, r, sentenceStart, t0, w, lw, next, letter);
  if (final !== undefined) return final;
  if (r.prepositive.has(lw)) return false;
  // `Mar. 23 de Nov.`, `Jan. 5`: an abbreviation before a number qualifies it
  if (isDigit(nc) && r.abbreviations.has(lw)) return false;
  if (lowerNext) {
    // informal text starts sentences in lower case; an unknown abbreviation is short or dotted
    return r.lowercaseStarts && w.length >= 4 && !r.abbreviations.has(lw) && !w.includes('.');
  }
  const upperNext = isUpperAt(s, letter);
  const following = upperNext ? wordAfter(s, letter).toLowerCase() : '';
  if (r.abbreviations.has(lw) || /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(w)) {
    return upperNext && (r.starters.has(following) || r.prepositive.has(following));
  }
  // an initial: `J. R. R. Tolkien`
  if (w.length === 1 && isUpperAt(s, t0 - 1))
    return upperNext && r.starters.has(following) && following.length > 1;
  if (r.ordinalDates && /^\d{1,3}$/.test(w)) {
    if (r.ordinalFollowers.has(following)) return false;
  }
  return true;
}

// ---- quotations ------------------------------------------------------------------

/** Opening quotation marks and the marks that close them (`»…«` is German, `«…»` French and Russian). */
const QUOTE_PAIRS: ReadonlyMap<number, string> = new Map([
  [0x201c, '”'],
  [0x201e, '“”'],
  [0xab, '»'],
  [0xbb, '«'],
  [0x22, '"'],
]);

/** A quotation longer than this is more likely an unbalanced mark than one long quote. */
const MAX_QUOTATION = 400;

/**
 * Where each closing mark next occurs: `indexOf` is asked again only once the scan has passed the
 * occurrence it found, so every search over a line together reads it about once per mark (linear,
 * however many quotations open without closing).
 */
class CloserSearch {
  private readonly next = new Map<string, number>();
  constructor(private readonly s: string) {}
  after(mark: string, i: number): number {
    let at = this.next.get(mark);
    if (at === undefined || (at !== -1 && at <= i)) {
      at = this.s.indexOf(mark, i + 1);
      this.next.set(mark, at);
    }
    return at;
  }
}

/**
 * The offset of the mark that closes a quotation opened at `i`, or -1 when `i` opens none: a mark
 * opens only before a non-space and not right after a letter (`5" screen`, a stray `»`), and the
 * quotation must close within MAX_QUOTATION on the line.
 */
function quotationEnd(s: string, i: number, closers: CloserSearch): number {
  const marks = QUOTE_PAIRS.get(s.charCodeAt(i));
  if (marks === undefined || i + 1 >= s.length || isWhite(s.charCodeAt(i + 1))) return -1;
  if (i > 0 && isAlnumAt(s, i - 1)) return -1;
  let end = -1;
  for (const mark of marks) {
    const at = closers.after(mark, i);
    if (at > i && (end < 0 || at < end)) end = at;
  }
  return end > i && end - i <= MAX_QUOTATION ? end : -1;
}

// ---- boundaries that layout marks, not punctuation ------------------------------

/**
 * Whether a sentence's text so far is an all-caps heading (`PRIMERA VICTORIA DEL SEVILLA`):
 * scanned once per sentence, however often it is asked, so the check stays linear.
 */
class CapsScan {
  private start = -1;
  private pos = 0;
  private lower = false;
  private words = 0;
  private letters = 0;
  /** Forget the last sentence: the next `heading` starts a scan, whatever its start. */
  reset(): void {
    this.start = -1;
  }
  heading(s: string, start: number, end: number): boolean {
    if (start !== this.start) {
      this.start = start;
      this.pos = start;
      this.lower = false;
      this.words = 0;
      this.letters = 0;
    }
    for (; this.pos < end && !this.lower; this.pos++) {
      const c = s.charCodeAt(this.pos);
      if (isLowerAt(s, this.pos)) this.lower = true;
      else if (isUpperAt(s, this.pos)) {
        this.letters++;
        if (this.pos === start || isWhite(s.charCodeAt(this.pos - 1))) this.words++;
      } else if (c >= 0xd800 && c <= 0xdbff) this.pos++;
    }
    return !this.lower && this.words >= 3 && this.letters >= 10;
  }
}
const CAPS = new CapsScan();

/** The whitespace-free chunk that ends right before `end` in a letter or digit, lower-cased, or ''. */
function chunkBefore(s: string, start: number, end: number): string {
  if (end === start || !isAlnumAt(s, end - 1)) return '';
  let a = end;
  while (a > start && end - a < 60 && !isWhite(s.charCodeAt(a - 1))) a--;
  return a > start && !isWhite(s.charCodeAt(a - 1)) ? '' : s.slice(a, end).toLowerCase();
}

/** Whether a sentence starts at `k` (after the space at `space`) though no punctuation ends the one before. */
function unpunctuatedBreak(
  s: string,
  r: Compiled,
  start: number,
  space: number,
  k: number,
  caps: CapsScan,
): boolean {
  if (emoticonEndsAt(s, space)) return true;
  const titlecase = isLowerAt(s, k + 1);
  // an all-caps heading run into the first sentence of its article
  if (titlecase && isUpperAt(s, space - 1) && caps.heading(s, start, space)) return true;
  // cheap tests first: German capitalises every noun, so this runs before most of them
  if (!r.starterInitials.has(s.charCodeAt(k)) || !isAlnumAt(s, space - 1)) return false;
  const next = wordAfter(s, k);
  if (!r.unpunctuatedStarters.has(next)) return false;
  const before = chunkBefore(s, start, space);
  if (before.length < 2 || r.neverFinal.has(before)) return false;
  if (!hasWords(s, start, space, 3)) return false;
  // `read The Guardian`, `Great And The Power We Are`: a capital after the starter makes it a
  // title or title-case text, unless nouns are capitalised
  const after = k + next.length;
  return r.capitalisedNouns || !(s.charCodeAt(after) === 0x20 && isUpperAt(s, after + 1));
}

/** `:)`, `;-)`, `:(` right before `end`: in web text a smiley closes its sentence like a full stop. */
function emoticonEndsAt(s: string, end: number): boolean {
  const mouth = s.charCodeAt(end - 1);
  if (mouth !== 0x29 && mouth !== 0x28) return false;
  let eyes = end - 2;
  if (s.charCodeAt(eyes) === 0x2d) eyes--;
  const e = s.charCodeAt(eyes);
  return (
    (e === 0x3a || e === 0x3b) && (eyes === 0 || isWhite(s.charCodeAt(eyes - 1)) || isAlnumAt(s, eyes - 1))
  );
}

/** Whether `s[start, end)` holds at least `min` words (whitespace-separated), counted from the end. */
function hasWords(s: string, start: number, end: number, min: number): boolean {
  if (min <= 1) return true;
  let words = 0;
  let inWord = false;
  for (let j = end - 1; j >= start; j--) {
    const white = isWhite(s.charCodeAt(j));
    if (!white && !inWord && ++words >= min) return true;
    inWord = !white;
  }
  return false;
}

/** Whether the comma at `comma` closes a salutation (`Dear Ann,`) or a sign-off (`Best regards,`). */
function salutationEnds(s: string, r: Compiled, start: number, comma: number): boolean {
  if (r.salutations.size === 0 && r.signOffs.size === 0) return false;
  if (comma - start > 40) return false;
  // the first word decides cheaply whether this can be either
  let e = start;
  while (e < comma && !isWhite(s.charCodeAt(e))) e++;
  const first = s.slice(start, e).toLowerCase();
  if (!r.salutations.has(first) && !r.signOffInitials.has(first)) return false;
  const words = s.slice(start, comma).toLowerCase().split(/\s+/);
  if (words.length <= 4 && r.salutations.has(words[0] ?? '')) return true;
  return r.signOffs.has(words.join(' '));
}

/** A list marker opening a sentence: `1.`, `2)`, `a.)`, `iv.`, `• 9.`, and the marker expected next. */
interface ListMarker {
  next: string;
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const RE_MARKER = /[•⁃▪◦‣●]?\s?(?:(\d{1,3})|([a-z])|([ivx]{1,4})|([A-Z]))(\.\)|\.|\))\s/y;

/**
 * The list marker opening the sentence at `at`. A list of letters starts at `a` (`A`): a sentence
 * opening with `J. Smith and K. Lee …` is no list; inside a list (`continuing`) any letter goes on.
 */
function listMarkerAt(s: string, at: number, continuing = false): ListMarker | null {
  RE_MARKER.lastIndex = at;
  const m = RE_MARKER.exec(s);
  if (!m) return null;
  const bullet = /^[•⁃▪◦‣●]/.test(m[0]) ? m[0].slice(0, m[0].search(/[\da-zA-Z]/)) : '';
  const style = m[5] as string;
  let next: string;
  if (m[1]) next = String(Number(m[1]) + 1);
  else if (m[3] && ROMAN.includes(m[3]) && m[3] !== 'i' && m[3] !== 'v' && m[3] !== 'x')
    next = ROMAN[ROMAN.indexOf(m[3]) + 1] ?? '';
  else {
    const letter = (m[2] ?? m[3] ?? m[4]) as string;
    if (!continuing && letter !== 'a' && letter !== 'A' && letter !== 'i') return null;
    next = String.fromCharCode(letter.charCodeAt(0) + 1);
    // `i.` after `h.` is a letter; alone it is the first roman numeral: expect `j.` or `ii.`
    if (letter === 'i' && style !== '.') next = 'ii';
  }
  return { next: `${bullet}${next}${style}` };
}

/** Whether the next item of the list the sentence opened starts at `k` (`… 2) The second item`). */
function startsListItem(s: string, k: number, list: ListMarker | null): boolean {
  if (BULLETS.has(s.charCodeAt(k))) return true;
  if (!list || !s.startsWith(list.next, k)) return false;
  const after = k + list.next.length;
  return after < s.length && isWhite(s.charCodeAt(after));
}

/** `world.Today`, `1,000.That`: a full stop with no space before a capitalised word. */
function gluedSentence(s: string, dot: number): boolean {
  if (!isUpperAt(s, dot + 1) || !isLowerAt(s, dot + 2)) return false;
  if (s.charCodeAt(dot) !== 0x2e) return false;
  let a = dot;
  while (
    a > 0 &&
    dot - a < 30 &&
    (isLowerAt(s, a - 1) || isDigit(s.charCodeAt(a - 1)) || s.charCodeAt(a - 1) === 0x2c)
  )
    a--;
  if (dot - a < 2 || (a > 0 && !isWhite(s.charCodeAt(a - 1)))) return false;
  let b = dot + 2;
  while (b < s.length && isLowerAt(s, b)) b++;
  return b >= s.length || isWhite(s.charCodeAt(b)) || s.charCodeAt(b) === 0x2e;
}

const RE_MARKER_WORD = /^(?:\p{L}|[ivx]{1,4})$/u;
const RE_DOTTED_CAPS = /^(?:\p{Lu}\.){2,}/u;
// A time-zone abbreviation after `a.m.`/`p.m.`: `CET`, `EST`, `CEST`, `GMT`, `UTC` (not `NASA`).
const RE_ZONE = /^(?:\p{Lu}{1,3}T|UTC)(?![\p{L}\p{N}])/u;

/**
 * Abbreviations that usually end their sentence (`a.m.`, `B.C.`, `Ph.D.`, `3 ft.`) decide here:
 * before a capital they end it, unless the sentence opened with a preposition and the time is
 * the fronted adverbial (`At 5 a.m. Mr. Smith left.`) or a time zone follows (`p.m. P.D.T.`).
 * `undefined` when `lw` is not one of them.
 */
function sentenceFinal(
  s: string,
  r: Compiled,
  sentenceStart: number,
  t0: number,
  w: string,
  lw: string,
  next: number,
  letter: number,
): boolean | undefined {
  if (!r.sentenceFinal.has(lw)) return undefined;
  const dotted = lw.includes('.');
  let b = t0 - w.length;
  while (b > sentenceStart && isWhite(s.charCodeAt(b - 1))) b--;
  const afterNumber = b > sentenceStart && isDigit(s.charCodeAt(b - 1));
  // `ft`, `lb`: units end a sentence only after a number, and chain with the next number (`5 ft. 3 in.`)
  if (!dotted && !afterNumber) return undefined;
  if (isDigit(s.charCodeAt(next))) return dotted;
  // `10 a.m. (CDT)`, `p.m. P.D.T.`: a time zone follows
  if (!isUpperAt(s, letter) || s.charCodeAt(next) === 0x28) return false;
  if (RE_DOTTED_CAPS.test(s.slice(letter, letter + 8)) || RE_ZONE.test(s.slice(letter, letter + 6)))
    return false;
  if (r.fronted.has(wordAfter(s, sentenceStart).toLowerCase()) && !hasWords(s, sentenceStart, t0, 9))
    return false;
  return true;
}

function isSentenceStart(s: string, sentenceStart: number, i: number): boolean {
  let k = i;
  while (k > sentenceStart && (isWhite(s.charCodeAt(k - 1)) || OPENERS.has(s.charCodeAt(k - 1)))) k--;
  return k === sentenceStart;
}

/**
 * A segmenter plugin for a language written with spaces between words (Latin, Cyrillic, Greek,
 * Hangul…) from that language's data on the shared engine: abbreviations, sentence openers and
 * switches. The built-in en, de, fr, es, it, pt, nl, ru and ko plugins are made with it; a
 * contributor passes the result to `createSegmenter({ plugins })`. Throws `E_INVALID_PLUGIN` when
 * the name, languages or rules are not what this documents.
 */
export function createLatinPlugin(
  name: string,
  languages: readonly string[],
  rules: LatinRules,
): SegmenterPlugin {
  checkLatinRules(name, languages, rules);
  const compiled = compile(rules);
  return bufferedPlugin(
    name,
    languages,
    (text) => sentenceSpans(text, compiled),
    (text, into) => wordTokens(text, compiled, into),
  );
}

const WORD_LISTS = [
  'prepositive',
  'abbreviations',
  'sentenceStarters',
  'ordinalFollowers',
  'elisionExceptions',
  'hyphenPrefixes',
  'unpunctuatedStarters',
  'neverFinal',
  'salutations',
  'signOffs',
  'sentenceFinal',
  'frontedPrepositions',
  'continuesAfterEllipsis',
] as const;

function checkLatinRules(name: unknown, languages: unknown, rules: unknown): void {
  const fail = (what: string) => {
    throw new SegmentError('E_INVALID_PLUGIN', `createLatinPlugin: ${what}.`, {
      plugin: typeof name === 'string' ? name : undefined,
    });
  };
  if (typeof name !== 'string' || name === '') fail(`expected a plugin name, not ${JSON.stringify(name)}`);
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every((l) => typeof l === 'string'))
    fail('expected languages as a non-empty array of BCP 47 tags, e.g. ["sv"]');
  if (typeof rules !== 'object' || rules === null) fail('expected rules as an object (see LatinRules)');
  const r = rules as Record<string, unknown>;
  for (const key of WORD_LISTS) {
    const list = r[key];
    const required = key === 'prepositive' || key === 'abbreviations' || key === 'sentenceStarters';
    if (list === undefined && !required) continue;
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string'))
      fail(`rules.${key} must be an array of strings`);
  }
}

/**
 * The Latin word rules alone, for Latin runs inside other scripts (mixed-script text): the words
 * of `text` into `into`, shifted by `offset`.
 */
export function latinWordsInto(text: string, rules: LatinRules, into: SpanBuffer, offset: number): void {
  let c = compiledCache.get(rules);
  if (!c) {
    c = compile(rules);
    compiledCache.set(rules, c);
  }
  wordTokens(text, c, into, offset);
}
const compiledCache = new WeakMap<LatinRules, Compiled>();
