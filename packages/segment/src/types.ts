import type { Span } from '@corpus/core';

/** Half-open UTF-16 offsets into the string that was segmented: the one Span of @corpus/core. */
export type { Span };

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

// ---- the plugin contract -------------------------------------------------

/** What a plugin is asked for: sentences of a line, or words of a sentence. */
export type Granularity = 'sentence' | 'word';

export interface DoSegmentOptions {
  granularity: Granularity;
  /** The canonical BCP 47 tag the caller asked for (e.g. `zh-Hant-TW`), before lookup. */
  language: string;
}

/**
 * One piece of plugin output. Pieces are in order, non-empty, inside the text, do not overlap,
 * and together with whitespace-only gaps cover the whole text. A word piece may say its kind;
 * otherwise the core classifies it.
 */
export interface SegmentSpan extends Span {
  kind?: TokenKind;
}

/**
 * Version 1 of the segmenter plugin contract. Types only: a plugin is a plain object.
 * `doSegment` receives exactly the text to cut (a line for `sentence`, a sentence for `word`),
 * never anything else; users call the validating `segment()` instead.
 */
export interface SegmenterPluginV1 {
  readonly specificationVersion: 'v1';
  /** Stable name, shown in `Segmentation.segmenter` and in errors. */
  readonly name: string;
  /** BCP 47 tags served, most specific wins at lookup (`zh-Hant` before `zh`). */
  readonly languages: readonly string[];
  /** Which granularities this plugin implements; the fallback does the others. */
  readonly supports: { readonly sentence: boolean; readonly word: boolean };
  doSegment(text: string, options: DoSegmentOptions): readonly SegmentSpan[];
}

export type SegmenterPlugin = SegmenterPluginV1;

export interface CreateSegmenterOptions {
  /** Plugins to register; for the same language a later plugin replaces an earlier one. */
  plugins?: readonly SegmenterPlugin[];
  /** Used for languages no plugin serves, and for granularities a plugin does not support. Default: `Intl.Segmenter`. */
  fallback?: SegmenterPlugin;
}

export interface SegmentOptions {
  /** BCP 47 language tag of the text, e.g. `de`, `zh-Hant-TW`, `pt-BR`. */
  lang: string;
}

/** Which plugin serves a language, after BCP 47 lookup. */
export interface Resolution {
  /** Canonical form of the requested tag. */
  language: string;
  /** The registered tag that matched, or `null` when the fallback serves it. */
  matched: string | null;
  sentence: string;
  word: string;
}

export interface Segmenter {
  /** Sentences and tokens of `text`; line breaks always end a sentence. */
  segment(text: string, options: SegmentOptions): Segmentation;
  /** Sentence spans only (cheaper than `segment`). */
  sentences(text: string, options: SegmentOptions): Span[];
  /** Which plugins would serve `lang`. */
  resolve(lang: string): Resolution;
  /** Every registered language tag, sorted. */
  readonly languages: readonly string[];
}
