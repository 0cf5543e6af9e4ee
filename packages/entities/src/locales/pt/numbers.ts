import { inflected, valued, without } from '../_global/spelled';
import type { SpelledNumberTable } from '../types';

const ORDINALS = inflected(
  {
    ...valued('primeir segund terceir quart quint sext sétim/setim oitav non décim/decim', 1),
    ...valued(
      'vigésim/vigesim trigésim/trigesim quadragésim quinquagésim sexagésim septuagésim octogésim nonagésim',
      20,
      10,
    ),
    centésim: 100,
    milésim: 1e3,
    milionésim: 1e6,
  },
  ['o', 'a', 'os', 'as'],
);

/** Portuguese numbers in words: "cento e vinte e um", "dois mil", "75 milhões", "três quartos", "vigésimo". */
export const PT_NUMBERS: SpelledNumberTable = {
  words: {
    ...valued(
      'zero - dois/duas três/tres quatro cinco seis sete oito nove dez onze doze treze catorze/quatorze quinze dezesseis/dezasseis dezessete/dezassete dezoito dezenove/dezanove',
    ),
    ...valued('vinte trinta quarenta cinquenta/cinqüenta sessenta setenta oitenta noventa', 20, 10),
    cem: 100,
    cento: 100,
    ...inflected(
      valued('- - duzent trezent quatrocent quinhent seiscent setecent oitocent novecent', 0, 100),
      ['os', 'as'],
    ),
  },
  multipliers: { dúzia: 12, dúzias: 12, duzia: 12 },
  scales: {
    mil: 1e3,
    milhão: 1e6,
    milhao: 1e6,
    milhões: 1e6,
    milhoes: 1e6,
    bilhão: 1e9,
    bilhao: 1e9,
    bilhões: 1e9,
    bilhoes: 1e9,
    'mil milhões': 1e9,
    trilhão: 1e12,
    trilhões: 1e12,
  },
  connectors: ['e'],
  articles: ['um', 'uma'],
  // No negative word: "moins", "menos", "meno" mean "less" and "at least" (au moins, al menos) far more often.
  // "segundo" is also "according to".
  ordinals: without(ORDINALS, ['segundo']),
  ordinalDigitSuffix: '(?:º|ª|°|\\.º|\\.ª)',
  denominators: { meio: 2, meia: 2, terço: 3, terços: 3, quarto: 4, quartos: 4, quintos: 5, décimos: 10 },
  decimalWords: ['vírgula'],
  fractionWords: ['sobre'],
  rangeWords: ['a', 'e', 'até'],
  rangeOpeners: ['entre', 'de'],
};
