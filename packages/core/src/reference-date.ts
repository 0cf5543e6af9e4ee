/** A reference date for dates written without a year and for words such as "yesterday". */
export interface ReferenceDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  year: number;
  month: number;
  day: number;
  /** What the caller gave: a year is read as its 1 July, a month as its 15th. */
  precision: 'year' | 'month' | 'day';
}

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

function make(year: number, month: number, day: number, precision: ReferenceDate['precision']) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapFeb = month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  if (day > (leapFeb ? 28 : daysInMonth)) return undefined;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return { iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, year, month, day, precision };
}

/**
 * Reads a reference date. Accepted: ISO 8601 `YYYY` (read as 1 July), `YYYY-MM` (its 15th),
 * `YYYY-MM-DD`, or a date-time such as `2026-01-10T23:30:00-08:00`, whose date is taken as written
 * (here the 10th), whatever the offset; or a `Date`: one at local midnight (`new Date(2026, 0, 10)`)
 * gives its local calendar date, any other its UTC date. Anything else — `5 March 2026`, an invalid
 * Date, a number — gives undefined, for the caller to report as its `E_INVALID_REFERENCE_DATE`.
 * The result never depends on the process's time zone for a string, and for a Date only through the
 * Date's own construction.
 */
export function parseReferenceDate(value: unknown): ReferenceDate | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return undefined;
    const localMidnight =
      value.getHours() === 0 &&
      value.getMinutes() === 0 &&
      value.getSeconds() === 0 &&
      value.getMilliseconds() === 0;
    return localMidnight
      ? make(value.getFullYear(), value.getMonth() + 1, value.getDate(), 'day')
      : make(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), 'day');
  }
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3]) return make(year, Number(m[2]), Number(m[3]), 'day');
  if (m[2]) return make(year, Number(m[2]), 15, 'month');
  return make(year, 7, 1, 'year');
}

/**
 * {@link parseReferenceDate}, for an option that must be valid: anything it cannot read throws the
 * error `invalid` makes from one message shared by every package, so misuse reads the same everywhere.
 */
export function requireReferenceDate(value: unknown, invalid: (message: string) => Error): ReferenceDate {
  const parsed = parseReferenceDate(value);
  if (parsed) return parsed;
  const shown = value instanceof Date ? 'an invalid Date' : JSON.stringify(String(value));
  throw invalid(
    `referenceDate must be an ISO 8601 date ("2026-03-05", "2026-03", "2026", "2026-03-05T10:00Z") or a valid Date, not ${shown}.`,
  );
}
