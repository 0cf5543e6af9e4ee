import type { DateValue } from '../types';
import type { Candidate } from './candidate';
import { settleChrono } from './chrono';
import { makeDate, type Reference } from './date-value';

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
  const probe: Candidate = {
    type: 'DATE',
    start: 0,
    end: 0,
    key: '',
    confidence: 0,
    recognizer: '',
    priority: 0,
  };
  return settle({ ...probe, pending: p }, ref)?.value as DateValue | undefined;
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
