/** Half-open UTF-16 offsets into the string that was segmented. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

/** Unicode script of a token, coarse: enough to route mixed-script text. */
export type Script =
  | 'Latin'
  | 'Han'
  | 'Hiragana'
  | 'Katakana'
  | 'Hangul'
  | 'Cyrillic'
  | 'Greek'
  | 'Arabic'
  | 'Hebrew'
  | 'Thai'
  | 'Devanagari'
  | 'Common'
  | 'Other';

export interface Token {
  span: Span;
  kind: TokenKind;
  script: Script;
}

export interface Segmentation {
  /** BCP 47 tag actually used (after lookup), e.g. `ja`. */
  lang: string;
  /** Which plugin produced it (`intl` for the fallback). */
  segmenter: string;
  /** Sentences tile the text minus leading/trailing whitespace; in order, non-overlapping. */
  sentences: Span[];
  /** Word-like, number, punctuation and symbol tokens; whitespace is not a token. */
  tokens: Token[];
}
