import { centuries } from './centuries';
import { cjkNames } from './cjk-names';
import { clockTimes } from './clock-times';
import { dates } from './dates';
import { englishDates } from './english-dates';
import { latinNames } from './latin-names';
import { links } from './links';
import { numberPhrases } from './number-phrases';
import { quantities } from './quantities';
import type { Recogniser } from './recogniser';
import { roles } from './roles';

export type { RecogniseContext, Recogniser } from './recogniser';

/**
 * Every recogniser, in the order their candidates are listed. Order only breaks exact ties in
 * overlap resolution (same priority, span and key), and attach-days reads the dates before the clocks.
 */
export const RECOGNISERS: readonly Recogniser[] = [
  links,
  dates,
  englishDates,
  clockTimes,
  centuries,
  quantities,
  numberPhrases,
  roles,
  latinNames,
  cjkNames,
];
