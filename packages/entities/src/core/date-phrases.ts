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
  /** "2 giorni fa", "5天前": the amount, the unit, the offset word. */
  offsetAfter: RegExp | undefined;
  /** "next 3 days", "ultimi 3 mesi", "过去十年": the span word, the amount, the unit. */
  span: RegExp | undefined;
  periods: Map<string, { unit: PeriodUnit; shift: number }>;
  units: Map<string, OffsetUnit>;
}

const cache = new Map<string, PhraseRegexes>();
// Only letters of scripts written with spaces bound a phrase: "去年の", "他5天前" are phrases in running CJK text.
const NB = `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}${HAN_NUMERAL_CHARS}])`;
const NA = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}])';

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

/** Shift words and unit words in either order ("next week", "semaine prochaine"), plus the locale's one-word periods. */
function periodPhrases(locale: EntityLocale): Map<string, { unit: PeriodUnit; shift: number }> {
  const phrases = new Map<string, { unit: PeriodUnit; shift: number }>();
  for (const [word, p] of Object.entries(locale.relativePeriods ?? {})) phrases.set(word.toLowerCase(), p);
  const shifts: [string, number][] = [
    ...(locale.thisWords ?? []).map((w): [string, number] => [w.toLowerCase(), 0]),
    ...(locale.lastWords ?? []).map((w): [string, number] => [w.toLowerCase(), -1]),
    ...(locale.nextWords ?? []).map((w): [string, number] => [w.toLowerCase(), 1]),
  ];
  // Only languages that write these words apart: a CJK "last" word such as 去年 is a whole period already.
  if (!/\s|\p{Script=Latin}|\p{Script=Cyrillic}/u.test(shifts.map(([w]) => w).join(''))) return phrases;
  const units = unitWords(locale, false);
  for (const [unit, u] of units) {
    // A word that extends another of its unit is a plural or a compound ("months", "Jahrzehnt"):
    // "coming months" is no one month.
    if (u === 'D' || [...units.keys()].some((o) => o !== unit && unit.startsWith(o))) continue;
    for (const [w, shift] of shifts) {
      if (!phrases.has(`${w} ${unit}`)) phrases.set(`${w} ${unit}`, { unit: u, shift });
      if (!phrases.has(`${unit} ${w}`)) phrases.set(`${unit} ${w}`, { unit: u, shift });
    }
  }
  return phrases;
}

function spaced(words: Iterable<string>): string {
  return alternation(words).replace(/ /g, '\\s+');
}

function regexesOf(locale: EntityLocale): PhraseRegexes {
  const hit = cache.get(locale.lang);
  if (hit) return hit;
  const periods = periodPhrases(locale);
  const units = unitWords(locale, true);
  const before = Object.keys(locale.dateSpans?.offsetBefore ?? {});
  const after = Object.keys(locale.dateSpans?.offsetAfter ?? {});
  const spans = Object.keys(locale.dateSpans?.spanBefore ?? {});
  const numbers = Object.keys(locale.numberWords);
  const N = `\\d{1,4}|[${HAN_NUMERAL_CHARS}]{1,4}${numbers.length ? `|${alternation(numbers)}` : ''}`;
  const U = alternation(units.keys());
  const rx: PhraseRegexes = {
    period: periods.size ? new RegExp(`${NB}(?:${spaced(periods.keys())})${NA}`, 'giu') : undefined,
    offsetBefore:
      before.length && units.size
        ? new RegExp(`${NB}(${spaced(before)})\\s+(${N})\\s*(${U})${NA}`, 'giu')
        : undefined,
    offsetAfter:
      after.length && units.size
        ? new RegExp(`${NB}(${N})\\s*(${U})\\s*(${spaced(after)})(?![\\p{Script=Latin}])`, 'giu')
        : undefined,
    span:
      spans.length && units.size
        ? new RegExp(`${NB}(${spaced(spans)})\\s*(${N})\\s*(${U})${NA}`, 'giu')
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
    const p = rx.periods.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (!p) continue;
    const c = pendingDate(text, m.index, m.index + m[0].length, 'rules:relative-period');
    c.pending = { kind: 'period', unit: p.unit, shift: p.shift };
    out.push(c);
  }
  const spans = locale.dateSpans;
  for (const m of rx.span ? text.matchAll(rx.span) : []) {
    const amount = amountOf(m[2] ?? '', locale);
    const unit = rx.units.get((m[3] ?? '').toLowerCase());
    const sign = spans?.spanBefore?.[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
    if (amount === undefined || unit === undefined || sign === undefined || amount === 0) continue;
    const c = pendingDate(text, m.index, m.index + m[0].length, 'rules:relative-span');
    c.pending = { kind: 'span', unit, amount: sign < 0 ? -amount : amount, fromNextDay: sign > 0 };
    out.push(c);
  }
  const offsets: [RegExp | undefined, Record<string, 1 | -1> | undefined, [number, number, number]][] = [
    [rx.offsetBefore, spans?.offsetBefore, [1, 2, 3]],
    [rx.offsetAfter, spans?.offsetAfter, [3, 1, 2]],
  ];
  for (const [re, signs, [w, n, u]] of offsets) {
    for (const m of re ? text.matchAll(re) : []) {
      const amount = amountOf(m[n] ?? '', locale);
      const unit = rx.units.get((m[u] ?? '').toLowerCase());
      const sign = signs?.[(m[w] ?? '').toLowerCase().replace(/\s+/g, ' ')];
      if (amount === undefined || unit === undefined || sign === undefined) continue;
      const c = pendingDate(text, m.index, m.index + m[0].length, 'rules:relative-offset');
      c.pending = { kind: 'offset', unit, amount: sign * amount };
      out.push(c);
    }
  }
  return out;
}
