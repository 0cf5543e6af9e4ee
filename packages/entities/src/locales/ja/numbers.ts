import type { SpelledNumberTable } from '../types';

/** Japanese: Han numerals are read by script; this table adds the words around them. */
export const JA_NUMBERS: SpelledNumberTable = {
  words: {},
  multipliers: {},
  scales: {},
  connectors: [],
  negatives: ['マイナス', '負の'],
  ordinals: {},
  denominators: {},
  rangeWords: ['から', '〜', '～', '~'],
};
