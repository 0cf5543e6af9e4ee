import type { SpelledNumberTable } from '../types';

/** Japanese: Han numerals are read by script; this table adds the words around them. */
export const JA_NUMBERS: SpelledNumberTable = {
  words: {},
  multipliers: {},
  scales: {},
  // Between a whole number and a fraction: "1と3分の2".
  connectors: ['と'],
  negatives: ['マイナス', '負の'],
  ordinals: {},
  denominators: {},
  rangeWords: ['から', '〜', '～', '~'],
};
