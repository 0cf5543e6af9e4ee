import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import type { EntityLocale } from '../locales/types';
import type { DateGranularity, DateValue } from '../types';
import type { Candidate } from './candidate';
import { HAN_NUMERAL_CHARS, parseHanNumeral } from './numerals';
import { alternation } from './text';

/** The reference date, in UTC, and the precision it was given with. */
export interface Reference {
  date: Date;
  /** How precise the reference is: "yesterday" needs a day, "6 gennaio" only a year or month. */
  precision: 'year' | 'month' | 'day';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The year of a month (and day) written without one: the occurrence nearest to the reference date
 * (news speaks of the recent past and near future). Ties go to the past.
 */
export function nearestYear(ref: Reference, month: number, day: number | undefined): number {
  const y = ref.date.getUTCFullYear();
  let best = y;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const cand of [y - 1, y, y + 1]) {
    const t = Date.UTC(cand, month - 1, day ?? 15);
    const dist = Math.abs(t - ref.date.getTime());
    if (dist < bestDist - 1) {
      best = cand;
      bestDist = dist;
    }
  }
  return best;
}

/** A DateValue from parts; a missing year is inferred from the reference or left out (`--MM-DD`). */
export function makeDate(
  parts: { year?: number; month?: number; day?: number; hour?: number; minute?: number; offset?: number },
  ref: Reference | undefined,
): DateValue | undefined {
  const { month, day } = parts;
  let year = parts.year;
  let inferred = false;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  if (year === undefined) {
    if (month === undefined) return undefined;
    if (ref) {
      year = nearestYear(ref, month, day);
      inferred = true;
    }
  }
  if (year !== undefined && month !== undefined && day !== undefined) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCDate() !== day) return undefined;
  }
  let iso: string;
  let granularity: DateGranularity;
  const y = year === undefined ? '-' : pad(year, 4);
  if (month === undefined) {
    iso = y;
    granularity = 'year';
  } else if (day === undefined) {
    iso = `${y}-${pad(month)}`;
    granularity = 'month';
  } else if (parts.hour === undefined) {
    iso = `${y}-${pad(month)}-${pad(day)}`;
    granularity = 'day';
  } else {
    iso = `${y}-${pad(month)}-${pad(day)}T${pad(parts.hour)}:${pad(parts.minute ?? 0)}`;
    if (parts.offset !== undefined) {
      const sign = parts.offset < 0 ? '-' : '+';
      const abs = Math.abs(parts.offset);
      iso += `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    }
    granularity = 'time';
  }
  const value: DateValue = { kind: 'date', iso, granularity };
  if (inferred) value.yearInferred = true;
  return value;
}

let currentText = '';

function dateCandidate(
  start: number,
  endIn: number,
  value: DateValue,
  recognizer: string,
  confidence = 0.9,
): Candidate {
  let end = endIn;
  // A full month name takes no abbreviation dot: "7. Januar." ends the sentence, "Sept." does not.
  if (currentText[end - 1] === '.' && /\p{L}{5,}\.$/u.test(currentText.slice(Math.max(start, end - 12), end)))
    end--;
  return { type: 'DATE', start, end, key: `date:${value.iso}`, value, confidence, recognizer, priority: 70 };
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

function latinDates(text: string, locale: EntityLocale, ref: Reference | undefined): Candidate[] {
  const rx = latinRegexes(locale);
  if (!rx) return [];
  const out: Candidate[] = [];
  const month = (name: string) => locale.months[name.toLowerCase()];
  for (const m of text.matchAll(rx.dayList)) {
    const list = m[1] ?? '';
    const mon = month(m[2] ?? '');
    const year = m[3] ? Number(m[3]) : undefined;
    if (!mon) continue;
    const days = [...list.matchAll(/\d{1,2}(?:\.|°|º|st|nd|rd|th|er|e)?/g)];
    days.forEach((d, i) => {
      const dayNum = Number.parseInt(d[0], 10);
      const value = makeDate({ year, month: mon, day: dayNum }, ref);
      if (!value) return;
      const start = m.index + d.index;
      const end = i === days.length - 1 ? m.index + m[0].length : start + d[0].length;
      out.push(dateCandidate(start, end, value, 'rules:date'));
    });
  }
  for (const m of text.matchAll(rx.monthDay)) {
    const mon = month(m[1] ?? '');
    if (!mon) continue;
    // "May 5" must be a capitalised month in English-like text; lower-case "may" is a verb.
    if (m[0][0] === m[0][0]?.toLowerCase() && locale.lang === 'en') continue;
    const value = makeDate({ year: m[3] ? Number(m[3]) : undefined, month: mon, day: Number(m[2]) }, ref);
    if (value) out.push(dateCandidate(m.index, m.index + m[0].length, value, 'rules:date'));
  }
  for (const m of text.matchAll(rx.monthYear)) {
    const mon = month(m[1] ?? '');
    if (!mon) continue;
    const value = makeDate({ year: Number(m[2]), month: mon }, ref);
    if (value) out.push(dateCandidate(m.index, m.index + m[0].length, value, 'rules:date'));
  }
  if (rx.lastMonth && ref) {
    for (const m of text.matchAll(rx.lastMonth)) {
      const word = (m[1] ?? m[4] ?? '').toLowerCase();
      const mon = month(m[2] ?? m[3] ?? '');
      if (!mon) continue;
      const isLast = (locale.lastWords ?? []).includes(word);
      const refMonth = ref.date.getUTCMonth() + 1;
      let year = ref.date.getUTCFullYear();
      if (isLast && mon >= refMonth) year -= 1;
      if (!isLast && mon <= refMonth) year += 1;
      const value = makeDate({ year, month: mon }, ref);
      if (!value) continue;
      value.yearInferred = true;
      out.push({
        ...dateCandidate(m.index, m.index + m[0].length, value, 'rules:relative-month', 0.85),
        priority: 65,
      });
    }
  }
  if (rx.periodYear) {
    for (const m of text.matchAll(rx.periodYear)) {
      const word = (m[1] ?? '').toLowerCase();
      const value: DateValue = { kind: 'date', iso: m[2] ?? '', granularity: 'year' };
      value.modifier = (locale.periodEnd ?? []).includes(word) ? 'end' : 'start';
      out.push(dateCandidate(m.index, m.index + m[0].length, value, 'rules:period'));
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

function cjkDates(
  text: string,
  locale: EntityLocale,
  ref: Reference | undefined,
  again: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (const markers of locale.dateMarkers ? [HAN_MARKERS, locale.dateMarkers] : [HAN_MARKERS]) {
    for (const c of markedDates(text, locale, ref, cjkRegexes(markers), again)) out.push(c);
  }
  return out;
}

function markedDates(
  text: string,
  locale: EntityLocale,
  ref: Reference | undefined,
  rx: CjkRegexes,
  again: boolean,
): Candidate[] {
  if (![...rx.marks].some((c) => text.includes(c))) return [];
  const out: Candidate[] = [];
  // Day, year-month, month and year-range readings do not depend on the locale: a second pass over
  // the same text (`again`) would only repeat them.
  for (const m of again ? [] : text.matchAll(rx.day)) {
    if (m[1] === undefined && m[0].includes(rx.y)) continue;
    const value = makeDate(
      { year: m[1] ? num(m[1]) : undefined, month: num(m[2] ?? ''), day: num(m[3] ?? '') },
      ref,
    );
    if (!value) continue;
    const lead = m[0].length - m[0].trimStart().length;
    out.push(dateCandidate(m.index + lead, m.index + m[0].length, value, 'rules:cjk-date'));
  }
  for (const m of again ? [] : text.matchAll(rx.yearMonth)) {
    const value = makeDate({ year: num(m[1] ?? ''), month: num(m[2] ?? '') }, ref);
    if (value) out.push(dateCandidate(m.index, m.index + m[0].length, value, 'rules:cjk-date'));
  }
  for (const m of again ? [] : text.matchAll(rx.month)) {
    const mon = num(m[1] ?? '');
    if (mon === undefined || mon < 1 || mon > 12) continue;
    const value = makeDate({ month: mon }, ref);
    if (value) out.push(dateCandidate(m.index, m.index + m[0].length, value, 'rules:cjk-date', 0.8));
  }
  const starts = locale.periodStart ?? [];
  const ends = locale.periodEnd ?? [];
  const periodRe =
    starts.length + ends.length > 0
      ? new RegExp(`^\\s*(${alternation([...starts, ...ends])})`, 'u')
      : undefined;
  for (const m of text.matchAll(rx.year)) {
    const y = num(m[1] ?? '');
    if (y === undefined) continue;
    const value: DateValue = { kind: 'date', iso: pad(y, 4), granularity: 'year' };
    let end = m.index + m[0].length;
    const p = periodRe?.exec(text.slice(end, end + 8));
    if (p) {
      value.modifier = ends.includes(p[1] ?? '') ? 'end' : 'start';
      end += p[0].length;
    }
    out.push(dateCandidate(m.index, end, value, 'rules:cjk-date'));
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
      out.push(dateCandidate(m.index, m.index + m[0].length + p[0].length, value, 'rules:cjk-date'));
    }
  }
  for (const m of again ? [] : text.matchAll(rx.range)) {
    const a = num(m[1] ?? '');
    const b = num(m[2] ?? '');
    if (a === undefined || b === undefined || b <= a) continue;
    const value: DateValue = {
      kind: 'date',
      iso: `${pad(a, 4)}/${pad(b, 4)}`,
      granularity: 'year',
      endIso: pad(b, 4),
    };
    out.push({ ...dateCandidate(m.index, m.index + m[0].length, value, 'rules:cjk-date'), priority: 71 });
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

function numericDates(
  text: string,
  locale: EntityLocale,
  ref: Reference | undefined,
  again: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  // ISO dates, year ranges and bare years do not depend on the locale: read once per text.
  if (again) return out;
  for (const m of text.matchAll(ISO_RE)) {
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
      ref,
    );
    if (value)
      out.push({ ...dateCandidate(m.index, m.index + m[0].length, value, 'rules:iso', 0.97), priority: 72 });
  }
  if (locale.lang !== 'en') {
    for (const m of text.matchAll(DOTTED_RE)) {
      const value = makeDate({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }, ref);
      if (value) out.push(dateCandidate(m.index, m.index + m[0].length, value, 'rules:numeric-date'));
    }
  }
  for (const m of text.matchAll(RANGE_RE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b <= a || b - a > 50) continue;
    const value: DateValue = { kind: 'date', iso: `${m[1]}/${m[2]}`, granularity: 'year', endIso: m[2] };
    out.push({
      ...dateCandidate(m.index, m.index + m[0].length, value, 'rules:year-range', 0.8),
      priority: 69,
    });
  }
  const units = new Set(
    [
      ...Object.keys(locale.currencies),
      ...Object.keys(locale.scaleWords),
      'dollars',
      'euros',
      'people',
      'users',
      'employees',
    ].map((w) => w.toLowerCase()),
  );
  for (const m of text.matchAll(BARE_YEAR_RE)) {
    if (isProductNumber(text, m.index)) continue;
    // "2000 dollars", "2019 Mitarbeiter": an amount, not a year.
    const nextWord = /^\s+([\p{L}$€£¥]+)/u.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 20),
    )?.[1];
    if (nextWord && units.has(nextWord.toLowerCase())) continue;
    const value: DateValue = { kind: 'date', iso: m[1] ?? '', granularity: 'year' };
    out.push({ ...dateCandidate(m.index, m.index + m[0].length, value, 'rules:year', 0.75), priority: 68 });
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

type ChronoModule = { parse: (text: string, ref?: Date) => chrono.ParsedResult[] };

/** Index of the start of the `groups`-th run of non-white-space characters before `index` (0 if fewer). */
function groupsBack(text: string, index: number, groups: number): number {
  let p = index;
  for (let g = 0; g < groups && p > 0; g++) {
    while (p > 0 && /\s/.test(text[p - 1] as string)) p--;
    while (p > 0 && !/\s/.test(text[p - 1] as string)) p--;
  }
  return p;
}

interface ChronoResultLike {
  index: number;
  text: string;
}
interface ChronoContextLike {
  text: string;
}

/**
 * Two of chrono's English refiners match an end-anchored pattern against the whole text before each
 * result (`/\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/`, `/\b(in)$/` after "May"): time quadratic in the
 * text. Both patterns span at most four words, so each result is refined against a view of the text
 * starting a few words before it; the outcome is the same, in time linear in the text.
 */
function windowed(refiner: {
  refine(context: ChronoContextLike, results: ChronoResultLike[]): ChronoResultLike[];
}) {
  return {
    refine(context: ChronoContextLike, results: ChronoResultLike[]): ChronoResultLike[] {
      const kept: ChronoResultLike[] = [];
      for (const r of results) {
        // The filter keeps a result that is the whole text: decided on the whole text.
        if (r.text.trim() === context.text.trim()) {
          kept.push(...refiner.refine(context, [r]));
          continue;
        }
        const lo = groupsBack(context.text, r.index, 6);
        const view = Object.create(context, { text: { value: context.text.slice(lo) } }) as ChronoContextLike;
        r.index -= lo;
        let out: ChronoResultLike[];
        try {
          out = refiner.refine(view, [r]);
        } finally {
          r.index += lo;
        }
        kept.push(...out);
      }
      return kept;
    },
  };
}

function linearEnglish(en: typeof chrono.en): ChronoModule {
  const casual = en.casual.clone();
  casual.refiners = casual.refiners.map((r) => {
    const name = (r as { constructor: { name: string } }).constructor.name;
    return name === 'ENEndOfPeriodRefiner' || name === 'ENUnlikelyFormatFilter'
      ? (windowed(r as unknown as Parameters<typeof windowed>[0]) as unknown as typeof r)
      : r;
  });
  return { parse: (text, ref) => casual.parse(text, ref) };
}

/** The chrono-node locales the entity locales name (`EntityLocale.chrono`). */
const CHRONO_LOCALES = new Set(['en', 'it', 'de', 'ja', 'zh', 'fr', 'es', 'pt', 'nl', 'ru']);
const chronoParsers = new Map<string, ChronoModule>();

/**
 * chrono-node's parser for one locale, loaded on first use: importing all of chrono costs ~0.3 s of
 * start-up, one locale about half of that, and a process that reads one language needs one locale.
 */
function chronoParser(name: string): ChronoModule | undefined {
  if (!CHRONO_LOCALES.has(name)) return undefined;
  let parser = chronoParsers.get(name);
  if (!parser) {
    // tsup's shims give the CJS build an import.meta.url.
    const module = createRequire(import.meta.url)(`chrono-node/${name}`) as ChronoModule;
    parser = name === 'en' ? linearEnglish(module as unknown as typeof chrono.en) : module;
    chronoParsers.set(name, parser);
  }
  return parser;
}

function chronoDates(text: string, locale: EntityLocale, ref: Reference | undefined): Candidate[] {
  const stop = new Set(locale.stopwords.map((w) => w.toLowerCase()));
  const parser = locale.chrono ? chronoParser(locale.chrono) : undefined;
  if (!parser) return [];
  let results: chrono.ParsedResult[];
  try {
    // A fixed instant when no reference is given keeps the output deterministic; results that
    // depend on it (relative dates) are dropped below.
    results = parser.parse(text, ref?.date ?? new Date(Date.UTC(2000, 0, 1)));
  } catch {
    return [];
  }
  const out: Candidate[] = [];
  for (const r of results) {
    const trimmed = r.text.trim();
    if (trimmed.length < 2 || (trimmed.length < 3 && /^[\p{Script=Latin}\d]+$/u.test(trimmed))) continue;
    if (/^\d+$/.test(trimmed)) continue;
    const s = r.start;
    const known = (k: chrono.Component) => s.isCertain(k);
    // Vague or clock-only expressions ("jetzt", "qualche mese prima") carry no date of their own.
    if (!known('day') && !known('month') && !known('year') && !known('weekday')) continue;
    if (!known('month') && !known('year') && !ref) continue;
    // Relative phrases ("qualche mese prima", "last week") are only kept at day precision.
    const explicit =
      /\d/.test(trimmed) || Object.keys(locale.months).some((mn) => trimmed.toLowerCase().includes(mn));
    if (!explicit && ((!known('day') && !known('weekday')) || known('hour') || ref?.precision !== 'day'))
      continue;
    if (known('hour') && !known('day') && !known('weekday') && !/\p{L}{3}/u.test(trimmed)) continue;
    let value: DateValue | undefined;
    if (known('month') || known('year')) {
      value = makeDate(
        {
          year: known('year') ? (s.get('year') ?? undefined) : undefined,
          month: known('month') ? (s.get('month') ?? undefined) : undefined,
          day: known('day') ? (s.get('day') ?? undefined) : undefined,
          hour: known('hour') && known('day') ? (s.get('hour') ?? undefined) : undefined,
          minute: known('minute') && known('day') ? (s.get('minute') ?? undefined) : undefined,
          offset: known('timezoneOffset') ? (s.get('timezoneOffset') ?? undefined) : undefined,
        },
        ref,
      );
    } else if (ref) {
      // Relative to the reference date: the whole date comes from context.
      value = makeDate(
        {
          year: s.get('year') ?? undefined,
          month: s.get('month') ?? undefined,
          day: s.get('day') ?? undefined,
        },
        ref,
      );
      if (value) value.yearInferred = true;
    }
    if (!value) continue;
    // "ieri", "昨日", "yesterday": the whole date came from the reference.
    if (!/\d{4}|[〇零一二三四五六七八九]{4}年/u.test(trimmed) && !value.iso.startsWith('-'))
      value.yearInferred = true;
    let start = r.index + (r.text.length - r.text.trimStart().length);
    let surface = trimmed;
    // Articles and prepositions chrono includes ("am Freitag", "il 6 gennaio") stay out of the span.
    for (
      let w = /^(\p{L}+)\s+/u.exec(surface);
      w && stop.has((w[1] ?? '').toLowerCase());
      w = /^(\p{L}+)\s+/u.exec(surface)
    ) {
      start += w[0].length;
      surface = surface.slice(w[0].length);
    }
    out.push({ ...dateCandidate(start, start + surface.length, value, 'chrono', 0.8), priority: 45 });
  }
  return out;
}

function relativeDays(text: string, locale: EntityLocale, ref: Reference | undefined): Candidate[] {
  const table = locale.relativeDays;
  if (ref?.precision !== 'day' || !table || Object.keys(table).length === 0) return [];
  const out: Candidate[] = [];
  const re = new RegExp(
    `(?<![\\p{Script=Latin}])(?:${alternation(Object.keys(table))})(?![\\p{Script=Latin}])`,
    'giu',
  );
  for (const m of text.matchAll(re)) {
    const offset = table[m[0]] ?? table[m[0].toLowerCase()];
    if (offset === undefined) continue;
    const d = new Date(ref.date.getTime() + offset * 86_400_000);
    const value = makeDate(
      { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
      ref,
    );
    if (!value) continue;
    value.yearInferred = true;
    out.push({
      ...dateCandidate(m.index, m.index + m[0].length, value, 'rules:relative-day', 0.8),
      priority: 60,
    });
  }
  return out;
}

/**
 * DATE candidates of one locale. `again`: another locale's pass already read this text, so the
 * rules that do not depend on the locale (ISO dates, year ranges, bare years, Han day/month/range
 * readings) are not repeated.
 */
export function dateCandidates(
  text: string,
  locale: EntityLocale,
  ref: Reference | undefined,
  again = false,
): Candidate[] {
  currentText = text;
  const rules = [
    ...relativeDays(text, locale, ref),
    ...numericDates(text, locale, ref, again),
    ...latinDates(text, locale, ref),
    ...cjkDates(text, locale, ref, again),
  ];
  const fromChrono = chronoDates(text, locale, ref);
  const stop = new Set(locale.stopwords.map((w) => w.toLowerCase()));
  // chrono's span wins when it only adds words around the same date ("this September").
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
    const inner: Candidate[] = [];
    for (let k = lo; k < byStart.length && (byStart[k] as { r: Candidate }).r.start <= c.end; k++) {
      const r = (byStart[k] as { r: Candidate }).r;
      if (r.end <= c.end && r.end - r.start < c.end - c.start) inner.push(r);
      if (inner.length > 1) break;
    }
    if (inner.length !== 1) continue;
    const r = inner[0] as Candidate;
    const extra = text.slice(c.start, r.start) + text.slice(r.end, c.end);
    const ci = c.value?.kind === 'date' ? c.value.iso : '';
    const ri = r.value?.kind === 'date' ? r.value.iso : '';
    // Articles and prepositions ("il", "am", "on") stay out of the span.
    const words = extra.trim().split(/\s+/).filter(Boolean);
    const functionWord = (w: string) => stop.has(w.toLowerCase());
    const sameDate = ci.slice(0, ri.length) === ri;
    // chrono is also preferred when it is more precise about the same date ("5 января 2026 года").
    const finer = ci.length > ri.length && /^\d{4}$/.test(ri);
    if (sameDate && (finer || (/^[\p{L}\s]*$/u.test(extra) && !words.some(functionWord)))) c.priority = 73;
  }
  return [...rules, ...fromChrono];
}
