import { allMatches } from '@corpus/core';
import type { EntityLocale } from '../locales/types';
import type { DateValue } from '../types';
import type { Candidate } from './candidate';
import { chronoCandidates } from './chrono';
import { currencyIndex } from './currency-words';
import { relativePhrases } from './date-phrases';
import { type DateParts, dateCandidate, dateEnd, makeDate, pad, type Reference } from './date-value';
import { HAN_NUMERAL_CHARS, parseHanNumeral } from './numerals';
import { settleAll } from './pending';
import { alternation } from './text';

export type { Reference } from './date-value';

/**
 * A DATE candidate from parts: known now when the text gives the year, else pending on the
 * reference (`yearless`). `undefined` when the parts are no date (day 32, 30 February 2026).
 */
function partsCandidate(
  text: string,
  start: number,
  end: number,
  parts: DateParts,
  recognizer: string,
  confidence = 0.9,
): Candidate | undefined {
  if (parts.year !== undefined || parts.month === undefined) {
    const value = makeDate(parts, undefined);
    return value ? dateCandidate(text, start, end, value, recognizer, confidence) : undefined;
  }
  // Checked now, as makeDate would without a reference: a month 13 or day 32 is never a date.
  if (parts.month < 1 || parts.month > 12 || (parts.day !== undefined && (parts.day < 1 || parts.day > 31)))
    return undefined;
  const c = pendingCandidate(text, start, end, recognizer, confidence);
  c.pending =
    parts.day === undefined
      ? { kind: 'yearless', month: parts.month }
      : { kind: 'yearless', month: parts.month, day: parts.day };
  return c;
}

/** A DATE candidate whose value waits for the reference date (`pending` is set by the caller). */
function pendingCandidate(
  text: string,
  start: number,
  end: number,
  recognizer: string,
  confidence: number,
): Candidate {
  return {
    type: 'DATE',
    start,
    end: dateEnd(text, start, end),
    key: '',
    confidence,
    recognizer,
    priority: 70,
  };
}

const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d|21\\d\\d)';
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';

interface LatinRegexes {
  dayList: RegExp;
  monthDay: RegExp;
  monthYear: RegExp;
  lastMonth: RegExp | undefined;
  periodYear: RegExp | undefined;
}
const latinCache = new Map<string, LatinRegexes | undefined>();

function latinRegexes(locale: EntityLocale): LatinRegexes | undefined {
  if (latinCache.has(locale.lang)) return latinCache.get(locale.lang);
  const names = Object.keys(locale.months);
  if (names.length === 0) {
    latinCache.set(locale.lang, undefined);
    return undefined;
  }
  const M = `(${alternation(names)})\\.?`;
  // Each alternative takes the white space after it: a separate \s* there would split one run of
  // spaces two ways (quadratic backtracking on long runs).
  const conj = '(?:,\\s*|\\s+(?:and|or|und|oder|bis|e|o|ed|y|et|ou|to|-|–)\\s+|\\s*[-–]\\s*)';
  const day = '\\d{1,2}(?:\\.|°|º|st|nd|rd|th|er|e)?(?![\\d\\p{L}])';
  const res: LatinRegexes = {
    dayList: new RegExp(
      `${NB}(${day}(?:${conj}${day}){0,6})\\s+(?:de\\s+|of\\s+)?${M}(?:,?\\s+(?:de\\s+|del\\s+)?(${YEAR}))?${NA}`,
      'giu',
    ),
    monthDay: new RegExp(`${NB}${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?${NA}(?:,?\\s+(${YEAR})${NA})?`, 'giu'),
    monthYear: new RegExp(`${NB}${M}\\s+(?:de\\s+|del\\s+|of\\s+)?(${YEAR})${NA}`, 'giu'),
    lastMonth:
      locale.lastWords || locale.nextWords
        ? new RegExp(
            `${NB}(?:(${alternation([...(locale.lastWords ?? []), ...(locale.nextWords ?? [])])})\\s+${M}|${M}\\s+(${alternation([...(locale.lastWords ?? []), ...(locale.nextWords ?? [])])}))${NA}`,
            'giu',
          )
        : undefined,
    periodYear:
      locale.periodStart || locale.periodEnd
        ? new RegExp(
            `${NB}(${alternation([...(locale.periodStart ?? []), ...(locale.periodEnd ?? [])])})\\s+(?:(?:del|des|of|dello|di)\\s+)?(${YEAR})${NA}`,
            'giu',
          )
        : undefined,
  };
  latinCache.set(locale.lang, res);
  return res;
}

/** What the recognisers of one pass need: the text, its locale, and whether the reference comes later. */
interface DateContext {
  text: string;
  locale: EntityLocale;
  ref: Reference | undefined;
  /** No reference yet: every reading that depends on it is kept, pending. */
  deferred: boolean;
  /** Another locale's pass already read this text: the readings that do not depend on the locale are not repeated. */
  again: boolean;
}

function latinDates(ctx: DateContext): Candidate[] {
  const { text, locale } = ctx;
  const rx = latinRegexes(locale);
  if (!rx) return [];
  const out: Candidate[] = [];
  const month = (name: string) => locale.months[name.toLowerCase()];
  for (const m of allMatches(text, rx.dayList)) {
    const list = m[1] ?? '';
    const mon = month(m[2] ?? '');
    const year = m[3] ? Number(m[3]) : undefined;
    if (!mon) continue;
    const days = [...list.matchAll(/\d{1,2}(?:\.|°|º|st|nd|rd|th|er|e)?/g)];
    days.forEach((d, i) => {
      const start = m.index + d.index;
      const end = i === days.length - 1 ? m.index + m[0].length : start + d[0].length;
      const parts = { year, month: mon, day: Number.parseInt(d[0], 10) };
      const c = partsCandidate(text, start, end, parts, 'rules:date');
      if (c) out.push(c);
    });
  }
  for (const m of allMatches(text, rx.monthDay)) {
    const mon = month(m[1] ?? '');
    if (!mon) continue;
    // "May 5" must be a capitalised month in English-like text; lower-case "may" is a verb.
    if (m[0][0] === m[0][0]?.toLowerCase() && locale.lang === 'en') continue;
    const parts = { year: m[3] ? Number(m[3]) : undefined, month: mon, day: Number(m[2]) };
    const c = partsCandidate(text, m.index, m.index + m[0].length, parts, 'rules:date');
    if (c) out.push(c);
  }
  for (const m of allMatches(text, rx.monthYear)) {
    const mon = month(m[1] ?? '');
    if (!mon) continue;
    const c = partsCandidate(
      text,
      m.index,
      m.index + m[0].length,
      { year: Number(m[2]), month: mon },
      'rules:date',
    );
    if (c) out.push(c);
  }
  if (rx.lastMonth && (ctx.ref || ctx.deferred)) {
    for (const m of allMatches(text, rx.lastMonth)) {
      const word = (m[1] ?? m[4] ?? '').toLowerCase();
      const mon = month(m[2] ?? m[3] ?? '');
      if (!mon) continue;
      const c = pendingCandidate(text, m.index, m.index + m[0].length, 'rules:relative-month', 0.85);
      c.pending = { kind: 'relative-month', month: mon, last: (locale.lastWords ?? []).includes(word) };
      out.push({ ...c, priority: 65 });
    }
  }
  if (rx.periodYear) {
    for (const m of allMatches(text, rx.periodYear)) {
      const word = (m[1] ?? '').toLowerCase();
      const value: DateValue = { kind: 'date', iso: m[2] ?? '', granularity: 'year' };
      value.modifier = (locale.periodEnd ?? []).includes(word) ? 'end' : 'start';
      out.push(dateCandidate(text, m.index, m.index + m[0].length, value, 'rules:period'));
    }
  }
  return out;
}

const HD = `[0-9${HAN_NUMERAL_CHARS}]`;
const CJK_YEAR = `(?<![0-9])([12][0-9]{3}|[〇零一二三四五六七八九]{4})`;

interface CjkRegexes {
  day: RegExp;
  yearMonth: RegExp;
  month: RegExp;
  year: RegExp;
  range: RegExp;
  marks: string;
  y: string;
}
const cjkCache = new Map<string, CjkRegexes>();

/** Year/month/day written with markers after numbers: Han 年月日 (ja, zh), or a locale's own (ko 년 월 일). */
function cjkRegexes(markers: { year: string; month: string; day: string }): CjkRegexes {
  const id = `${markers.year}${markers.month}${markers.day}`;
  const hit = cjkCache.get(id);
  if (hit) return hit;
  const Y = markers.year;
  const M = markers.month;
  const D = markers.day;
  const r: CjkRegexes = {
    day: new RegExp(
      `${CJK_YEAR}?\\s*(?:${Y}\\s*)?(?<![0-9${HAN_NUMERAL_CHARS}])(${HD}{1,3})\\s*${M}\\s*(${HD}{1,3})\\s*${D}(?!間|间)`,
      'gu',
    ),
    yearMonth: new RegExp(
      `${CJK_YEAR}\\s*${Y}\\s*(${HD}{1,3})\\s*${M}(?![間间份]|\\s*${HD}{1,3}\\s*${D})`,
      'gu',
    ),
    month: new RegExp(
      `(?<![0-9${HAN_NUMERAL_CHARS}${Y}数幾几]\\s*)(${HD}{1,2})\\s*${M}(?![間间]|\\s*${HD}{1,3}\\s*${D})`,
      'gu',
    ),
    year: new RegExp(`${CJK_YEAR}\\s*${Y}(?![間间代]|간|대)`, 'gu'),
    range: new RegExp(`${CJK_YEAR}\\s*[-–—~〜～至到]\\s*([12][0-9]{3})\\s*${Y}`, 'gu'),
    marks: `${Y}${M}`,
    y: Y,
  };
  cjkCache.set(id, r);
  return r;
}
const HAN_MARKERS = { year: '年', month: '月', day: '[日号號]' };

function num(s: string): number | undefined {
  return /^[0-9]+$/.test(s) ? Number(s) : parseHanNumeral(s);
}

function cjkDates(ctx: DateContext): Candidate[] {
  const { text, locale, again } = ctx;
  const out: Candidate[] = [];
  for (const markers of locale.dateMarkers ? [HAN_MARKERS, locale.dateMarkers] : [HAN_MARKERS]) {
    for (const c of markedDates(text, locale, cjkRegexes(markers), again)) out.push(c);
  }
  return out;
}

function markedDates(text: string, locale: EntityLocale, rx: CjkRegexes, again: boolean): Candidate[] {
  if (![...rx.marks].some((c) => text.includes(c))) return [];
  const out: Candidate[] = [];
  // Day, year-month, month and year-range readings do not depend on the locale: a second pass over
  // the same text (`again`) would only repeat them.
  for (const m of again ? [] : allMatches(text, rx.day)) {
    if (m[1] === undefined && m[0].includes(rx.y)) continue;
    const parts = { year: m[1] ? num(m[1]) : undefined, month: num(m[2] ?? ''), day: num(m[3] ?? '') };
    const lead = m[0].length - m[0].trimStart().length;
    const c = partsCandidate(text, m.index + lead, m.index + m[0].length, parts, 'rules:cjk-date');
    if (c) out.push(c);
  }
  for (const m of again ? [] : allMatches(text, rx.yearMonth)) {
    const parts = { year: num(m[1] ?? ''), month: num(m[2] ?? '') };
    const c = partsCandidate(text, m.index, m.index + m[0].length, parts, 'rules:cjk-date');
    if (c) out.push(c);
  }
  for (const m of again ? [] : allMatches(text, rx.month)) {
    const mon = num(m[1] ?? '');
    if (mon === undefined || mon < 1 || mon > 12) continue;
    const c = partsCandidate(text, m.index, m.index + m[0].length, { month: mon }, 'rules:cjk-date', 0.8);
    if (c) out.push(c);
  }
  const starts = locale.periodStart ?? [];
  const ends = locale.periodEnd ?? [];
  const periodRe =
    starts.length + ends.length > 0
      ? new RegExp(`^\\s*(${alternation([...starts, ...ends])})`, 'u')
      : undefined;
  for (const m of allMatches(text, rx.year)) {
    const y = num(m[1] ?? '');
    if (y === undefined) continue;
    const value: DateValue = { kind: 'date', iso: pad(y, 4), granularity: 'year' };
    let end = m.index + m[0].length;
    const p = periodRe?.exec(text.slice(end, end + 8));
    if (p) {
      value.modifier = ends.includes(p[1] ?? '') ? 'end' : 'start';
      end += p[0].length;
    }
    out.push(dateCandidate(text, m.index, end, value, 'rules:cjk-date'));
  }
  // "2026 开年": a bare year followed by a period word.
  if (periodRe) {
    const bare = new RegExp(`${CJK_YEAR}(?=\\s*(?:${alternation([...starts, ...ends])}))`, 'gu');
    for (const m of text.matchAll(bare)) {
      const y = num(m[1] ?? '');
      const p = periodRe.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      if (y === undefined || !p) continue;
      const value: DateValue = { kind: 'date', iso: pad(y, 4), granularity: 'year' };
      value.modifier = ends.includes(p[1] ?? '') ? 'end' : 'start';
      out.push(dateCandidate(text, m.index, m.index + m[0].length + p[0].length, value, 'rules:cjk-date'));
    }
  }
  for (const m of again ? [] : allMatches(text, rx.range)) {
    const a = num(m[1] ?? '');
    const b = num(m[2] ?? '');
    if (a === undefined || b === undefined || b <= a) continue;
    const value: DateValue = {
      kind: 'date',
      iso: `${pad(a, 4)}/${pad(b, 4)}`,
      granularity: 'year',
      endIso: pad(b, 4),
    };
    out.push({
      ...dateCandidate(text, m.index, m.index + m[0].length, value, 'rules:cjk-date'),
      priority: 71,
    });
  }
  return out;
}

const ISO_RE =
  /(?<![\p{L}\p{N}/.-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\p{L}\p{N}]|-\d)/gu;
const DOTTED_RE = /(?<![\p{L}\p{N}./])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}]|\.\d)/gu;
const RANGE_RE = new RegExp(`${NB}(${YEAR})\\s*[–-]\\s*(${YEAR})${NA}`, 'gu');
const BARE_YEAR_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/_#$€£¥-])(${YEAR})(?![\\p{L}\\p{N}%％]|[.,]\\d|-\\d|\\s*(?:%|年))`,
  'gu',
);

function numericDates(ctx: DateContext): Candidate[] {
  const { text, locale, again } = ctx;
  const out: Candidate[] = [];
  // ISO dates, year ranges and bare years do not depend on the locale: read once per text.
  if (again) return out;
  for (const m of allMatches(text, ISO_RE)) {
    let offset: number | undefined;
    const z = m[6];
    if (z === 'Z') offset = 0;
    else if (z) {
      const sign = z[0] === '-' ? -1 : 1;
      const digits = z.slice(1).replace(':', '');
      offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
    const value = makeDate(
      {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        hour: m[4] ? Number(m[4]) : undefined,
        minute: m[5] ? Number(m[5]) : undefined,
        offset,
      },
      undefined,
    );
    if (value)
      out.push({
        ...dateCandidate(text, m.index, m.index + m[0].length, value, 'rules:iso', 0.97),
        priority: 72,
      });
  }
  if (locale.lang !== 'en') {
    for (const m of allMatches(text, DOTTED_RE)) {
      const value = makeDate({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }, undefined);
      if (value) out.push(dateCandidate(text, m.index, m.index + m[0].length, value, 'rules:numeric-date'));
    }
  }
  for (const m of allMatches(text, RANGE_RE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b <= a || b - a > 50) continue;
    const value: DateValue = { kind: 'date', iso: `${m[1]}/${m[2]}`, granularity: 'year', endIso: m[2] };
    out.push({
      ...dateCandidate(text, m.index, m.index + m[0].length, value, 'rules:year-range', 0.8),
      priority: 69,
    });
  }
  const currency = currencyIndex([locale]);
  const units = new Set(
    [
      ...Object.keys(locale.scaleWords),
      'dollars',
      'euros',
      'people',
      'users',
      'employees',
    ].map((w) => w.toLowerCase()),
  );
  for (const m of allMatches(text, BARE_YEAR_RE)) {
    if (isProductNumber(text, m.index)) continue;
    // "2000 dollars", "2019 Mitarbeiter": an amount, not a year.
    const nextWord = /^\s+([\p{L}$€£¥]+)/u.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 20),
    )?.[1];
    if (nextWord && units.has(nextWord.toLowerCase())) continue;
    if (/\s/.test(text[m.index + m[0].length] ?? '') && currency.after(text, m.index + m[0].length)) continue;
    const value: DateValue = { kind: 'date', iso: m[1] ?? '', granularity: 'year' };
    out.push({
      ...dateCandidate(text, m.index, m.index + m[0].length, value, 'rules:year', 0.75),
      priority: 68,
    });
  }
  return out;
}

/** "Windows 2000", "Office 2019": a number right after a capitalised name belongs to the name. */
function isProductNumber(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  const m = /(\p{Lu}[\p{L}\p{N}]*)[ \u00a0]$/u.exec(before);
  if (!m) return false;
  const word = m[1] ?? '';
  // A sentence-initial preposition ("In 2019") or a month name is no product.
  return (
    !/^(?:In|On|By|Since|Until|From|To|At|Im|Seit|Bis|Ab|Nel|Dal|Dalla|Dallo|Fino|Entro|En|Desde|Hasta|Dès|Depuis|Jusqu|Anno|Jahr|Year|Summer|Winter|Spring|Autumn|Fall|Early|Late|Mid|Anfang|Ende|Mitte|Inizio|Fine|Before|After|Vor|Nach|Dopo|Prima|Circa|Ca|Um|Around)$/u.test(
      word,
    ) &&
    !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(word)
  );
}

function relativeDays(ctx: DateContext): Candidate[] {
  const { text, locale } = ctx;
  const table = locale.relativeDays;
  if ((!ctx.deferred && ctx.ref?.precision !== 'day') || !table || Object.keys(table).length === 0) return [];
  const out: Candidate[] = [];
  const re = new RegExp(
    `(?<![\\p{Script=Latin}])(?:${alternation(Object.keys(table))})(?![\\p{Script=Latin}])`,
    'giu',
  );
  for (const m of text.matchAll(re)) {
    const days = table[m[0]] ?? table[m[0].toLowerCase()];
    if (days === undefined) continue;
    const c = pendingCandidate(text, m.index, m.index + m[0].length, 'rules:relative-day', 0.8);
    c.pending = { kind: 'relative-day', days };
    out.push({ ...c, priority: 60 });
  }
  return out;
}

/**
 * Marks on each chrono reading the rule dates inside its span: chrono's span wins when it only adds
 * words around the same date ("this September"), decided once the values are known (`settleAll`).
 */
function markInnerRules(
  text: string,
  locale: EntityLocale,
  rules: Candidate[],
  fromChrono: Candidate[],
): void {
  const stop = new Set(locale.stopwords.map((w) => w.toLowerCase()));
  // Rule dates by start (stable, so the original order breaks ties), searched by binary search.
  const byStart = rules.map((r, i) => ({ r, i })).sort((a, b) => a.r.start - b.r.start || a.i - b.i);
  for (const c of fromChrono) {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byStart[mid] as { r: Candidate }).r.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const inner: { rule: Candidate; wordsOnly: boolean }[] = [];
    for (let k = lo; k < byStart.length && (byStart[k] as { r: Candidate }).r.start <= c.end; k++) {
      const r = (byStart[k] as { r: Candidate }).r;
      if (r.end > c.end || r.end - r.start >= c.end - c.start) continue;
      const extra = text.slice(c.start, r.start) + text.slice(r.end, c.end);
      // Articles and prepositions ("il", "am", "on") stay out of the span.
      const words = extra.trim().split(/\s+/).filter(Boolean);
      inner.push({
        rule: r,
        wordsOnly: /^[\p{L}\s]*$/u.test(extra) && !words.some((w) => stop.has(w.toLowerCase())),
      });
    }
    if (inner.length > 0) c.inner = inner;
  }
}

/**
 * DATE candidates of one locale. `again`: another locale's pass already read this text, so the
 * rules that do not depend on the locale (ISO dates, year ranges, bare years, Han day/month/range
 * readings) are not repeated. `deferred`: no reference date yet; the candidates that need one keep
 * a `pending` description instead of a value (see `settleAll`).
 */
export function dateCandidates(
  text: string,
  locale: EntityLocale,
  ref: Reference | undefined,
  again = false,
  deferred = false,
): Candidate[] {
  const ctx: DateContext = { text, locale, ref, deferred, again };
  const rules = [
    ...relativeDays(ctx),
    ...numericDates(ctx),
    ...latinDates(ctx),
    ...cjkDates(ctx),
    // The English pass over another language's text (`again`) reads quoted dates, not phrases.
    ...(again ? [] : relativePhrases(text, locale, ref, deferred)),
  ];
  const fromChrono = chronoCandidates(text, locale, ref, deferred);
  markInnerRules(text, locale, rules, fromChrono);
  const all = [...rules, ...fromChrono];
  return deferred ? all : settleAll(all, ref);
}
