import type { EntityLocale } from '../locales/types';
import type { DateValue } from '../types';
import { type Candidate, spanCandidate } from './candidate';
import { DECIMAL_COMMA_LANGS, parseHanNumeral } from './numerals';
import { findSpelledNumbers } from './spelled-numbers';

interface CenturyRegexes {
  /** A century word after its ordinal: "century", "siècle", "Jahrhundert", "世紀". */
  after: RegExp | undefined;
  /** A century word before its ordinal: "siglo XII", "século XII". */
  before: RegExp | undefined;
  /** The ordinal right before an `after` word: Roman or digits with the locale's suffix, or Han digits. */
  ordinalBefore: RegExp;
  /** An era marker right before or after: "BC", "av. J.-C.", "紀元前" (such centuries are not read). */
  eraAfter: RegExp | undefined;
  eraBefore: RegExp | undefined;
}
const cache = new Map<string, CenturyRegexes>();

const ROMAN = '[IVXLC]{1,6}';
const HAN = '[0-9〇零一二两兩三四五六七八九十]{1,4}';
const NOT_LETTER = '(?![\\p{L}\\p{N}])';

function regexesOf(locale: EntityLocale): CenturyRegexes | undefined {
  const words = locale.centuryWords;
  if (!words) return undefined;
  const hit = cache.get(locale.lang);
  if (hit) return hit;
  const suffix = words.ordinalSuffix ?? locale.spelled?.ordinalDigitSuffix ?? '';
  // Words in letters with cases are whole words; Han and Hangul ones are glued to digits and particles.
  const cased = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(words.after?.[0] ?? words.before?.[0] ?? '');
  const edge = cased ? '(?<!\\p{L})' : '';
  const end = cased ? NOT_LETTER : '';
  const era = words.era ?? [];
  const r: CenturyRegexes = {
    after: words.after?.length ? new RegExp(`${edge}(?:${words.after.join('|')})${end}`, 'giu') : undefined,
    before: words.before?.length
      ? new RegExp(`${edge}(?:${words.before.join('|')})[ \\u00a0]+(${ROMAN}|\\d{1,2})${NOT_LETTER}`, 'giu')
      : undefined,
    ordinalBefore: new RegExp(
      `(?<!${cased ? '[\\p{L}\\p{N}]' : '[0-9〇零一二两兩三四五六七八九十]'})(${cased ? ROMAN : HAN}|\\d{1,2})(?:${suffix || '(?!)'})?[ \\u00a0-]{0,2}$`,
      'u',
    ),
    eraAfter: era.length ? new RegExp(`^[ \\u00a0,]{0,2}(?:${era.join('|')})`, 'iu') : undefined,
    eraBefore: era.length ? new RegExp(`(?:${era.join('|')})[ \\u00a0]{0,2}$`, 'iu') : undefined,
  };
  cache.set(locale.lang, r);
  return r;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A Roman numeral's value, or undefined when it is not written by the subtractive rule. */
export function romanValue(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  // Only the canonical spelling ("XII", not "XIIII" or "IIX") is a numeral.
  return total > 0 && toRoman(total) === s ? total : undefined;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

function ordinalValue(written: string): number | undefined {
  if (/^\d+$/.test(written)) return Number(written);
  if (/^[IVXLC]+$/.test(written)) return romanValue(written);
  return parseHanNumeral(written);
}

/** The spelled ordinal ending right before `end` ("twelfth century", "zwölften Jahrhundert"). */
function spelledOrdinalBefore(
  text: string,
  end: number,
  locale: EntityLocale,
): { start: number; value: number } | undefined {
  if (!locale.spelled) return undefined;
  const from = Math.max(0, end - 48);
  const window = text.slice(from, end);
  const trimmed = window.replace(/[ \u00a0-]{1,2}$/, '');
  if (trimmed.length === window.length) return undefined;
  const found = findSpelledNumbers(trimmed, locale.spelled, DECIMAL_COMMA_LANGS.has(locale.lang));
  const last = found[found.length - 1];
  if (!last?.ordinal || last.end !== trimmed.length) return undefined;
  return { start: from + last.start, value: last.value };
}

/** A century of the common era ("XIIe siècle", 12th century) as a DATE of granularity `century`. */
function centuryCandidate(start: number, end: number, n: number): Candidate | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 30) return undefined;
  // ISO 8601 names a century by its first two digits: the 12th century (1100–1199) is "11".
  const iso = String(n - 1).padStart(2, '0');
  const value: DateValue = { kind: 'date', iso, granularity: 'century' };
  return spanCandidate(start, end, 'DATE', `date:${iso}`, 0.9, 'rules:century', 76, { value });
}

// "20世纪80年代", "19世紀70年代": a decade of the century, its years as a range.
const DECADE_AFTER = /^([1-9]0|[一二三四五六七八九]十)年代/;

function decadeCandidate(text: string, start: number, end: number, n: number): Candidate | undefined {
  const m = DECADE_AFTER.exec(text.slice(end, end + 5));
  const tens = m?.[1] ? (parseHanNumeral(m[1]) ?? Number(m[1])) : undefined;
  if (!m || tens === undefined || n < 1 || n > 30) return undefined;
  const from = (n - 1) * 100 + tens;
  const value: DateValue = {
    kind: 'date',
    iso: `${from}/${from + 9}`,
    granularity: 'year',
    endIso: String(from + 9),
  };
  return spanCandidate(start, end + m[0].length, 'DATE', `date:${value.iso}`, 0.9, 'rules:century', 77, {
    value,
  });
}

function outsideEra(text: string, start: number, end: number, rx: CenturyRegexes): boolean {
  if (rx.eraAfter?.test(text.slice(end, end + 24))) return false;
  return !rx.eraBefore?.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * Centuries: an ordinal and the locale's century word ("12th century", "XIIe siècle", "12.
 * Jahrhundert", "siglo XII", "12世紀", "十二世纪", "12세기"), in any written form of the ordinal the
 * locale reads (digits with its ordinal suffix, Roman numerals, spelled ordinals, Han digits).
 */
export function centuryCandidates(text: string, locale: EntityLocale): Candidate[] {
  const rx = regexesOf(locale);
  if (!rx) return [];
  const out: Candidate[] = [];
  const push = (start: number, end: number, n: number | undefined) => {
    const c = n === undefined ? undefined : centuryCandidate(start, end, n);
    if (c && outsideEra(text, start, end, rx)) out.push(c);
  };
  for (const m of rx.after ? text.matchAll(rx.after) : []) {
    const end = m.index + m[0].length;
    const before = rx.ordinalBefore.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (before?.[1]) {
      const n = ordinalValue(before[1]);
      const decade = n === undefined ? undefined : decadeCandidate(text, m.index - before[0].length, end, n);
      if (decade) out.push(decade);
      else push(m.index - before[0].length, end, n);
      continue;
    }
    const spelled = spelledOrdinalBefore(text, m.index, locale);
    if (spelled) push(spelled.start, end, spelled.value);
  }
  for (const m of rx.before ? text.matchAll(rx.before) : []) {
    push(m.index, m.index + m[0].length, ordinalValue(m[1] ?? ''));
  }
  return out;
}
