import { createLatinPlugin, type LatinRules } from '../../core/latin';

export const rules: LatinRules = {
  prepositive: [
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'dr', 'pr', 'prof', 'st', 'ste', 'n', 'no', 'nos',
    'p', 'pp', 'art', 'vol', 'chap', 'fig', 'cf', 'env', 'ca', 'av', 'bd', 'vs', 'hab', 'éd',
  ],
  abbreviations: [
    'etc', 'cie', 'inc', 'ltd', 'co', 'jr', 'av. j.-c', 'j.-c', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct',
    'nov', 'déc', 'min', 'max', 'env', 'c.-à-d', 'e.g', 'u.s',
  ],
  sentenceStarters: [
    'le', 'la', 'les', 'un', 'une', 'des', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'ce',
    'cette', 'ces', 'mais', 'et', 'en', 'dans', 'pour', 'depuis', 'selon', 'puis', 'alors', 'ainsi',
  ],
  elision: true,
  elisionExceptions: [
    "aujourd'hui", "prud'homme", "prud'hommes", "presqu'île", "quelqu'un", "quelqu'une", "entr'acte",
    "main-d'œuvre", "o'clock",
  ],
  joinHyphens: true,
};

export const plugin = createLatinPlugin('latin-fr', ['fr'], rules);
