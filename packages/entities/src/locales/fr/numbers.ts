import { valued } from '../_global/spelled';
import type { SpelledNumberTable } from '../types';

const ORDINAL_PLURALS = (ordinals: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(ordinals)
      .filter(([, v]) => v >= 3)
      .map(([w, v]) => [`${w}s`, v]),
  );

const ORDINALS = {
  ...valued(
    'zéroième premier/première/unième deuxième/second/seconde troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième treizième quatorzième quinzième seizième',
  ),
  ...valued('vingtième trentième quarantième cinquantième soixantième', 20, 10),
  centième: 100,
  millième: 1e3,
  millionième: 1e6,
  milliardième: 1e9,
};

/** French numbers in words: "soixante-dix-sept", "quatre-vingts", "vingt et un", "deux tiers", "troisième". */
export const FR_NUMBERS: SpelledNumberTable = {
  words: {
    ...valued('zéro - deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'),
    ...valued('vingt trente quarante cinquante soixante septante huitante/octante nonante', 20, 10),
    'quatre-vingt': 80,
    'quatre-vingts': 80,
  },
  multipliers: { cent: 100, cents: 100, douzaine: 12, douzaines: 12 },
  scales: {
    mille: 1e3,
    mil: 1e3,
    million: 1e6,
    millions: 1e6,
    milliard: 1e9,
    milliards: 1e9,
    billion: 1e12,
    billions: 1e12,
  },
  connectors: ['et'],
  articles: ['un', 'une'],
  // No negative word: "moins", "menos", "meno" mean "less" and "at least" (au moins, al menos) far more often.
  tensWithTeens: [60, 80],
  ordinals: ORDINALS,
  ordinalDigitSuffix: '(?:er|ère|re|e|ème|eme|ième|è)',
  denominators: { demi: 2, demie: 2, demis: 2, tiers: 3, quart: 4, quarts: 4, ...ORDINAL_PLURALS(ORDINALS) },
  decimalWords: ['virgule'],
  fractionWords: ['sur'],
  rangeWords: ['à', 'et'],
  rangeOpeners: ['entre', 'de'],
};
