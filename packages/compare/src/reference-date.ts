import { requireReferenceDate } from '@corpus/core';
import { CompareError } from './errors';

/** The `referenceDate` option as `YYYY-MM-DD` (ISO 8601 or a Date, the same in every time zone), if given. */
export function referenceDateOption(value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined;
  return requireReferenceDate(value, (message) => new CompareError('E_INVALID_REFERENCE_DATE', message)).iso;
}
