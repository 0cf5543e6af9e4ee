import { resolveOverlaps as resolve } from '../core/candidate';
import type { Refiner } from './refiner';

/**
 * Overlaps are settled once, by priority then length. Deferred dates are settled later, stretch by
 * stretch, once the reference date is known (see defer.ts), so they pass through unresolved.
 */
export const resolveOverlaps: Refiner = {
  name: 'resolve-overlaps',
  refine: (candidates, { deferred }) => (deferred ? candidates : resolve(candidates)),
};
