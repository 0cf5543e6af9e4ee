import type { Refiner } from './refiner';

/**
 * Only the types asked for. A recogniser serving several types proposes them all, and the unwanted
 * ones are dropped after overlaps are settled, so that they still hold their spans against the others.
 */
export const wantedTypes: Refiner = {
  name: 'wanted-types',
  refine: (candidates, { wanted, deferred }) =>
    wanted === undefined || deferred ? candidates : candidates.filter((c) => wanted.has(c.type)),
};
