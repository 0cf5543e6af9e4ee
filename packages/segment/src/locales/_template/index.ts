import { createLatinPlugin, type LatinRules } from '../../core/latin';

/**
 * The template `pnpm new-language` copies: a language written in an alphabet with spaces between
 * words, on the shared engine (Latin, Cyrillic, Greek…). Fill in the abbreviations; every list may
 * stay empty, and the engine's rules for `.`, `!`, `?`, quotes, brackets, lists and layout apply.
 * A language written without spaces (like ja, zh) needs its own `doSegment` instead: see ja/, zh/.
 */
export const rules: LatinRules = {
  // Abbreviations that stand before what they qualify and never end a sentence: titles and
  // address words (lower case, without the final dot: 'dr', 'prof', 'st').
  prepositive: [],
  // Other abbreviations ('etc', 'inc'): they end a sentence only before a typical sentence opener.
  abbreviations: [],
  // Capitalised words that usually open a sentence (pronouns, articles: 'the', 'she'), lower case.
  sentenceStarters: [],
  // More switches and lists (ordinal dates, elision, hyphens, quotations, sign-offs…) are in
  // LatinRules (src/core/latin.ts); add the ones the language needs, with a fixture each.
};

export const plugin = createLatinPlugin('xx', ['xx'], rules);
