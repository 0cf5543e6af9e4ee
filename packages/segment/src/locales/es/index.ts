import { createLatinPlugin, type LatinRules } from '../../core/latin';

export const rules: LatinRules = {
  prepositive: [
    'sr', 'sra', 'srta', 'sres', 'sras', 'dr', 'dra', 'lic', 'ing', 'arq', 'prof', 'd', 'dña', 'da', 'ud', 'uds',
    'vd', 'vds', 'excmo', 'excma', 'ilmo', 'ilma', 'gral', 'cnel', 'tte', 'sto', 'sta', 'núm', 'n', 'no', 'nº',
    'p', 'pág', 'págs', 'art', 'cap', 'vol', 'fig', 'aprox', 'ca', 'cf', 'cfr', 'vs', 'av', 'avda', 'c',
  ],
  abbreviations: [
    'etc', 'cía', 'inc', 'ltd', 'co', 'jr', 's.a', 's.l', 'ee.uu', 'ene', 'feb', 'abr', 'jun', 'jul', 'ago',
    'sept', 'oct', 'nov', 'dic', 'a.c', 'd.c', 'e.g',
  ],
  sentenceStarters: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'ese', 'esa', 'pero', 'y', 'en',
    'para', 'según', 'él', 'ella', 'ellos', 'nosotros', 'yo', 'no', 'también', 'además',
  ],
  joinHyphens: true,
};

export const plugin = createLatinPlugin('latin-es', ['es'], rules);
