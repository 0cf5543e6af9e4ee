import { createLatinPlugin, type LatinRules } from '../../core/latin';

export const PREPOSITIVE = [
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'hon', 'st', 'sr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt',
  'capt', 'cmdr', 'sgt', 'maj', 'adm', 'pres', 'supt', 'messrs', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'fig',
  'figs', 'p', 'pp', 'vol', 'ch', 'art', 'sec', 'dept', 'approx', 'ca', 'cf', 'e.g', 'i.e', 'viz', 'op',
];
export const ABBREVIATIONS = [
  'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'bros', 'llc', 'plc', 'esq', 'phd', 'a.m', 'p.m', 'u.s', 'u.k',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed',
  'thu', 'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'est', 'ext', 'min', 'max', 'al', 'dist', 'univ', 'assn',
  'intl', 'govt', 'mfg', 'no', 'tel', 'ps', 'sts', 'drs',
];
export const SENTENCE_STARTERS = [
  'a', 'i', 'the', 'he', 'she', 'it', 'we', 'they', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'so', 'if', 'in', 'on', 'at', 'as', 'after', 'when', 'while', 'however', 'his', 'her', 'their', 'our',
  'my', 'its', 'what', 'why', 'how', 'who', 'where', 'then', 'also', 'for', 'thus', 'meanwhile', 'yet',
];

export const rules: LatinRules = {
  prepositive: PREPOSITIVE,
  abbreviations: ABBREVIATIONS,
  sentenceStarters: SENTENCE_STARTERS,
  hyphenPrefixes: ['e', 'non', 'anti', 'co', 'counter', 'ex', 'mis', 'multi', 'over', 're', 'self', 'semi', 'vice', 'pre', 'post', 'sub', 'pro', 'un', 'inter'],
};

export const plugin = createLatinPlugin('latin-en', ['en'], rules);
