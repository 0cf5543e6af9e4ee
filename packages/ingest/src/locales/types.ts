/**
 * What ingest knows about one language: word lists and layout cues for boilerplate, bylines and
 * metadata. The core applies every registered locale to every document (articles quote each other),
 * so a rule here must be specific enough not to fire on ordinary text in another language.
 */
export interface LocaleRules {
  lang: string;
  /** Whole lines that mark an advertisement slot (compared case-insensitively). */
  adMarkers: string[];
  /** Whole lines that are the label of a comment widget (an optional count may follow). */
  commentWidgets: string[];
  /** Whole lines that are share buttons or their labels. */
  shareWidgets: string[];
  /** Patterns of a short paragraph inviting readers to comment. */
  callToComment: RegExp[];
  /** Patterns of a newsletter or subscription prompt. */
  newsletter: RegExp[];
  /** Patterns of a cookie or consent notice. */
  cookieNotice: RegExp[];
  /** A short line that is a byline: group 1 is the name(s). */
  byline: RegExp[];
  /** A short line that names the outlet: group 1 is the outlet. */
  outlet: RegExp[];
  /** Headings that introduce a list of references or sources (compared without a final colon). */
  referenceHeadings: string[];
  /** Words of promotional copy (lower case). */
  promotion: string[];
  /**
   * Month names CLDR does not give for this language's base locale (`jänner` is de-AT), lower case, to
   * their number. Every other month name comes from @corpus/core's `calendarWords` (Unicode CLDR).
   */
  monthVariants?: Record<string, number>;
  /** First crumb of a navigation trail ("Home"). */
  navigationHome: string[];
  /** Labels before a publication date on a line of its own ("Published", "Veröffentlicht am"), lower case. */
  datelinePrefixes: string[];
  /** The language's most frequent function words (lower case), for a quick check that a block is in it. */
  stopwords: string[];
}
