import type { SpelledNumberTable } from '../locales/types';
import { parseArabic } from './numerals';
import { TokenScanner } from './text';

/** A number written (at least partly) in words: "two hundred and six", "dreiundzwanzig", "3 hundred". */
export interface SpelledNumber {
  start: number;
  end: number;
  value: number;
  /** Ends in an ordinal word ("twenty-first", "dritte"): the value is the rank. */
  ordinal?: boolean;
  /** A fraction ("two thirds", "a half"). */
  fraction?: boolean;
}

type PartKind =
  | 'word'
  | 'mult'
  | 'scale'
  | 'conn'
  | 'article'
  | 'neg'
  | 'ordinal'
  | 'denom'
  | 'point'
  | 'over';

interface Part {
  kind: PartKind;
  value: number;
  start: number;
  end: number;
  /** A second reading of the same word ("third": an ordinal, or a denominator after a number). */
  alt?: PartKind;
  altValue?: number;
}

/** The table as look-ups: one entry per lower-case word or glued piece, and the keys of several words. */
interface Lexicon {
  table: SpelledNumberTable;
  single: Map<string, { kind: PartKind; value: number }[]>;
  /** Keys written as several words ("quatre-vingt", "per cent"), by their first word. */
  phrases: Map<string, { pieces: string[]; kind: PartKind; value: number }[]>;
  /** The first three letters (or fewer, for a shorter piece) of every piece: a cheap test before a split. */
  heads: Set<string>;
  /** The lengths pieces have, longest first. */
  lengths: number[];
  /** Pieces for splitting a glued word, longest first. */
  pieces: string[];
  longest: number;
  /** The first two code units of every key and phrase, lower case (0 for a key of one): see mayBeNumber. */
  prefixes: Map<number, Set<number>>;
}

// Digits read as a word part carry no letters: a phrase of digits alone is not a spelled number.
const digitParts = new WeakSet<Part>();

const lexicons = new WeakMap<SpelledNumberTable, Lexicon>();

function lexiconOf(table: SpelledNumberTable): Lexicon {
  const hit = lexicons.get(table);
  if (hit) return hit;
  const single: Lexicon['single'] = new Map();
  const phrases: Lexicon['phrases'] = new Map();
  const add = (key: string, kind: PartKind, value: number) => {
    addKey(key, kind, value);
    // Words are also written without their accents ("cinquieme", "millon", "veintiun").
    const bare = key.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    if (bare !== key) addKey(bare, kind, value);
  };
  const addKey = (key: string, kind: PartKind, value: number) => {
    const pieces = key.toLowerCase().split(/[\s-]+/);
    if (pieces.length > 1) {
      const list = phrases.get(pieces[0] as string) ?? [];
      list.push({ pieces, kind, value });
      phrases.set(pieces[0] as string, list);
      return;
    }
    const list = single.get(pieces[0] as string) ?? [];
    if (!list.some((e) => e.kind === kind)) list.push({ kind, value });
    single.set(pieces[0] as string, list);
  };
  for (const [k, v] of Object.entries(table.words)) add(k, 'word', v);
  for (const [k, v] of Object.entries(table.multipliers)) add(k, 'mult', v);
  for (const [k, v] of Object.entries(table.scales)) add(k, 'scale', v);
  for (const k of table.connectors) add(k, 'conn', 0);
  for (const k of table.articles ?? []) add(k, 'article', 1);
  for (const k of table.negatives ?? []) add(k, 'neg', -1);
  for (const [k, v] of Object.entries(table.ordinals)) add(k, 'ordinal', v);
  for (const [k, v] of Object.entries(table.denominators)) add(k, 'denom', v);
  for (const k of table.decimalWords ?? []) add(k, 'point', 0);
  for (const k of table.fractionWords ?? []) add(k, 'over', 0);
  for (const list of phrases.values()) list.sort((a, b) => b.pieces.length - a.pieces.length);
  const pieces = [...single.keys()].sort((a, b) => b.length - a.length);
  const heads = new Set(pieces.map((p) => p.slice(0, 3)));
  const lengths = [...new Set(pieces.map((p) => p.length))].sort((a, b) => b - a);
  const prefixes = new Map<number, Set<number>>();
  for (const key of [...single.keys(), ...phrases.keys()]) {
    const seconds = prefixes.get(key.charCodeAt(0)) ?? new Set<number>();
    seconds.add(key.length > 1 ? key.charCodeAt(1) : 0);
    prefixes.set(key.charCodeAt(0), seconds);
  }
  const lex = {
    table,
    single,
    phrases,
    heads,
    lengths,
    pieces,
    longest: pieces[0]?.length ?? 0,
    prefixes,
  };
  lexicons.set(table, lex);
  return lex;
}

/**
 * A glued word split into table pieces ("dreiundzwanzig" → drei, und, zwanzig), or undefined.
 * Greedy longest piece first, with one step of backtracking per position: linear in the word.
 */
function splitGlued(lex: Lexicon, word: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < word.length) {
    if (!mayStartPiece(lex, word, i)) return undefined;
    let found: string | undefined;
    for (const len of lex.lengths) {
      if (i + len > word.length) continue;
      const piece = word.slice(i, i + len);
      if (!lex.single.has(piece)) continue;
      // Prefer a piece after which the rest can start another piece (or the word ends).
      if (i + len === word.length || startsPiece(lex, word, i + len)) {
        found = piece;
        break;
      }
    }
    if (!found) return undefined;
    out.push(found);
    i += found.length;
  }
  return out;
}

/** Most words fail here, on their first three letters, before any piece is looked up. */
function mayStartPiece(lex: Lexicon, word: string, at: number): boolean {
  // Pieces shorter than three letters ("en", "e") are their own heads.
  return (
    lex.heads.has(word.slice(at, at + 3)) ||
    lex.heads.has(word.slice(at, at + 2)) ||
    lex.heads.has(word.slice(at, at + 1))
  );
}

function startsPiece(lex: Lexicon, word: string, at: number): boolean {
  if (!mayStartPiece(lex, word, at)) return false;
  for (const len of lex.lengths) {
    if (at + len <= word.length && lex.single.has(word.slice(at, at + len))) return true;
  }
  return false;
}

const WORD_START = /[\p{L}\d]/gu;
const WORD_OR_DIGITS = /\p{L}[\p{L}\p{M}]*|\d+(?:[.,]\d+)*/uy;

const wordScanner = (text: string, at = 0) => new TokenScanner(text, WORD_START, WORD_OR_DIGITS, at);

/** Lower case per code unit, filled on first use: 0 not yet known, -1 when a unit has no one-unit lower case. */
const lowerUnits = new Int32Array(0x10000);

function lowerUnit(c: number): number {
  let known = lowerUnits[c] as number;
  if (known === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    // Σ is ς at the end of a word, and a surrogate is half a letter: only the whole word tells.
    const whole = lower.length !== 1 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff);
    known = whole ? -1 : lower.charCodeAt(0) + 1;
    lowerUnits[c] = known;
  }
  return known - 1;
}

/**
 * Whether the word text[start, end) may be read by the table, from its first two code units: it is
 * digits, or a key or phrase begins with them (or with its first, for a table of glued words). Most
 * words fail here, before their text is copied and lower-cased.
 */
function mayBeNumber(lex: Lexicon, text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start);
  if (c0 >= 0x30 && c0 <= 0x39) return true;
  const l0 = lowerUnit(c0);
  const l1 = end - start > 1 ? lowerUnit(text.charCodeAt(start + 1)) : 0;
  if (l0 < 0 || l1 < 0) return true;
  const seconds = lex.prefixes.get(l0);
  if (!seconds) return false;
  return seconds.has(l1) || (lex.table.glued === true && seconds.has(0));
}

/** The parts of every word of the text, in order; a word the table does not know is a break. */
function partsOf(text: string, lex: Lexicon, decimalComma: boolean): (Part | null)[] {
  const out: (Part | null)[] = [];
  let lastEnd = 0;
  const words = wordScanner(text);
  while (words.next()) {
    const { start, end } = words;
    // Most words are not numbers: a break is written once, and the gap is read only after a part.
    const previous = out[out.length - 1];
    if (previous && !joinable(text, lastEnd, start)) out.push(null);
    if (!mayBeNumber(lex, text, start, end)) {
      lastEnd = end;
      if (previous !== null) out.push(null);
      continue;
    }
    const lower = text.slice(start, end).toLowerCase();
    const phrase = matchPhrase(text, lex, start, end, lower);
    if (phrase) {
      out.push(phrase);
      lastEnd = phrase.end;
      words.at = phrase.end;
      continue;
    }
    lastEnd = end;
    if (/^\d/.test(lower)) {
      const v = parseArabic(lower, decimalComma);
      const part: Part | null = v === undefined ? null : { kind: 'word', value: v, start, end };
      if (part) digitParts.add(part);
      out.push(part);
      // Digits glued to a letter ("10k", "3rd") are read by other rules.
      continue;
    }
    const entries = lex.single.get(lower);
    if (entries) {
      const [e, alt] = entries as [
        { kind: PartKind; value: number },
        { kind: PartKind; value: number } | undefined,
      ];
      const part: Part = { kind: e.kind, value: e.value, start, end };
      if (alt) {
        part.alt = alt.kind;
        part.altValue = alt.value;
      }
      out.push(part);
      continue;
    }
    if (!pushGlued(out, lex, lower, start, end) && previous !== null) out.push(null);
  }
  return out;
}

/**
 * The pieces of a glued number word ("dreiundzwanzig", "스물여섯명이") pushed as parts, then a break
 * if a counter ends it; false if the word is not one.
 */
function pushGlued(out: (Part | null)[], lex: Lexicon, lower: string, start: number, end: number): boolean {
  // Longer words are never numbers, and splitting them costs more than it is worth. A Hangul
  // syllable is a piece of its own, so two make a glued number ("쉰일곱").
  const shortest = /^\p{Script=Hangul}/u.test(lower) ? 1 : 3;
  const whole =
    lex.table.glued && lower.length > shortest && lower.length <= 40 ? splitGlued(lex, lower) : undefined;
  const counted = whole ? undefined : beforeCounter(lex, lower);
  const glued = whole ?? counted?.pieces;
  if (!glued) return false;
  const numberEnd = counted ? start + counted.length : end;
  // A glued number starts and ends with a number piece: "eventi" is not "e" + "venti".
  const ends = [
    lex.single.get(glued[0] as string)?.[0]?.kind,
    lex.single.get(glued[glued.length - 1] as string)?.[0]?.kind,
  ];
  if (ends.includes('conn')) {
    out.push(null);
    return true;
  }
  for (let i = 0; i < glued.length; i++) {
    const e = lex.single.get(glued[i] as string)?.[0];
    if (!e) continue;
    const part = (kind: PartKind): Part => ({ kind, value: e.value, start, end: numberEnd });
    // "zweieinhalb", "dreieinviertel": the article and a denominator after a number add that
    // fraction, as "two and a half" does with its connector.
    const fraction =
      e.kind === 'article' && i > 0 && lex.single.get(glued[i + 1] as string)?.[0]?.kind === 'denom';
    if (fraction) out.push(part('conn'), part('article'));
    // Elsewhere inside a glued word an article is the unit one ("einundzwanzig", "eenentwintig").
    else out.push(part(e.kind === 'article' ? 'word' : e.kind));
  }
  // The counter glued after the number ends it ("스물여섯명이").
  if (counted) out.push(null);
  return true;
}
/**
 * A glued word that is a number followed by a counter and what follows it ("스물여섯명이" → 스물,
 * 여섯 before 명): the number's pieces and its length. Tries each counter at each position of a
 * word of at most 40 letters.
 */
function beforeCounter(lex: Lexicon, word: string): { pieces: string[]; length: number } | undefined {
  const counters = lex.table.counters;
  if (!lex.table.glued || !counters?.length || word.length > 40) return undefined;
  for (let i = word.length - 1; i > 0; i--) {
    if (!counters.some((c) => word.startsWith(c, i))) continue;
    const head = word.slice(0, i);
    const pieces = lex.single.has(head) ? [head] : splitGlued(lex, head);
    if (pieces) return { pieces, length: i };
  }
  return undefined;
}

/** Two words can belong to one number when only spaces and at most one hyphen lie between them. */
function joinable(text: string, from: number, to: number): boolean {
  if (from === 0) return true;
  // Words glued to digits ("billion5") are not one number.
  if (to - from < 1 || to - from > 4) return false;
  // Read code by code, not sliced: it runs between every two words of a text in English, where "a" is a number word.
  let hyphen = false;
  let newline = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d && !hyphen) {
      hyphen = true;
      // A blank line is a newline, then only white space, then another.
      newline = false;
    } else if (!isSpace(c)) return false;
    else if (c === 0x0a) {
      if (newline) return false;
      newline = true;
    }
  }
  return true;
}

/** Per code unit, whether `\s` matches it: 0 not yet known, 1 yes, 2 no. */
const spaceUnits = new Uint8Array(0x10000);

function isSpace(c: number): boolean {
  if (spaceUnits[c] === 0) spaceUnits[c] = /\s/.test(String.fromCharCode(c)) ? 1 : 2;
  return spaceUnits[c] === 1;
}

/** A key of several words starting with the word `lower` at [start, end) ("per cent"), as one part. */
function matchPhrase(
  text: string,
  lex: Lexicon,
  start: number,
  end: number,
  lower: string,
): Part | undefined {
  const candidates = lex.phrases.get(lower);
  if (!candidates) return undefined;
  for (const c of candidates) {
    const ahead = wordScanner(text, end);
    let last = end;
    let ok = true;
    for (let k = 1; k < c.pieces.length; k++) {
      if (
        !ahead.next() ||
        text.slice(ahead.start, ahead.end).toLowerCase() !== c.pieces[k] ||
        !joinable(text, last, ahead.start)
      ) {
        ok = false;
        break;
      }
      last = ahead.end;
    }
    if (ok) return { kind: c.kind, value: c.value, start, end: last };
  }
  return undefined;
}

/** The largest value that may still be added after a word of value `v` ("twenty" leaves room for 9). */
function roomAfter(v: number, table: SpelledNumberTable): number {
  if (v >= 100 && v % 100 === 0) return 99;
  if (v >= 10 && v % 10 === 0) return table.tensWithTeens?.includes(v) ? 19 : 9;
  return 0;
}

/** A number being read, part by part. */
interface Reading {
  table: SpelledNumberTable;
  /** Completed scale groups, largest scale first ("two million" while reading "two million three"). */
  groups: { scale: number; amount: number }[];
  current: number;
  /** The largest value a next word may add. */
  room: number;
  lastWord: number;
  /** What was added since the last connector, multiplier or scale: the numerator of a fraction after it. */
  sinceBreak: number;
  started: boolean;
  article: boolean;
  afterConnector: boolean;
  /** The last part was digits ("3 hundred"): only a multiplier or a scale may follow. */
  afterDigits: boolean;
}

function newReading(table: SpelledNumberTable): Reading {
  return {
    table,
    groups: [],
    current: 0,
    room: Number.POSITIVE_INFINITY,
    lastWord: 0,
    sinceBreak: 0,
    started: false,
    article: false,
    afterConnector: false,
    afterDigits: false,
  };
}

function readingValue(r: Reading): number {
  let v = r.current;
  for (const g of r.groups) v += g.scale * g.amount;
  return v;
}

/**
 * Every spelled-out number in `text` by the rules of `table`. A number needs at least one word of the
 * table (digits alone are read elsewhere); an article alone ("a", "un") is not a number.
 */
export function findSpelledNumbers(
  text: string,
  table: SpelledNumberTable,
  decimalComma: boolean,
): SpelledNumber[] {
  const lex = lexiconOf(table);
  const parts = partsOf(text, lex, decimalComma);
  const out: SpelledNumber[] = [];
  let i = 0;
  while (i < parts.length) {
    // Digits alone are read elsewhere, unless a decimal or quotient word follows ("1 over 3").
    const found = readAt(parts, i, table) ?? digitsBeforeJoiner(parts, i, table);
    if (found) {
      const joined = joinAfter(parts, found, table);
      out.push(joined.number);
      i = joined.next;
    } else i++;
  }
  return out;
}

type Found = { number: SpelledNumber; next: number };

function digitsBeforeJoiner(parts: (Part | null)[], i: number, table: SpelledNumberTable): Found | undefined {
  const digits = readAt(parts, i, table, true);
  const joiner = digits ? parts[digits.next] : undefined;
  if (!digits || !joiner || (joiner.kind !== 'over' && joiner.kind !== 'point')) return undefined;
  const joined = joinAfter(parts, digits, table);
  return joined === digits ? undefined : joined;
}

/** "two hundred point zero three", "1 over 3", "un sur trois": a decimal or a quotient after a number. */
function joinAfter(parts: (Part | null)[], found: Found, table: SpelledNumberTable): Found {
  const joiner = parts[found.next];
  if (!joiner || found.number.ordinal || found.number.fraction) return found;
  if (joiner.kind === 'point') {
    let i = found.next + 1;
    let zeros = '';
    while (parts[i]?.kind === 'word' && parts[i]?.value === 0 && !digitParts.has(parts[i] as Part)) {
      zeros += '0';
      i++;
    }
    const rest = readAt(parts, i, table, true);
    const digits =
      rest && Number.isInteger(rest.number.value) && rest.number.value >= 0 ? String(rest.number.value) : '';
    if (!digits && !zeros) return found;
    const end = rest ? rest.number.end : (parts[i - 1] as Part).end;
    const value = Number(`${Math.trunc(found.number.value)}.${zeros}${digits}`);
    return { number: { start: found.number.start, end, value }, next: rest ? rest.next : i };
  }
  if (joiner.kind === 'over') {
    const rest = readAt(parts, found.next + 1, table, true);
    if (!rest || rest.number.value === 0 || rest.number.ordinal || rest.number.fraction) return found;
    const value = found.number.value / rest.number.value;
    return {
      number: { start: found.number.start, end: rest.number.end, value, fraction: true },
      next: rest.next,
    };
  }
  return found;
}

function readAt(
  parts: (Part | null)[],
  from: number,
  table: SpelledNumberTable,
  digitsAlone = false,
): Found | undefined {
  const first = parts[from];
  if (!first || first.kind === 'conn' || first.kind === 'point' || first.kind === 'over') return undefined;
  const negative = first.kind === 'neg';
  const r = newReading(table);
  let hasWord = digitsAlone;
  let end = first.start;
  let next = from + 1;
  let closing: SpelledNumber | undefined;
  for (let i = negative ? from + 1 : from; i < parts.length; i++) {
    const p = parts[i];
    if (!p || p.kind === 'neg' || p.kind === 'point' || p.kind === 'over') break;
    const fraction = r.started && r.afterConnector ? fractionAfter(r, p, parts[i + 1]) : undefined;
    if (fraction !== undefined) {
      // "one and a half", "cent et trois quarts", "tres con un quinto": a fraction added to the number.
      closing = { start: first.start, end: (parts[i + 1] as Part).end, value: fraction, fraction: true };
      next = i + 2;
      break;
    }
    if (p.kind === 'article' && r.started && r.afterConnector) {
      // "vingt et un", "trenta e una", "one and a half": after a connector the article is the unit one.
      if (!apply(r, { ...p, kind: 'word', value: 1 })) break;
      r.afterConnector = false;
      end = p.end;
      next = i + 1;
      continue;
    }
    if (p.kind === 'article') {
      if (r.started || r.article) break;
      r.article = true;
      continue;
    }
    if (p.kind === 'conn') {
      if (!r.started || r.afterConnector) break;
      r.afterConnector = true;
      r.sinceBreak = 0;
      continue;
    }
    // "a third", "two thirds", "due terzi" are fractions; "twenty-third", where the rank fits after the
    // number, and "the third" are ordinals.
    const asDenominator = (r.article && !r.started) || (r.started && (p.value >= 100 || !fits(r, p.value)));
    const kind = p.kind === 'ordinal' && p.alt === 'denom' && asDenominator ? 'denom' : p.kind;
    if (closing && kind !== 'ordinal') break;
    if (kind === 'denom') {
      if (!r.started && !r.article) break;
      // "one hundred and three quarters": the denominator takes what came after the last break.
      const numerator = r.sinceBreak || (r.started ? 0 : 1);
      if (numerator === 0 || numerator > 99) break;
      const whole = readingValue(r) - r.sinceBreak;
      closing = {
        start: first.start,
        end: p.end,
        value: whole + numerator / (p.altValue ?? p.value),
        fraction: true,
      };
      next = i + 1;
      break;
    }
    if (kind === 'ordinal') {
      if (!applyOrdinal(r, p.value)) break;
      closing = { start: first.start, end: p.end, value: readingValue(r), ordinal: true };
      next = i + 1;
      // "vigésimo primero": an ordinal ten may take an ordinal unit after it.
      if (p.value >= 20 && p.value < 100 && p.value % 10 === 0) {
        r.started = true;
        r.room = 9;
        continue;
      }
      break;
    }
    const digits = digitParts.has(p);
    // Digits start a number or follow a multiplier or scale ("3 hundred and 21"), never a word or digits.
    if (digits && r.started && (r.afterDigits || r.lastWord < 100)) break;
    if (r.afterDigits && p.kind === 'word') break;
    if (!apply(r, p)) break;
    if (!digits) hasWord = true;
    r.afterDigits = digits;
    r.started = true;
    r.afterConnector = false;
    end = p.end;
    next = i + 1;
  }
  if (closing) {
    if (negative) closing.value = -closing.value;
    return { number: closing, next };
  }
  if (!r.started || (!hasWord && !negative)) return undefined;
  const value = readingValue(r);
  return { number: { start: first.start, end, value: negative ? -value : value }, next };
}

/** The number plus a small fraction written after a connector ("and a half"), if `p` and `next` are one. */
function fractionAfter(r: Reading, p: Part, next: Part | null | undefined): number | undefined {
  if (!next || (p.kind !== 'article' && (p.kind !== 'word' || p.value > 99 || p.value === 0)))
    return undefined;
  const den = next.kind === 'denom' ? next.value : next.alt === 'denom' ? next.altValue : undefined;
  if (!den) return undefined;
  return readingValue(r) + (p.kind === 'article' ? 1 : p.value) / den;
}

function fits(r: Reading, v: number): boolean {
  if (!r.started) return !r.article;
  if (v > 0 && v <= r.room) return true;
  // "fünfundzwanzig", "vijfentwintig": a unit, the connector, then its ten.
  return (
    r.afterConnector &&
    r.table.unitBeforeTen === true &&
    r.lastWord > 0 &&
    r.lastWord < 10 &&
    v >= 20 &&
    v < 100 &&
    v % 10 === 0 &&
    r.current % 100 === r.lastWord
  );
}

function apply(r: Reading, p: Part): boolean {
  if (p.kind === 'word') {
    if (!fits(r, p.value)) return false;
    const unitThenTen = r.started && p.value > r.room;
    r.current += p.value;
    r.sinceBreak += p.value;
    r.room = unitThenTen ? 0 : roomAfter(p.value, r.table);
    r.lastWord = p.value;
    return true;
  }
  if (p.kind === 'mult') {
    if (r.afterConnector || (r.started && r.sinceBreak === 0)) return false;
    // "nineteen hundred", "322 hundred", "fifteen dozen"; not "two hundred hundred". It multiplies what
    // came since the last break: "three hundred and two dozen" is 300 + 24.
    if (p.value >= 100 && r.sinceBreak >= p.value && !r.afterDigits) return false;
    r.current += (r.sinceBreak || 1) - r.sinceBreak + (r.sinceBreak || 1) * (p.value - 1);
    r.room = p.value >= 100 ? 99 : 0;
    r.lastWord = p.value;
    r.sinceBreak = 0;
    return true;
  }
  if (p.kind === 'scale') return applyScale(r, p.value);
  return false;
}

/**
 * A scale closes a group: "two million three hundred thousand". A larger scale after a smaller one
 * takes the groups below it ("cinco mil millones" is 5 × 10^9, "tres mil doscientos millones" 3.2 × 10^9).
 */
function applyScale(r: Reading, scale: number): boolean {
  if (r.afterConnector) return false;
  const top = r.groups[r.groups.length - 1];
  if (top && top.scale === scale) return false;
  const takesGroups = top !== undefined && scale > top.scale;
  // A scale alone is a number only for a thousand ("mil", "mille", "tausend"): "million" alone is a noun.
  if (r.current === 0 && !takesGroups && !r.article && !(scale === 1000 && !r.started)) return false;
  let amount = r.current || 1;
  if (takesGroups) {
    let below = 0;
    while (r.groups.length && (r.groups[r.groups.length - 1] as { scale: number }).scale < scale) {
      const g = r.groups.pop() as { scale: number; amount: number };
      below += g.scale * g.amount;
    }
    const under = r.groups[r.groups.length - 1];
    if (under && under.scale === scale) return false;
    amount = below + r.current;
  }
  r.groups.push({ scale, amount });
  r.current = 0;
  r.room = Math.min(999, scale - 1);
  r.lastWord = scale;
  r.sinceBreak = 0;
  return true;
}

/** "twenty-first", "hundredth", "dreiundzwanzigste": the ordinal word closes the number. */
function applyOrdinal(r: Reading, v: number): boolean {
  if (v >= 1000) {
    const wasArticle = r.article;
    r.article = r.article || !r.started;
    const ok = applyScale(r, v);
    r.article = wasArticle;
    return ok;
  }
  if (v === 100) return apply(r, { kind: 'mult', value: v, start: 0, end: 0 });
  if (r.article && !r.started) return false;
  if (!fits(r, v)) return false;
  r.current += v;
  return true;
}
