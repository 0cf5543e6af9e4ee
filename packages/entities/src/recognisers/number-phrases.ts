import { numberPhraseCandidates } from '../core/number-phrases';
import { DECIMAL_COMMA_LANGS } from '../core/numerals';
import type { Recogniser } from './recogniser';

/**
 * Numbers however they are written (in words, Han or Hangul numerals, signed, fractions, grouped by
 * spaces) and what they make with the words around them: ordinals, ranges, ages, temperatures,
 * percentages and sums written in words.
 */
export const numberPhrases: Recogniser = {
  name: 'number-phrases',
  types: ['NUMBER', 'ORDINAL', 'NUMBER_RANGE', 'AGE', 'TEMPERATURE', 'PERCENT', 'MONEY'],
  recognise: ({ text, primary }) =>
    numberPhraseCandidates(text, primary, DECIMAL_COMMA_LANGS.has(primary.lang)),
};
