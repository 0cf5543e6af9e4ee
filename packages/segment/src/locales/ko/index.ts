import { createLatinPlugin, type LatinRules } from '../../core/latin';

/**
 * Korean on the shared alphabetic engine: words are separated by spaces, sentences end in `다.`,
 * `요.`, `?`, `!`. Hangul has no case, so after a full stop the engine ends the sentence unless
 * the word before it is an abbreviation; a quotation closed right before a particle (`…했다."고
 * 말했다`) runs on because no space follows it.
 */
export const rules: LatinRules = {
  prepositive: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'p', 'pp', 'fig', 'vol'],
  abbreviations: ['etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'a.m', 'p.m', 'u.s'],
  sentenceStarters: ['the', 'a', 'he', 'she', 'we', 'they', 'it', 'this', 'i'],
  joinHyphens: true,
};

export const plugin = createLatinPlugin('ko', ['ko'], rules);
