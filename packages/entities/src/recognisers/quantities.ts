import { quantityCandidates } from '../core/quantities';
import type { Recogniser } from './recogniser';

/** Durations, sums of money, percentages and other numbers. */
export const quantities: Recogniser = {
  name: 'quantities',
  types: ['DURATION', 'MONEY', 'PERCENT', 'NUMBER'],
  recognise: ({ text, locales, primary }) => quantityCandidates(text, locales, primary.lang),
};
