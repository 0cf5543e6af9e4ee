import type { EntityLocale } from '../locales/types';
import type { DateValue, Span } from '../types';
import type { Candidate } from './candidate';
import type { Reference } from './date-value';
import { type DayCandidate, settle } from './pending';
import { alternation } from './text';

const pad = (n: number) => String(n).padStart(2, '0');

/** `+09:00` for 540 minutes. */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const cache = new Map<string, RegExp | undefined>();

function merged<T>(locales: EntityLocale[], pick: (l: EntityLocale) => Record<string, T> | undefined) {
  const out: Record<string, T> = {};
  for (const l of [...locales].reverse()) Object.assign(out, pick(l) ?? {});
  return out;
}

function clockRegex(locales: EntityLocale[]): RegExp | undefined {
  const id = locales.map((l) => l.lang).join('+');
  if (cache.has(id)) return cache.get(id);
  const zones = Object.keys(merged(locales, (l) => l.timeZones));
  const mer = Object.keys(merged(locales, (l) => l.meridiem));
  const hm = [...new Set(locales.flatMap((l) => l.hourMarkers ?? []))];
  const mm = [...new Set(locales.flatMap((l) => l.minuteMarkers ?? []))];
  const none = '\\u0000';
  const Z = zones.length ? alternation(zones) : none;
  const M = mer.length ? alternation(mer) : none;
  const H = hm.length ? hm.join('|') : none;
  const MM = mm.length ? mm.join('|') : none;
  // [zone] [meridiem] hour ( :MM | .MM before an hour word | hour word [MM [minute word]] ) [meridiem] [(zone)]
  // Every repetition is a bounded digit run or one optional space: linear.
  const re = new RegExp(
    // A time starts with its zone, its meridiem or its hour: said first, it lets V8 pass over other
    // characters without trying the lookbehind at each.
    `(?=\\d|${Z}|${M})(?<![\\p{Script=Latin}\\p{N}.,:/-])(?:(${Z})\\s?)?(?:(${M})\\s?)?(\\d{1,2})` +
      `(?:[:](\\d{2})(?![:.,]?\\d)|[.](\\d{2})(?=\\s?(?:${H})))?` +
      `(?:\\s?(${H})(?:\\s?(\\d{1,2})(?!\\d)(?:\\s?(${MM}))?)?)?` +
      // "8:25 am. EDT": a dot after a meridiem is read through only when a zone follows it.
      `(?:\\s?(${M})(?![\\p{L}]))?(?:(?<=\\p{L})\\.(?=\\s?\\(?\\s?(?:${Z})))?(?:\\s?(\\()?\\s?(${Z})(?![\\p{Script=Latin}])(\\))?)?`,
    'gu',
  );
  cache.set(id, re);
  return re;
}

/** A clock time found in the text; `day` is filled in by {@link attachDays}. */
export interface ClockCandidate extends Candidate {
  clock: { hour: number; minute: number; offset?: number };
}

/**
 * Clock times ("14:32 JST", "6:32 a.m. CET", "6h32", "午後2時32分(日本時間)", "北京时间 13 点 32 分",
 * "6.32 Uhr MEZ", "오후 2시 32분(한국 시간)") as DATE mentions of granularity `time`.
 */
export function clockCandidates(text: string, locales: EntityLocale[]): ClockCandidate[] {
  const re = clockRegex(locales);
  if (!re) return [];
  const zones = merged(locales, (l) => l.timeZones);
  const meridiem = merged(locales, (l) => l.meridiem);
  const units = merged(locales, (l) => l.durationUnits);
  const out: ClockCandidate[] = [];
  for (const m of text.matchAll(re)) {
    const [
      ,
      zoneBefore,
      merBefore,
      h,
      colonMin,
      dotMin,
      marker,
      markerMin,
      ,
      merAfter,
      open,
      zoneAfter,
      close,
    ] = m;
    let hour = Number(h);
    const minuteText = colonMin ?? dotMin ?? markerMin;
    const minute = minuteText ? Number(minuteText) : 0;
    const mer = merBefore ?? merAfter;
    // A bare number is a time only with a clock shape: minutes, an hour word, or "a.m."/"p.m." after it.
    if (!colonMin && !dotMin && !marker && !merAfter) continue;
    // "3点" (three points), "2時" alone: an Asian hour word needs minutes, a meridiem or a zone.
    const zone = zoneBefore ?? zoneAfter;
    if (marker && !minuteText && !mer && !zone && !/^\p{Script=Latin}/u.test(marker)) continue;
    // An hour word that is also a duration unit ("3 uur") is a time alone only after a cue (cuedHours).
    if (marker && !minuteText && !mer && !zone && units[marker.toLowerCase()] !== undefined) continue;
    if (hour > 24 || minute > 59) continue;
    if (mer !== undefined) {
      const add = meridiem[mer] ?? meridiem[mer.toLowerCase()];
      if (hour > 12) continue;
      if (add === 12 && hour < 12) hour += 12;
      if (add === 0 && hour === 12) hour = 0;
    }
    const start = m.index;
    let end = m.index + m[0].length;
    // "6h32 CET)" inside someone else's bracket: the closing bracket is not part of the time.
    if (!open && close) end -= 1;
    const offset = zone !== undefined ? zones[zone] : undefined;
    const value: DateValue = {
      kind: 'date',
      iso: `T${pad(hour)}:${pad(minute)}${offset !== undefined ? formatOffset(offset) : ''}`,
      granularity: 'time',
    };
    out.push({
      type: 'DATE',
      start,
      end,
      key: `date:${value.iso}`,
      value,
      confidence: 0.85,
      recognizer: 'rules:time',
      priority: 74,
      clock: offset !== undefined ? { hour, minute, offset } : { hour, minute },
    });
  }
  for (const c of cuedHours(text, locales[0] as EntityLocale)) out.push(c);
  for (const c of fourDigitTimes(text)) out.push(c);
  return out;
}

/** A clock time read by one of this file's rules. */
function ruleTime(start: number, end: number, iso: string, clock: ClockCandidate['clock']): ClockCandidate {
  const value: DateValue = { kind: 'date', iso, granularity: 'time' };
  return {
    type: 'DATE',
    start,
    end,
    key: `date:${iso}`,
    value,
    confidence: 0.8,
    recognizer: 'rules:time',
    priority: 74,
    clock,
  };
}

/**
 * "(1225 GMT)", "at 0730 UTC": the wire services' four-digit time, read only before GMT or UTC and
 * after a bracket or "at" ("in 2024 GMT was…" is a year).
 */
function fourDigitTimes(text: string): ClockCandidate[] {
  const out: ClockCandidate[] = [];
  for (const m of text.matchAll(
    /(?<=\([ \u00a0]?|(?<!\p{L})at[ \u00a0])([01]\d|2[0-3])([0-5]\d)[ \u00a0]?(?:GMT|UTC)(?!\p{L})/gu,
  )) {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    const iso = `T${pad(hour)}:${pad(minute)}+00:00`;
    out.push(ruleTime(m.index, m.index + m[0].length, iso, { hour, minute, offset: 0 }));
  }
  return out;
}

const cueCache = new Map<string, RegExp | undefined>();

/** "à 23 heures", "il est vingt heures": an hour word after a cue is a clock time (the cue stays outside). */
function cuedHours(text: string, locale: EntityLocale): ClockCandidate[] {
  if (!cueCache.has(locale.lang)) {
    const cues = locale.hourCues;
    const numbers = Object.keys(locale.numberWords);
    cueCache.set(
      locale.lang,
      cues?.before.length && cues.words.length
        ? new RegExp(
            `(?<![\\p{L}])(?:${alternation(cues.before)})\\s+(\\d{1,2}|${alternation(numbers) || '\\u0000'})\\s+(?:${alternation(cues.words)})(?![\\p{L}])`,
            'giud',
          )
        : undefined,
    );
  }
  const re = cueCache.get(locale.lang);
  const out: ClockCandidate[] = [];
  for (const m of re ? text.matchAll(re) : []) {
    const word = m[1] ?? '';
    const hour = /^\d+$/.test(word) ? Number(word) : locale.numberWords[word.toLowerCase()];
    if (hour === undefined || hour > 24) continue;
    const start = m.indices?.[1]?.[0] ?? m.index;
    out.push(ruleTime(start, m.index + m[0].length, `T${pad(hour)}:00`, { hour, minute: 0 }));
  }
  return out;
}

/** A date candidate that is, or may turn out to be, a day. */
function mayBeDay(d: Candidate): boolean {
  if (d.type !== 'DATE') return false;
  const p = d.pending;
  if (!p) return d.value?.kind === 'date' && d.value.granularity === 'day';
  return p.kind === 'chrono' || p.kind === 'relative-day' || (p.kind === 'yearless' && p.day !== undefined);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * How a nearby date settles, for the clock's list: `certain` when it is a day under any reference
 * (known, or a month and day valid in every year), else an identity: dates of the same identity
 * settle alike under any reference (every "yesterday" exists or none does), so one of each is enough.
 */
function identity(d: Candidate): 'certain' | string {
  const p = d.pending;
  if (!p) return 'certain';
  if (p.kind === 'yearless')
    return (p.day ?? 0) <= (DAYS_IN_MONTH[p.month - 1] ?? 0) ? 'certain' : `y${p.month}-${p.day}`;
  if (p.kind === 'relative-day') return 'relative-day';
  return p.kind === 'chrono' ? `c${p.text}` : p.kind;
}

/** Day candidates sorted by end and by start, so the nearest to a clock are found by binary search. */
interface DayIndex {
  days: Candidate[];
  byEnd: number[];
  byStart: number[];
}

function dayIndex(days: Candidate[]): DayIndex {
  const ids = days.map((_, i) => i);
  const at = (i: number) => days[i] as Candidate;
  return {
    days,
    byEnd: [...ids].sort((a, b) => at(a).end - at(b).end || a - b),
    byStart: [...ids].sort((a, b) => at(a).start - at(b).start || a - b),
  };
}

/** First position in `order` whose key is ≥ `value`. */
function lowerBound(order: number[], key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(order[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The dates a clock time may take its day from: those of its sentence that do not overlap it,
 * nearest first (earlier candidates first among equals), up to the first that is certainly a day.
 * Walks outwards from the clock on both sides, so a clock costs the dates nearer than its day.
 */
function nearbyDays(c: Candidate, index: DayIndex, sentence: Span): DayCandidate[] {
  const { days, byEnd, byStart } = index;
  const at = (i: number) => days[i] as Candidate;
  let b = lowerBound(byEnd, (i) => at(i).end, c.start + 1) - 1;
  let f = lowerBound(byStart, (i) => at(i).start, c.end);
  const list: DayCandidate[] = [];
  const seen = new Set<string>();
  for (;;) {
    while (
      b >= 0 &&
      at(byEnd[b] as number).start < sentence.start &&
      at(byEnd[b] as number).end >= sentence.start
    )
      b--;
    while (
      f < byStart.length &&
      at(byStart[f] as number).end > sentence.end &&
      at(byStart[f] as number).start < sentence.end
    )
      f++;
    const backDist =
      b >= 0 && at(byEnd[b] as number).end >= sentence.start
        ? c.start - at(byEnd[b] as number).end
        : Infinity;
    const foreDist =
      f < byStart.length && at(byStart[f] as number).start < sentence.end
        ? at(byStart[f] as number).start - c.end
        : Infinity;
    const dist = Math.min(backDist, foreDist);
    if (dist === Infinity) return list;
    // Every date at this distance, on either side, in candidate order.
    const group: number[] = [];
    for (; b >= 0 && c.start - at(byEnd[b] as number).end === dist; b--) {
      if (at(byEnd[b] as number).start >= sentence.start) group.push(byEnd[b] as number);
    }
    for (; f < byStart.length && at(byStart[f] as number).start - c.end === dist; f++) {
      if (at(byStart[f] as number).end <= sentence.end) group.push(byStart[f] as number);
    }
    group.sort((x, y) => x - y);
    for (const i of group) {
      const d = at(i);
      const id = identity(d);
      if (id === 'certain') {
        list.push(d.pending ? { pending: d.pending } : { value: d.value as DateValue });
        return list;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      list.push({ pending: d.pending });
    }
  }
}

/**
 * Gives each clock time its day: the nearest date of day granularity in the same sentence, else the
 * reference date when it is precise to the day (then `yearInferred`). Otherwise the value stays a
 * time of an unknown day, `T14:32+09:00`. `deferred`: the dates may still be pending, and so may
 * the clock's day.
 */
export function attachDays(
  clocks: ClockCandidate[],
  dates: Candidate[],
  sentences: Span[],
  ref: Reference | undefined,
  deferred = false,
): Candidate[] {
  const index = dayIndex(dates.filter(mayBeDay));
  return clocks.map((c) => {
    const { clock: _, ...cand } = c;
    const sentence = sentences.find((s) => s.start <= c.start && c.start < s.end) ?? {
      start: 0,
      end: Number.POSITIVE_INFINITY,
    };
    const near = nearbyDays(c, index, sentence);
    const pending: Candidate = { ...cand, pending: { kind: 'clock', days: near } };
    if (deferred && (near.length === 0 || near[0]?.pending)) return pending;
    return settle(pending, ref) as Candidate;
  });
}
