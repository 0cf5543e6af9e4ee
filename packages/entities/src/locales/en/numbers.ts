import type { SpelledNumberTable } from '../types';

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const ORDINAL_UNITS =
  'zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(
    ' ',
  );
const ORDINAL_TENS = 'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth'.split(
  ' ',
);

/** English numbers in words: "one hundred and twenty-one", "a dozen", "two thirds", "twenty-first". */
export const EN_NUMBERS: SpelledNumberTable = {
  words: {
    ...Object.fromEntries(UNITS.map((w, i) => [w, i])),
    ...Object.fromEntries(TENS.map((w, i) => [w, 20 + 10 * i])),
  },
  multipliers: { hundred: 100, dozen: 12, dozens: 12 },
  scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  connectors: ['and'],
  articles: ['a', 'an'],
  negatives: ['minus', 'negative'],
  ordinals: {
    ...Object.fromEntries(ORDINAL_UNITS.map((w, i) => [w, i])),
    ...Object.fromEntries(ORDINAL_TENS.map((w, i) => [w, 20 + 10 * i])),
    hundredth: 100,
    thousandth: 1e3,
    millionth: 1e6,
    billionth: 1e9,
    trillionth: 1e12,
  },
  ordinalDigitSuffix: '(?:st|nd|rd|th)',
  denominators: {
    half: 2,
    halves: 2,
    third: 3,
    thirds: 3,
    quarter: 4,
    quarters: 4,
    fourth: 4,
    fourths: 4,
    fifth: 5,
    fifths: 5,
    sixth: 6,
    sixths: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    hundredth: 100,
    thousandth: 1e3,
    millionth: 1e6,
    billionth: 1e9,
    trillionth: 1e12,
    trillionths: 1e12,
    sevenths: 7,
    eighths: 8,
    ninths: 9,
    tenths: 10,
    hundredths: 100,
    thousandths: 1e3,
    millionths: 1e6,
  },
  decimalWords: ['point'],
  fractionWords: ['over'],
  rangeWords: ['to', 'and'],
  rangeOpeners: ['between', 'from'],
};
