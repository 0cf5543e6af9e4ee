import type { DurationUnit, EntityLocale } from '../locales/types';
import type { Candidate } from './candidate';
import { dateEnd, type Reference } from './date-value';
import { HAN_NUMERAL_CHARS, parseHanNumeral } from './numerals';
import { alternation } from './text';

type PeriodUnit = 'W' | 'M' | 'Y';
type OffsetUnit = PeriodUnit | 'D';

interface PhraseRegexes {
  /** "next week", "la semaine prochaine", "来月": a period relative to the reference's. */
  period: RegExp | undefined;
  /** "in three weeks", "vor 3 Tagen": the offset word, the amount, the unit. */
  offsetBefore: RegExp | undefined;
  /** "2 giorni fa", "5天前": the unit and the offset word; the amount is read before them (`amountBefore`). */
  offsetAfter: RegExp | undefined;
  /** An amount at the end of the text it runs on. */
  amountBefore: RegExp;
  /** "next 3 days", "ultimi 3 mesi", "过去十年": the span word, the amount, the unit. */
  span: RegExp | undefined;
  /** "3 prochaines semaines": the amount, the span word, the unit. */
  spanBetween: RegExp | undefined;
  periods: PeriodPhrases;
  units: Map<string, OffsetUnit>;
}

const cache = new Map<string, PhraseRegexes>();
// Only letters of scripts written with spaces bound a phrase: "去年の", "他5天前" are phrases in running CJK text.
// The start is checked in code (`bounded`), not by a lookbehind: a pattern that begins with its
// words lets the regex engine skip ahead to their first letters (three times faster on CJK text).
const NA = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}])';
const INSIDE = new RegExp(`[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}${HAN_NUMERAL_CHARS}]`, 'u');

/** Whether a phrase found at `index` starts a word: nothing of a Latin word or a number before it. */
function bounded(text: string, index: number): boolean {
  return index === 0 || !INSIDE.test(text[index - 1] as string);
}

/** The locale's week, month and year words, and with `days` its day words, keyed lower-case. */
function unitWords(locale: EntityLocale, days: boolean): Map<string, OffsetUnit> {
  const units = new Map<string, OffsetUnit>();
  const all: Record<string, DurationUnit> = {
    ...locale.durationUnits,
    ...(locale.dateSpans?.offsetUnits ?? {}),
  };
  for (const [word, unit] of Object.entries(all)) {
    if (unit === 'W' || unit === 'M' || unit === 'Y' || (days && unit === 'D'))
      units.set(word.toLowerCase(), unit);
  }
  return units;
}

interface PeriodPhrases {
  /** "next week" (words joined by one space), "来月" → the period. */
  map: Map<string, { unit: PeriodUnit; shift: number }>;
  /** The first and second words of two-word phrases, and the one-word periods: a regex of three short alternations. */
  firsts: Set<string>;
  seconds: Set<string>;
  words: string[];
}

/** Shift words and unit words in either order ("next week", "semaine prochaine"), plus the locale's one-word periods. */
function periodPhrases(locale: EntityLocale): PeriodPhrases {
  const phrases = new Map<string, { unit: PeriodUnit; shift: number }>();
  const words = Object.keys(locale.relativePeriods ?? {});
  for (const [word, p] of Object.entries(locale.relativePeriods ?? {})) phrases.set(word.toLowerCase(), p);
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  const result = { map: phrases, firsts, seconds, words };
  const shifts: [string, number][] = [
    ...(locale.thisWords ?? []).map((w): [string, number] => [w.toLowerCase(), 0]),
    ...(locale.lastWords ?? []).map((w): [string, number] => [w.toLowerCase(), -1]),
    ...(locale.nextWords ?? []).map((w): [string, number] => [w.toLowerCase(), 1]),
  ];
  // Only languages that write these words apart: a CJK "last" word such as 去年 is a whole period already.
  if (!/\s|\p{Script=Latin}|\p{Script=Cyrillic}/u.test(shifts.map(([w]) => w).join(''))) return result;
  const units = unitWords(locale, false);
  for (const [unit, u] of units) {
    // A word that extends another of its unit is a plural or a compound ("months", "Jahrzehnt"):
    // "coming months" is no one month.
    if (u === 'D' || [...units.keys()].some((o) => o !== unit && unit.startsWith(o))) continue;
    for (const [w, shift] of shifts) {
      if (!phrases.has(`${w} ${unit}`)) phrases.set(`${w} ${unit}`, { unit: u, shift });
      if (!phrases.has(`${unit} ${w}`)) phrases.set(`${unit} ${w}`, { unit: u, shift });
      firsts.add(w).add(unit);
      seconds.add(w).add(unit);
    }
  }
  return result;
}

function spaced(words: Iterable<string>): string {
  return alternation(words).replace(/ /g, '\\s+');
}

/** Two short alternations for two-word phrases (checked against the map), one for one-word periods. */
function periodRegex(p: PeriodPhrases): RegExp | undefined {
  const alts: string[] = [];
  if (p.firsts.size) alts.push(`(?:${spaced(p.firsts)})\\s+(?:${spaced(p.seconds)})`);
  if (p.words.length) alts.push(alternation(p.words));
  return alts.length ? new RegExp(`(?:${alts.join('|')})${NA}`, 'giu') : undefined;
}

function regexesOf(locale: EntityLocale): PhraseRegexes {
  const hit = cache.get(locale.lang);
  if (hit) return hit;
  const periods = periodPhrases(locale);
  const units = unitWords(locale, true);
  const before = Object.keys(locale.dateSpans?.offsetBefore ?? {});
  const after = Object.keys(locale.dateSpans?.offsetAfter ?? {});
  const spans = Object.keys(locale.dateSpans?.spanBefore ?? {});
  const between = Object.keys(locale.dateSpans?.spanBetween ?? {});
  const numbers = Object.keys(locale.numberWords);
  const N = `\\d{1,4}|[${HAN_NUMERAL_CHARS}]{1,4}${numbers.length ? `|${alternation(numbers)}` : ''}`;
  const U = alternation(units.keys());
  const rx: PhraseRegexes = {
    period: periodRegex(periods),
    offsetBefore:
      before.length && units.size
        ? new RegExp(`(${spaced(before)})\\s+(${N})\\s*(${U})${NA}`, 'giu')
        : undefined,
    offsetAfter:
      after.length && units.size
        ? new RegExp(`(${U})\\s*(${spaced(after)})(?![\\p{Script=Latin}])`, 'giu')
        : undefined,
    amountBefore: new RegExp(`(${N})\\s*$`, 'iu'),
    span:
      spans.length && units.size
        ? new RegExp(`(${spaced(spans)})\\s*(${N})\\s*(${U})${NA}`, 'giu')
        : undefined,
    spanBetween:
      between.length && units.size
        ? new RegExp(`(${N})\\s+(${spaced(between)})\\s+(${U})${NA}`, 'giu')
        : undefined,
    periods,
    units,
  };
  cache.set(locale.lang, rx);
  return rx;
}

function amountOf(word: string, locale: EntityLocale): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return locale.numberWords[word.toLowerCase()] ?? parseHanNumeral(word);
}

function pendingDate(text: string, start: number, end: number, recognizer: string): Candidate {
  return {
    type: 'DATE',
    start,
    end: dateEnd(text, start, end),
    key: '',
    confidence: 0.8,
    recognizer,
    priority: 74,
  };
}

/** How far before its unit an amount may start ("seventeen  "). */
const AMOUNT_WINDOW = 16;

function offsetCandidate(
  text: string,
  start: number,
  end: number,
  amountWord: string | undefined,
  unitWord: string | undefined,
  offsetWord: string | undefined,
  signs: Record<string, 1 | -1> | undefined,
  rx: PhraseRegexes,
  locale: EntityLocale,
): Candidate | undefined {
  const amount = amountOf(amountWord ?? '', locale);
  const unit = rx.units.get((unitWord ?? '').toLowerCase());
  const sign = signs?.[(offsetWord ?? '').toLowerCase().replace(/\s+/g, ' ')];
  if (amount === undefined || unit === undefined || sign === undefined) return undefined;
  const c = pendingDate(text, start, end, 'rules:relative-offset');
  c.pending = { kind: 'offset', unit, amount: sign * amount };
  return c;
}

/**
 * Periods and days relative to the reference ("next week", "来月", "in three weeks", "5天前"), each
 * pending until the reference is known. They outrank the duration inside them ("three weeks").
 */
export function relativePhrases(
  text: string,
  locale: EntityLocale,
  ref: Reference | undefined,
  deferred: boolean,
): Candidate[] {
  if (!ref && !deferred) return [];
  const rx = regexesOf(locale);
  const out: Candidate[] = [];
  for (const m of rx.period ? text.matchAll(rx.period) : []) {
    if (!bounded(text, m.index)) continue;
    const p = rx.periods.map.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (!p) continue;
    const c = pendingDate(text, m.index, m.index + m[0].length, 'rules:relative-period');
    c.pending = { kind: 'period', unit: p.unit, shift: p.shift };
    out.push(c);
  }
  const spans = locale.dateSpans;
  const spanReadings: [
    RegExp | undefined,
    Record<string, 1 | 0 | -1> | undefined,
    [number, number, number],
  ][] = [
    [rx.span, spans?.spanBefore, [1, 2, 3]],
    [rx.spanBetween, spans?.spanBetween, [2, 1, 3]],
  ];
  for (const [re, signs, [w, n, u]] of spanReadings) {
    for (const m of re ? text.matchAll(re) : []) {
      if (!bounded(text, m.index)) continue;
      const amount = amountOf(m[n] ?? '', locale);
      const unit = rx.units.get((m[u] ?? '').toLowerCase());
      const sign = signs?.[(m[w] ?? '').toLowerCase().replace(/\s+/g, ' ')];
      if (amount === undefined || unit === undefined || sign === undefined || amount === 0) continue;
      const c = pendingDate(text, m.index, m.index + m[0].length, 'rules:relative-span');
      c.pending = { kind: 'span', unit, amount: sign < 0 ? -amount : amount, fromNextDay: sign > 0 };
      out.push(c);
    }
  }
  for (const m of rx.offsetBefore ? text.matchAll(rx.offsetBefore) : []) {
    if (!bounded(text, m.index)) continue;
    const c = offsetCandidate(
      text,
      m.index,
      m.index + m[0].length,
      m[2],
      m[3],
      m[1],
      spans?.offsetBefore,
      rx,
      locale,
    );
    if (c) out.push(c);
  }
  // Found by their unit and word ("天前", "days ago"), which are rarer than numbers; the amount is read backwards.
  for (const m of rx.offsetAfter ? text.matchAll(rx.offsetAfter) : []) {
    const window = text.slice(Math.max(0, m.index - AMOUNT_WINDOW), m.index);
    const a = rx.amountBefore.exec(window);
    if (!a) continue;
    const start = m.index - window.length + a.index;
    if (!bounded(text, start)) continue;
    const c = offsetCandidate(
      text,
      start,
      m.index + m[0].length,
      a[1],
      m[1],
      m[2],
      spans?.offsetAfter,
      rx,
      locale,
    );
    if (c) out.push(c);
  }
  return out;
}
