import type { SpelledNumberTable } from '../types';

/** Chinese: Han numerals are read by script; this table adds the words around them. */
export const ZH_NUMBERS: SpelledNumberTable = {
  words: {},
  multipliers: {},
  scales: {},
  connectors: [],
  negatives: ['负', '負'],
  ordinals: {},
  denominators: {},
  rangeWords: ['到', '至'],
};
