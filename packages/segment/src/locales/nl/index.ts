import { createLatinPlugin, type LatinRules } from '../../core/latin';

export const rules: LatinRules = {
  prepositive: [
    'dhr', 'mevr', 'mr', 'mw', 'dr', 'drs', 'ir', 'ing', 'prof', 'st', 'nr', 'bijv', 'bv', 'o.a', 'm.b.t', 'ca',
    'vs', 'zgn', 'resp', 'blz', 'p', 'art', 'hfst', 'fig', 'vgl', 'z', 'zie', 'jl', 'ds', 'mgr',
  ],
  abbreviations: [
    'enz', 'etc', 'nv', 'bv', 'inc', 'ltd', 'co', 'jr', 'n.v', 'b.v', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul',
    'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'e.g', 'i.e', 'd.w.z', 'm.a.w',
  ],
  sentenceStarters: [
    'de', 'het', 'een', 'hij', 'zij', 'ze', 'wij', 'we', 'ik', 'dit', 'dat', 'deze', 'die', 'maar', 'en', 'in',
    'op', 'er', 'toen', 'ook', 'volgens',
  ],
  joinHyphens: true,
};

export const plugin = createLatinPlugin('latin-nl', ['nl'], rules);
