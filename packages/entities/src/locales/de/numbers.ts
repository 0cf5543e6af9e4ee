import { inflected, valued } from '../_global/spelled';
import type { SpelledNumberTable } from '../types';

const ENDINGS = ['e', 'er', 'en', 'es', 'em'];

/** German numbers in words, glued: "dreihundertfünfundzwanzig", "eine Million", "zwei Drittel", "dritte". */
export const DE_NUMBERS: SpelledNumberTable = {
  words: {
    ...valued(
      'null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn',
    ),
    ...valued('zwanzig dreißig/dreissig vierzig fünfzig sechzig siebzig achtzig neunzig', 20, 10),
    zwo: 2,
    // Written without umlauts where a keyboard lacks them.
    fuenf: 5,
    fuenfzehn: 15,
    fuenfzig: 50,
    zwoelf: 12,
  },
  multipliers: { hundert: 100, dutzend: 12 },
  scales: {
    tausend: 1e3,
    million: 1e6,
    millionen: 1e6,
    milliarde: 1e9,
    milliarden: 1e9,
    billion: 1e12,
    billionen: 1e12,
  },
  connectors: ['und'],
  articles: ['ein', 'eine', 'einer', 'einen', 'einem'],
  negatives: ['minus'],
  glued: true,
  unitBeforeTen: true,
  ordinals: inflected(
    {
      ...valued(
        'nullt erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft dreizehnt vierzehnt fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt',
      ),
      ...valued(
        'zwanzigst dreißigst/dreissigst vierzigst fünfzigst sechzigst siebzigst achtzigst neunzigst',
        20,
        10,
      ),
      hundertst: 100,
      tausendst: 1e3,
      millionst: 1e6,
    },
    ENDINGS,
  ),
  denominators: {
    halb: 2,
    halbe: 2,
    halben: 2,
    ...valued('drittel viertel fünftel sechstel siebtel achtel neuntel zehntel', 3),
    hundertstel: 100,
    tausendstel: 1e3,
  },
  decimalWords: ['komma'],
  fractionWords: [],
  rangeWords: ['bis'],
  rangeOpeners: ['zwischen', 'von'],
};
