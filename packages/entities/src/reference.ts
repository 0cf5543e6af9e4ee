import { parseReferenceDate } from '@corpus/core';
import type { Reference } from './core/date-value';
import { EntitiesError } from './errors';

/**
 * Parses `referenceDate` with @corpus/core's one reading of it (ISO 8601 only; a string's date as
 * written, whatever the process's time zone) into midnight UTC of that date.
 */
export function parseReference(ref: string | Date | undefined): Reference | undefined {
  if (ref === undefined) return undefined;
  const parsed = parseReferenceDate(ref);
  if (!parsed) {
    throw new EntitiesError(
      'E_INVALID_REFERENCE_DATE',
      `referenceDate must be an ISO 8601 date ("2026", "2026-01", "2026-01-05", "2026-01-05T10:00Z") or a valid Date, not ${JSON.stringify(ref)}.`,
    );
  }
  return { date: new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day)), precision: parsed.precision };
}
