import { dateSpans as extend } from '../core/date-spans';
import type { Refiner } from './refiner';

/**
 * A date's span covers the whole expression: two dates joined by a range word become one range
 * ("from 3 to 12 May"), and bound words join their date ("since 2018"). After attach-days, so that
 * clock times have their day; before overlap resolution, so that a range outranks its parts.
 */
export const dateSpans: Refiner = {
  name: 'date-spans',
  refine: (candidates, { text, primary, reference, deferred }) =>
    extend(text, candidates, primary, reference, deferred),
};
