import { inflected, valued } from '../_global/spelled';
import type { SpelledNumberTable } from '../types';

const GENDERS = ['o', 'a', 'os', 'as'];
const ORDINALS = {
  ...inflected(
    {
      ...valued(
        'primer segund tercer cuart quint sext séptim/septim octav noven décim/decim undécim duodécim',
        1,
      ),
      ...valued(
        'vigésim/vigesim trigésim/trigesim cuadragésim quincuagésim sexagésim septuagésim octogésim nonagésim',
        20,
        10,
      ),
      centésim: 100,
      milésim: 1e3,
      millonésim: 1e6,
    },
    GENDERS,
  ),
  primer: 1,
  tercer: 3,
};

/** Spanish numbers in words: "ciento veintiuno", "dos mil", "un millón", "tres cuartos", "vigésimo primero". */
export const ES_NUMBERS: SpelledNumberTable = {
  words: {
    ...valued(
      'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis/dieciseis diecisiete dieciocho diecinueve',
    ),
    ...valued(
      'veinte veintiuno/veintiún/veintiuna veintidós/veintidos veintitrés/veintitres veinticuatro veinticinco veintiséis/veintiseis veintisiete veintiocho veintinueve',
      20,
    ),
    ...valued('treinta cuarenta cincuenta sesenta setenta ochenta noventa', 30, 10),
    cien: 100,
    ciento: 100,
    ...inflected(
      valued('- - doscient trescient cuatrocient quinient seiscient setecient ochocient novecient', 0, 100),
      ['os', 'as'],
    ),
    quinientos: 500,
    quinientas: 500,
  },
  multipliers: { docena: 12, docenas: 12 },
  scales: {
    mil: 1e3,
    millón: 1e6,
    millon: 1e6,
    millones: 1e6,
    'mil millones': 1e9,
    millardo: 1e9,
    millardos: 1e9,
    billón: 1e12,
    billon: 1e12,
    billones: 1e12,
  },
  connectors: ['y'],
  articles: ['un', 'una'],
  // No negative word: "moins", "menos", "meno" mean "less" and "at least" (au moins, al menos) far more often.
  ordinals: ORDINALS,
  ordinalDigitSuffix: '(?:º|ª|°|\\.º|\\.ª|er|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma)',
  denominators: { medio: 2, media: 2, tercio: 3, tercios: 3, cuarto: 4, cuartos: 4, quintos: 5, décimos: 10 },
  decimalWords: ['coma', 'punto'],
  fractionWords: ['sobre'],
  rangeWords: ['a', 'y', 'hasta'],
  rangeOpeners: ['entre', 'de', 'desde'],
};
