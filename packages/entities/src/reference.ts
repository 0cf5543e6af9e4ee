import { requireReferenceDate } from '@corpus/core';
import type { Reference } from './core/date-value';
import { EntitiesError } from './errors';

/** `referenceDate` as midnight UTC of the date written (ISO 8601 only, whatever the process's time zone). */
export function parseReference(ref: string | Date | undefined): Reference | undefined {
  if (ref === undefined) return undefined;
  const parsed = requireReferenceDate(
    ref,
    (message) => new EntitiesError('E_INVALID_REFERENCE_DATE', message),
  );
  return { date: new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day)), precision: parsed.precision };
}
