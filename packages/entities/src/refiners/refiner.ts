import type { Candidate } from '../core/candidate';
import type { RecogniseContext } from '../recognisers/recogniser';

/** A step over all candidates of a text, after every recogniser has run. */
export interface Refiner {
  name: string;
  refine(candidates: Candidate[], context: RecogniseContext): Candidate[];
}
