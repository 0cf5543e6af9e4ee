import { compoundDurations as compound } from '../core/durations';
import type { Refiner } from './refiner';

/** "1 hour, 5 minutes and 40 seconds", "1時間5分", "5年半": the parts of one duration become one mention. */
export const compoundDurations: Refiner = {
  name: 'compound-durations',
  refine: (candidates, { text, locales }) => compound(text, candidates, locales),
};
