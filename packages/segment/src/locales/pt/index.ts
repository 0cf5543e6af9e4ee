import { createLatinPlugin, type LatinRules } from '../../core/latin';

export const rules: LatinRules = {
  prepositive: [
    'sr', 'sra', 'srta', 'dr', 'dra', 'prof', 'profa', 'eng', 'exmo', 'exma', 'v', 'vs', 'n', 'nº', 'p', 'pág',
    'art', 'cap', 'vol', 'fig', 'aprox', 'ca', 'cf', 'av', 'r', 'sto', 'sta', 'pe', 'dom',
  ],
  abbreviations: [
    'etc', 'cia', 'ltda', 'inc', 'ltd', 'co', 'jr', 's.a', 'eua', 'ee.uu', 'jan', 'fev', 'mar', 'abr', 'mai',
    'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez', 'a.c', 'd.c', 'e.g',
  ],
  sentenceStarters: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'este', 'esta', 'esse', 'essa', 'mas', 'e', 'em', 'no', 'na', 'para',
    'segundo', 'ele', 'ela', 'eles', 'elas', 'nós', 'eu', 'não', 'também', 'além',
  ],
  joinHyphens: true,
};

export const plugin = createLatinPlugin('latin-pt', ['pt'], rules);
