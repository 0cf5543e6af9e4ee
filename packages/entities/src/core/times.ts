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
    `(?<![\\p{Script=Latin}\\p{N}.,:/-])(?:(${Z})\\s?)?(?:(${M})\\s?)?(\\d{1,2})` +
      `(?:[:](\\d{2})(?![:.,]?\\d)|[.](\\d{2})(?=\\s?(?:${H})))?` +
      `(?:\\s?(${H})(?:\\s?(\\d{1,2})(?!\\d)(?:\\s?(${MM}))?)?)?` +
      `(?:\\s?(${M})(?![\\p{L}]))?(?:\\s?(\\()?\\s?(${Z})(?![\\p{Script=Latin}])(\\))?)?`,
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
  return out;
}

/** A date candidate that is, or may turn out to be, a day. */
function mayBeDay(d: Candidate): boolean {
  if (d.type !== 'DATE') return false;
  const p = d.pending;
  if (!p) return d.value?.kind === 'date' && d.value.granularity === 'day';
  return p.kind === 'chrono' || p.kind === 'relative-day' || (p.kind === 'yearless' && p.day !== undefined);
}

/**
 * The dates a clock time may take its day from: those of its sentence that do not overlap it,
 * nearest first (earlier candidates first among equals), up to the first whose day is already known.
 */
function nearbyDays(c: Candidate, days: Candidate[], sentence: Span): DayCandidate[] {
  const near: { d: Candidate; dist: number; i: number }[] = [];
  let known: { d: Candidate; dist: number; i: number } | undefined;
  days.forEach((d, i) => {
    if (d.start < sentence.start || d.end > sentence.end) return;
    if (d.start < c.end && c.start < d.end) return;
    const dist = d.start >= c.end ? d.start - c.end : c.start - d.end;
    if (d.pending) near.push({ d, dist, i });
    else if (!known || dist < known.dist) known = { d, dist, i };
  });
  const firstKnown = known;
  const before = firstKnown
    ? near.filter((n) => n.dist < firstKnown.dist || (n.dist === firstKnown.dist && n.i < firstKnown.i))
    : near;
  before.sort((a, b) => a.dist - b.dist || a.i - b.i);
  const list = before.map((n): DayCandidate => ({ pending: n.d.pending }));
  if (firstKnown) list.push({ value: firstKnown.d.value as DateValue });
  return list;
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
  const days = dates.filter(mayBeDay);
  return clocks.map((c) => {
    const { clock: _, ...cand } = c;
    const sentence = sentences.find((s) => s.start <= c.start && c.start < s.end) ?? {
      start: 0,
      end: Number.POSITIVE_INFINITY,
    };
    const near = nearbyDays(c, days, sentence);
    const pending: Candidate = { ...cand, pending: { kind: 'clock', days: near } };
    if (deferred && (near.length === 0 || near[0]?.pending)) return pending;
    return settle(pending, ref) as Candidate;
  });
}
