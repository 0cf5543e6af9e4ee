import type { DateValue } from '../types';
import type { Candidate } from './candidate';
import { settleChrono } from './chrono';
import { makeDate, pad, type Reference } from './date-value';

/**
 * What a DATE candidate still needs from the reference date. Plain JSON, so a mention list
 * extracted without a reference can travel (to a worker, to disk) and be resolved later.
 */
export type PendingDate =
  /** A month (and day) written without a year: the year nearest the reference. */
  | { kind: 'yearless'; month: number; day?: number }
  /** "yesterday", "gestern", "昨日": days from the reference day (needs a day-precise reference). */
  | { kind: 'relative-day'; days: number }
  /** "last March", "marzo scorso": the month before (or after) the reference. */
  | { kind: 'relative-month'; month: number; last: boolean }
  /** A chrono-node reading that may depend on the reference ("Friday", "3 days ago"): its own text is re-read. */
  | { kind: 'chrono'; lang: string; index: number; text: string }
  /** "next week", "来月", "l'anno scorso": the week, month or year `shift` units from the reference's. */
  | { kind: 'period'; unit: 'W' | 'M' | 'Y'; shift: number }
  /** "in three weeks", "2 giorni fa", "5天前": the day `amount` units (signed) from the reference day. */
  | { kind: 'offset'; unit: 'Y' | 'M' | 'W' | 'D'; amount: number }
  /** "last 3 months", "next 3 days", "within 9 months": the days between the reference and `amount` units from it. */
  | { kind: 'span'; unit: 'Y' | 'M' | 'W' | 'D'; amount: number; fromNextDay: boolean }
  /** "from 3 to 12 May", "2010年以降"… a range of two dates, each known or pending. */
  | { kind: 'range'; from: DayCandidate; to: DayCandidate }
  /** The bare first number of a range ("5" in "from 5 to 6pm", "3" in "3-12 May"): the other side with its hour or day. */
  | { kind: 'sibling'; of: DayCandidate; hour?: number; day?: number; after?: boolean }
  /** A date and the clock time written after it ("Tuesday 11:00", "23.04.2022 14:55"): one date-time. */
  | { kind: 'datetime'; day: DayCandidate; time: DayCandidate }
  /** A clock time; its day is the first of `days` that turns out to be a day (nearest first), else the reference day. */
  | { kind: 'clock'; days: DayCandidate[] };

/** A date near a clock time, either known or pending. */
export interface DayCandidate {
  value?: DateValue;
  pending?: PendingDate;
}

function withValue(c: Candidate, value: DateValue | undefined): Candidate | undefined {
  if (!value) return undefined;
  const { pending: _, ...rest } = c;
  return { ...rest, value, key: `date:${value.iso}` };
}

function relativeDay(days: number, ref: Reference | undefined): DateValue | undefined {
  if (ref?.precision !== 'day') return undefined;
  const d = new Date(ref.date.getTime() + days * 86_400_000);
  const value = makeDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, ref);
  if (value) value.yearInferred = true;
  return value;
}

const DAY_MS = 86_400_000;

function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The week (Monday to Sunday, an ISO interval of days), month or year `shift` units from the reference's. */
function period(unit: 'W' | 'M' | 'Y', shift: number, ref: Reference | undefined): DateValue | undefined {
  if (!ref || (unit === 'W' && ref.precision !== 'day') || (unit === 'M' && ref.precision === 'year'))
    return undefined;
  const d = ref.date;
  let value: DateValue;
  if (unit === 'Y') value = { kind: 'date', iso: pad(d.getUTCFullYear() + shift, 4), granularity: 'year' };
  else if (unit === 'M') {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shift, 1));
    value = { kind: 'date', iso: ymd(m).slice(0, 7), granularity: 'month' };
  } else {
    const monday = d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS + shift * 7 * DAY_MS;
    const sunday = ymd(new Date(monday + 6 * DAY_MS));
    value = { kind: 'date', iso: `${ymd(new Date(monday))}/${sunday}`, granularity: 'day', endIso: sunday };
  }
  value.yearInferred = true;
  return value;
}

/** The day `amount` units from the reference day; a month or year later keeps the day of the month where it exists. */
function offset(
  unit: 'Y' | 'M' | 'W' | 'D',
  amount: number,
  ref: Reference | undefined,
): DateValue | undefined {
  if (ref?.precision !== 'day' || !Number.isFinite(amount) || Math.abs(amount) > 10_000) return undefined;
  const d = ref.date;
  let t: Date;
  if (unit === 'D' || unit === 'W') t = new Date(d.getTime() + amount * (unit === 'W' ? 7 : 1) * DAY_MS);
  else {
    const months = unit === 'Y' ? amount * 12 : amount;
    const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    t = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d.getUTCDate(), last)));
  }
  const value = makeDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }, ref);
  if (value) value.yearInferred = true;
  return value;
}

/** A year-less month (and day) in the year of `other`, inferred as that one's was. */
function inYear(p: { month: number; day?: number }, year: number, other: DateValue): DateValue | undefined {
  const value = makeDate({ year, month: p.month, day: p.day }, undefined);
  if (value && other.yearInferred) value.yearInferred = true;
  return value;
}

const yearOf = (v: DateValue) => Number(v.iso.slice(0, 4));

/**
 * The two ends of a range, read together: a side written without a year takes the other side's
 * year ("Nov 18 – Dec 19, 2015"; "三月到五月" ends in the year it starts, or the next), and a
 * clock time at the end takes the day of the one at the start.
 */
function rangeEnds(
  from: DayCandidate,
  to: DayCandidate,
  ref: Reference | undefined,
): [DateValue | undefined, DateValue | undefined] {
  let a = partValue(from, ref);
  let b = partValue(to, ref);
  const fy = from.pending?.kind === 'yearless' ? from.pending : undefined;
  const ty = to.pending?.kind === 'yearless' ? to.pending : undefined;
  const dated = (v: DateValue | undefined) => v !== undefined && /^\d{4}/.test(v.iso);
  if (ty && dated(a) && (fy || !a?.yearInferred)) {
    const y = yearOf(a as DateValue);
    b = inYear(ty, y, a as DateValue);
    if (b && b.iso < (a as DateValue).iso.slice(0, b.iso.length)) b = inYear(ty, y + 1, a as DateValue);
  } else if (fy && dated(b) && !b?.yearInferred) {
    const y = yearOf(b as DateValue);
    a = inYear(fy, y, b as DateValue);
    if (a && (b as DateValue).iso < a.iso.slice(0, (b as DateValue).iso.length))
      a = inYear(fy, y - 1, b as DateValue);
  }
  // "de 1/10 a 11/7", "Nov to March": an end before the start whose year was not written is a year on.
  const ymd = b?.yearInferred ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(b.iso) : null;
  if (a && b && ymd && b.iso < a.iso.slice(0, b.iso.length)) {
    const next = makeDate(
      { year: Number(ymd[1]) + 1, month: Number(ymd[2]), day: ymd[3] ? Number(ymd[3]) : undefined },
      undefined,
    );
    if (next) b = { ...b, iso: next.iso };
  }
  const day = a?.iso.split('T')[0];
  if (a && b && day && a.iso.includes('T') && b.iso.includes('T'))
    b = { ...b, iso: `${day}T${b.iso.split('T')[1]}` };
  return [a, b];
}

/**
 * The other side of a range with its hour or day replaced: "5" before "6pm" is 5pm (the
 * meridiem is shared when that keeps the range ascending), "3" before "12 May" the 3rd of May;
 * `after`: this side comes after the other ("午後5時から6時": 18:00).
 */
function sibling(
  other: DateValue | undefined,
  hour: number | undefined,
  day: number | undefined,
  after: boolean,
): DateValue | undefined {
  if (!other || other.iso.includes('/')) return undefined;
  const m = /^(.*?)(?:T(\d{2}):(\d{2})(.*))?$/.exec(other.iso) as RegExpExecArray;
  const [, date = '', hh, , zone = ''] = m;
  if (hour !== undefined && hh !== undefined) {
    const pm = hour < 12 && Number(hh) >= 12 && (after ? hour + 12 > Number(hh) : hour + 12 < Number(hh));
    const h = pm ? hour + 12 : hour;
    if (h > 23) return undefined;
    return { ...other, iso: `${date}T${pad(h)}:00${zone}` };
  }
  const d = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(other.iso);
  if (day === undefined || !d || other.granularity !== 'day') return undefined;
  const value = makeDate(
    { year: d[1] === '-' ? undefined : Number(d[1]), month: Number(d[2]), day },
    undefined,
  );
  return value ? { ...other, iso: value.iso } : undefined;
}

/** A day and a time of day ("T11:00", or a time range) as one date-time. */
function dateTime(day: DateValue | undefined, time: DateValue | undefined): DateValue | undefined {
  if (day?.granularity !== 'day' || day.iso.includes('/') || !time?.iso.includes('T')) return undefined;
  const at = (iso: string) => `${day.iso}T${iso.split('T')[1]}`;
  const iso = time.iso.split('/').map(at).join('/');
  const value: DateValue = { kind: 'date', iso, granularity: 'time' };
  if (iso.includes('/')) value.endIso = iso.split('/')[1];
  if (day.yearInferred) value.yearInferred = true;
  return value;
}

/** An ISO interval from two dates, when the second does not come before the first. */
function range(from: DateValue | undefined, to: DateValue | undefined): DateValue | undefined {
  if (from?.kind !== 'date' || to?.kind !== 'date') return undefined;
  const a = from.iso.split('/')[0] as string;
  const b = (to.iso.split('/')[1] ?? to.iso) as string;
  // Compared as text: both sides are ISO forms, and a year-less side ("--05-03") only pairs with another.
  if (a.startsWith('-') !== b.startsWith('-') || a.includes('T') !== b.includes('T') || b <= a)
    return undefined;
  if (b.startsWith(a)) return undefined;
  const value: DateValue = { kind: 'date', iso: `${a}/${b}`, granularity: from.granularity, endIso: b };
  if (from.yearInferred || to.yearInferred) value.yearInferred = true;
  return value;
}

function relativeMonth(month: number, last: boolean, ref: Reference | undefined): DateValue | undefined {
  if (!ref) return undefined;
  const refMonth = ref.date.getUTCMonth() + 1;
  let year = ref.date.getUTCFullYear();
  if (last && month >= refMonth) year -= 1;
  if (!last && month <= refMonth) year += 1;
  const value = makeDate({ year, month }, ref);
  if (value) value.yearInferred = true;
  return value;
}

/** The date of the first nearby candidate that is a day, else the reference day. */
function clockDay(
  days: DayCandidate[],
  ref: Reference | undefined,
): { iso: string; inferred: boolean } | undefined {
  for (const d of days) {
    const value = d.pending ? dayValue(d.pending, ref) : d.value;
    if (value?.granularity !== 'day') continue;
    if (!value.iso.startsWith('-')) return { iso: value.iso, inferred: value.yearInferred === true };
    break;
  }
  if (ref?.precision === 'day') return { iso: ref.date.toISOString().slice(0, 10), inferred: true };
  return undefined;
}

function dayValue(p: PendingDate, ref: Reference | undefined): DateValue | undefined {
  return partValue({ pending: p }, ref);
}

/** The value of one part of a range: known, or its pending description (a clock keeps its time as its value) read against `ref`. */
function partValue(part: DayCandidate, ref: Reference | undefined): DateValue | undefined {
  const probe: Candidate = {
    type: 'DATE',
    start: 0,
    end: 0,
    key: '',
    confidence: 0,
    recognizer: '',
    priority: 0,
  };
  if (part.value) probe.value = part.value;
  if (part.pending) probe.pending = part.pending;
  return settle(probe, ref)?.value as DateValue | undefined;
}

/** The candidate with its value read against `ref` (or without one); undefined when it then says nothing. */
export function settle(c: Candidate, ref: Reference | undefined): Candidate | undefined {
  const p = c.pending;
  if (!p) return c;
  switch (p.kind) {
    case 'yearless':
      return withValue(c, makeDate({ month: p.month, day: p.day }, ref));
    case 'relative-day':
      return withValue(c, relativeDay(p.days, ref));
    case 'relative-month':
      return withValue(c, relativeMonth(p.month, p.last, ref));
    case 'chrono':
      return settleChrono(c, p, ref);
    case 'period':
      return withValue(c, period(p.unit, p.shift, ref));
    case 'offset':
      return withValue(c, offset(p.unit, p.amount, ref));
    case 'range':
      return withValue(c, range(...rangeEnds(p.from, p.to, ref)));
    case 'span': {
      const far = offset(p.unit, p.amount, ref);
      const near = p.fromNextDay ? offset('D', 1, ref) : offset('D', 0, ref);
      return withValue(c, p.amount < 0 ? range(far, offset('D', 0, ref)) : range(near, far));
    }
    case 'sibling':
      return withValue(c, sibling(partValue(p.of, ref), p.hour, p.day, p.after === true));
    case 'datetime':
      return withValue(c, dateTime(partValue(p.day, ref), partValue(p.time, ref)));
    case 'clock': {
      const day = clockDay(p.days, ref);
      const time = c.value as DateValue;
      if (!day) return withValue(c, time);
      const value: DateValue = { ...time, iso: `${day.iso}${time.iso}` };
      if (day.inferred) value.yearInferred = true;
      return withValue(c, value);
    }
  }
}

/**
 * Settles every candidate against `ref`, then lets a chrono reading take over the one rule date it
 * only adds words around ("this September" over "September"), or reads more precisely.
 */
export function settleAll(candidates: Candidate[], ref: Reference | undefined): Candidate[] {
  const settled = new Map<Candidate, Candidate>();
  for (const c of candidates) {
    const s = settle(c, ref);
    if (s) settled.set(c, s);
  }
  for (const c of candidates) {
    const s = settled.get(c);
    if (s?.inner) preferChrono(s, settled);
  }
  const out: Candidate[] = [];
  for (const c of candidates) {
    const s = settled.get(c);
    if (!s) continue;
    if (s.inner) {
      const { inner: _, ...rest } = s;
      out.push(rest);
    } else out.push(s);
  }
  return out;
}

function preferChrono(c: Candidate, settled: Map<Candidate, Candidate>): void {
  const inner = (c.inner ?? []).filter((i) => settled.has(i.rule));
  if (inner.length !== 1) return;
  const { rule, wordsOnly } = inner[0] as { rule: Candidate; wordsOnly: boolean };
  const r = settled.get(rule) as Candidate;
  const ci = c.value?.kind === 'date' ? c.value.iso : '';
  const ri = r.value?.kind === 'date' ? r.value.iso : '';
  const sameDate = ci.slice(0, ri.length) === ri;
  // chrono is also preferred when it is more precise about the same date ("5 января 2026 года").
  const finer = ci.length > ri.length && /^\d{4}$/.test(ri);
  if (sameDate && (finer || wordsOnly)) c.priority = 73;
}
