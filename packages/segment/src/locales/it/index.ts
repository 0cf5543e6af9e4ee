import { createLatinPlugin, type LatinRules } from '../../core/latin';

export const rules: LatinRules = {
  prepositive: [
    'sig', 'sigg', 'sig.ra', 'sigra', 'dott', 'dott.ssa', 'dr', 'prof', 'prof.ssa', 'ing', 'avv', 'arch', 'geom',
    'rag', 'on', 'sen', 'gen', 'col', 'magg', 'cap', 'ten', 'mons', 'p', 'pag', 'pagg', 'art', 'artt', 'n',
    'nn', 'num', 'cfr', 'vol', 'cap', 'par', 'fig', 'es', 'ca', 'c.a', 'vs', 's', 'ss', 'sant', 'v', 'tel',
    'on', 'spett', 'egr', 'gent', 'ill', 'mr', 'mrs', 'st',
  ],
  abbreviations: [
    'ecc', 'etc', 'ed', 'sim', 'spa', 's.p.a', 's.r.l', 'srl', 'inc', 'ltd', 'co', 'gen', 'feb', 'mar', 'apr',
    'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic', 'a.c', 'd.c', 'u.s', 'e.g',
  ],
  sentenceStarters: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'questo', 'questa', 'quello', 'quella', 'ma', 'e',
    'in', 'per', 'nel', 'nella', 'secondo', 'lui', 'lei', 'noi', 'loro', 'non', 'anche', 'poi', 'inoltre',
  ],
  elision: true,
  elisionExceptions: [],
};

export const plugin = createLatinPlugin('latin-it', ['it'], rules);
