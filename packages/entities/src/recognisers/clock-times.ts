import { clockCandidates } from '../core/times';
import type { Recogniser } from './recogniser';

/** Clock times ("14:32 JST", "午後2時32分"); the attach-days refiner gives each its day. */
export const clockTimes: Recogniser = {
  name: 'clock-times',
  types: ['DATE'],
  recognise: ({ text, locales }) => clockCandidates(text, locales),
};
