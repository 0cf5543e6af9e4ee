import type { LocaleRules } from '../types';

/**
 * The template `pnpm new-language` copies: what ingest knows about page furniture in one language.
 * Every list may start empty; each rule runs on every document (articles quote each other), so
 * keep a pattern specific enough not to fire on ordinary text. Month names come from Unicode CLDR
 * through @corpus/core: list here only forms CLDR lacks (`monthVariants`).
 */
export const xx: LocaleRules = {
  lang: 'xx',
  // Whole lines that mark an advertisement slot ('advertisement', 'sponsored').
  adMarkers: [],
  // Whole lines labelling a comment widget ('comments', 'leave a comment').
  commentWidgets: [],
  // Whole lines of share buttons ('share', 'share this article', 'print').
  shareWidgets: [],
  // Short paragraphs inviting comments, newsletter sign-ups and cookie consent, as patterns.
  callToComment: [],
  newsletter: [],
  cookieNotice: [],
  // A short line that is a byline ('By Jane Smith'): group 1 is the name(s).
  byline: [],
  // A short line naming the outlet ('Source: …'): group 1 is the outlet.
  outlet: [],
  // Headings of a reference list ('sources', 'references').
  referenceHeadings: [],
  // Words of promotional copy, lower case ('free', 'discount').
  promotion: [],
  // First crumb of a navigation trail ('home').
  navigationHome: [],
  // Labels before a publication date ('published', 'updated'), lower case.
  datelinePrefixes: [],
  // The language's most frequent function words that other languages do not share, lower case:
  // they confirm that a block is in this language.
  stopwords: [],
};
