import { attachDays } from './attach-days';
import { compoundDurations } from './compound-durations';
import { dateSpans } from './date-spans';
import type { Refiner } from './refiner';
import { resolveOverlaps } from './resolve-overlaps';
import { wantedTypes } from './wanted-types';

export type { Refiner } from './refiner';

/** Applied in this order to the candidates of every recogniser. */
export const REFINERS: readonly Refiner[] = [
  attachDays,
  compoundDurations,
  dateSpans,
  resolveOverlaps,
  wantedTypes,
];
