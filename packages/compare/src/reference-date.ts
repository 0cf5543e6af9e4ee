import { parseReferenceDate } from '@corpus/core';
import { CompareError } from './errors';

/**
 * The `referenceDate` option as `YYYY-MM-DD`, read by @corpus/core's one parser (ISO 8601 or a Date,
 * the same result in every time zone); undefined when not given. Anything else is misuse.
 */
export function referenceDateOption(value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseReferenceDate(value);
  if (!parsed) {
    throw new CompareError(
      'E_INVALID_REFERENCE_DATE',
      `Expected referenceDate to be an ISO 8601 date ("2026-03-05", "2026-03", "2026", "2026-03-05T10:00Z") or a Date, not ${JSON.stringify(String(value))}.`,
    );
  }
  return parsed.iso;
}
