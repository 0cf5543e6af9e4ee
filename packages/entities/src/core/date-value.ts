import type { DateGranularity, DateValue } from '../types';
import type { Candidate } from './candidate';

/** The reference date, in UTC, and the precision it was given with. */
export interface Reference {
  date: Date;
  /** How precise the reference is: "yesterday" needs a day, "6 gennaio" only a year or month. */
  precision: 'year' | 'month' | 'day';
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

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

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  offset?: number;
}

function isoOf(year: number | undefined, parts: DateParts): { iso: string; granularity: DateGranularity } {
  const { month, day } = parts;
  const y = year === undefined ? '-' : pad(year, 4);
  if (month === undefined) return { iso: y, granularity: 'year' };
  if (day === undefined) return { iso: `${y}-${pad(month)}`, granularity: 'month' };
  if (parts.hour === undefined) return { iso: `${y}-${pad(month)}-${pad(day)}`, granularity: 'day' };
  let iso = `${y}-${pad(month)}-${pad(day)}T${pad(parts.hour)}:${pad(parts.minute ?? 0)}`;
  if (parts.offset !== undefined) {
    const sign = parts.offset < 0 ? '-' : '+';
    const abs = Math.abs(parts.offset);
    iso += `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  }
  return { iso, granularity: 'time' };
}

/** A DateValue from parts; a missing year is inferred from the reference or left out (`--MM-DD`). */
export function makeDate(parts: DateParts, ref: Reference | undefined): DateValue | undefined {
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
  const value: DateValue = { kind: 'date', ...isoOf(year, parts) };
  if (inferred) value.yearInferred = true;
  return value;
}

/**
 * The end of a date read in `text` from `start`: a full month name takes no abbreviation dot, so
 * "7. Januar." ends the sentence while "Sept." keeps its dot.
 */
export function dateEnd(text: string, start: number, end: number): number {
  if (text[end - 1] === '.' && /\p{L}{5,}\.$/u.test(text.slice(Math.max(start, end - 12), end)))
    return end - 1;
  return end;
}

/** A DATE candidate whose value is known now. */
export function dateCandidate(
  text: string,
  start: number,
  end: number,
  value: DateValue,
  recognizer: string,
  confidence = 0.9,
): Candidate {
  return {
    type: 'DATE',
    start,
    end: dateEnd(text, start, end),
    key: `date:${value.iso}`,
    value,
    confidence,
    recognizer,
    priority: 70,
  };
}
