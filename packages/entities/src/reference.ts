import type { Reference } from './core/date-value';
import { EntitiesError } from './errors';

/** Parses `referenceDate` (ISO year, month, day or time, or a Date) to a UTC instant. */
export function parseReference(ref: string | Date | undefined): Reference | undefined {
  if (ref === undefined) return undefined;
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime())) {
      throw new EntitiesError(
        'E_INVALID_REFERENCE_DATE',
        'referenceDate is an invalid Date; pass a valid Date or an ISO string such as "2026-01-05".',
      );
    }
    return { date: ref, precision: 'day' };
  }
  if (typeof ref === 'string') {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(ref.trim());
    if (m) {
      const y = Number(m[1]);
      const mo = m[2] ? Number(m[2]) : 7;
      const d = m[3] ? Number(m[3]) : m[2] ? 15 : 1;
      const precision = m[3] ? 'day' : m[2] ? 'month' : 'year';
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
        return { date: new Date(Date.UTC(y, mo - 1, d)), precision };
    } else if (/^\d{4}-\d{2}-\d{2}T/.test(ref.trim())) {
      const t = Date.parse(ref.trim());
      if (!Number.isNaN(t)) return { date: new Date(t), precision: 'day' };
    }
  }
  throw new EntitiesError(
    'E_INVALID_REFERENCE_DATE',
    `referenceDate must be an ISO date ("2026", "2026-01", "2026-01-05", "2026-01-05T10:00Z") or a Date, not ${JSON.stringify(ref)}.`,
  );
}
