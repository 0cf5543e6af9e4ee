import { valued } from '../_global/spelled';
import type { SpelledNumberTable } from '../types';

/** Dutch numbers in words, glued: "vijfentwintig", "tweehonderd", "een miljoen", "derde". */
export const NL_NUMBERS: SpelledNumberTable = {
  words: {
    ...valued(
      'nul één/eén twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien',
    ),
    ...valued('twintig dertig veertig vijftig zestig zeventig tachtig negentig', 20, 10),
  },
  multipliers: { honderd: 100, dozijn: 12 },
  scales: { duizend: 1e3, miljoen: 1e6, miljard: 1e9, biljoen: 1e12 },
  connectors: ['en', 'ën'],
  articles: ['een'],
  negatives: ['minus'],
  glued: true,
  unitBeforeTen: true,
  ordinals: {
    ...valued(
      'nulde eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende',
    ),
    ...valued(
      'twintigste dertigste veertigste vijftigste zestigste zeventigste tachtigste negentigste',
      20,
      10,
    ),
    honderdste: 100,
    duizendste: 1e3,
    miljoenste: 1e6,
  },
  denominators: { half: 2, halve: 2, derde: 3, kwart: 4, vierde: 4, vijfde: 5, tiende: 10 },
  decimalWords: ['komma'],
  fractionWords: [],
  rangeWords: ['tot'],
  rangeOpeners: ['tussen', 'van'],
};
