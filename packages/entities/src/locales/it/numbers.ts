import { inflected, valued, without } from '../_global/spelled';
import type { SpelledNumberTable } from '../types';

const ORDINALS = inflected(
  {
    ...valued(
      'prim second terz quart quint sest settim ottav non decim undicesim dodicesim tredicesim quattordicesim quindicesim sedicesim diciassettesim diciottesim diciannovesim',
      1,
    ),
    ...valued(
      'ventesim trentesim quarantesim cinquantesim sessantesim settantesim ottantesim novantesim',
      20,
      10,
    ),
    // The last unit of a glued ordinal: "ventunesimo", "trentatreesimo".
    ...valued('unesim duesim treesim quattresim cinquesim seiesim settesim ottesim novesim', 1),
    centesim: 100,
    millesim: 1e3,
    milionesim: 1e6,
  },
  ['o', 'a', 'i', 'e'],
);

/** Italian numbers in words, glued: "duemilatrecentoventicinque", "ventuno", "un milione", "due terzi", "terzo". */
export const IT_NUMBERS: SpelledNumberTable = {
  words: {
    ...valued(
      'zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove',
    ),
    ...valued(
      'venti/vent trenta/trent quaranta/quarant cinquanta/cinquant sessanta/sessant settanta/settant ottanta/ottant novanta/novant',
      20,
      10,
    ),
    tré: 3,
  },
  multipliers: { cento: 100, cent: 100, dozzina: 12, dozzine: 12 },
  scales: { mille: 1e3, mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9 },
  connectors: ['e'],
  articles: ['un', 'una'],
  // No negative word: "moins", "menos", "meno" mean "less" and "at least" (au moins, al menos) far more often.
  glued: true,
  // "prima" is also "before", "secondo" also "according to".
  ordinals: without(ORDINALS, ['prima', 'secondo']),
  ordinalDigitSuffix: '(?:º|ª|°)',
  denominators: { mezzo: 2, mezza: 2, terzo: 3, terzi: 3, quarto: 4, quarti: 4, quinti: 5, decimi: 10 },
  decimalWords: ['virgola'],
  fractionWords: ['su'],
  rangeWords: ['a', 'e'],
  rangeOpeners: ['tra', 'fra', 'da'],
};
