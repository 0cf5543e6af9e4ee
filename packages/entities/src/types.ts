import type { Span } from '@corpus/core';

export type { Span };

export type MentionType =
  | 'PERSON'
  | 'ORG'
  | 'PRODUCT'
  | 'PLACE'
  | 'NAME'
  | 'DATE'
  | 'DURATION'
  | 'NUMBER'
  | 'MONEY'
  | 'PERCENT'
  | 'ORDINAL'
  | 'NUMBER_RANGE'
  | 'AGE'
  | 'TEMPERATURE'
  | 'URL'
  | 'HANDLE'
  | 'EMAIL'
  | 'HASHTAG'
  | 'ROLE'
  | 'PLATFORM';

/** `century`: ISO 8601's two-digit century, `11` for 1100–1199 (the 12th century). */
export type DateGranularity = 'century' | 'year' | 'month' | 'day' | 'time';

export interface DateValue {
  kind: 'date';
  /** ISO 8601 at the stated granularity: `11` (a century), `2026`, `2026-01`, `2026-01-05`, `2026-01-05T10:00+09:00`. */
  iso: string;
  granularity: DateGranularity;
  /** True when the year (or more) came from the reference date rather than the text. */
  yearInferred?: boolean;
  /** Part of the period the text points at: "early 2026" / "2026 开年" → `start`. */
  modifier?: 'start' | 'mid' | 'end';
  /**
   * The end of a range ("2025-2026 年", "vom 4. bis 8. Oktober", "between 4pm and 6pm", "next week");
   * `iso` then holds the ISO interval of both ends, `2025/2026`, `2026-10-04/2026-10-08`.
   */
  endIso?: string;
}

export type DurationQualifier = 'exact' | 'about' | 'nearly' | 'over' | 'at least';

export interface DurationValue {
  kind: 'duration';
  /** ISO 8601 duration, e.g. `P7Y`. */
  iso: string;
  qualifier: DurationQualifier;
}

export interface QuantityValue {
  kind: 'quantity';
  /** Value in base units (no scale words); the rank for ORDINAL, the years for AGE, the degrees for TEMPERATURE. */
  amount: number;
  /**
   * Currency (ISO 4217) for MONEY, `%` for PERCENT, `C`/`F`/`K` (or `deg`, scale not said) for
   * TEMPERATURE, a unit symbol otherwise; none for AGE (always years) and ORDINAL.
   */
  unit?: string;
  /** True for vague amounts ("数十亿", "tens of millions"): `amount` is then the order of magnitude. */
  approximate?: boolean;
  /** The amount is a bound, said so inside the number ("十余万": `over` 100,000). */
  qualifier?: DurationQualifier;
}

/** A NUMBER_RANGE: "between 3 and 5", "10–20", "3到5". */
export interface RangeValue {
  kind: 'range';
  from: number;
  to: number;
  /** The unit both ends share, when one is written ("10–20 km" → `km`, "3–5%" → `%`). */
  unit?: string;
}

export interface TextValue {
  kind: 'text';
  /** Normalised form (e.g. lower-cased URL host+path, handle without @). */
  normalized: string;
}

export type MentionValue = DateValue | DurationValue | QuantityValue | RangeValue | TextValue;

export interface Mention {
  type: MentionType;
  span: Span;
  /** Always `input.text.slice(span.start, span.end)`. */
  text: string;
  value?: MentionValue;
  /** Cross-lingual key: equal for the same referent in any language/script. */
  key: string;
  confidence: number;
  /** Which recogniser produced it (e.g. `chrono`, `pattern:url`, `names:latin`). */
  recognizer: string;
  /**
   * Only with `extractMentions(…, { deferDates: true })`: this entry stands for a stretch of text
   * whose mentions depend on the reference date; `resolveDates` replaces it by those mentions.
   */
  pending?: PendingDates;
}

/**
 * The readings of a stretch of text that wait for a reference date: plain JSON, to be passed back
 * to `resolveDates` as it is (its contents are internal and may change between versions).
 */
export interface PendingDates {
  version: 1;
  candidates: unknown[];
  /** The `types` option of the extraction, applied once the dates are resolved. */
  types?: MentionType[];
}

export interface EntityMentionRef {
  /** Document id (or name) the mention belongs to. */
  document: string;
  span: Span;
  text: string;
}

export interface EntityForm {
  text: string;
  documents: string[];
  /** Near but not equal to the canonical name (a misspelling, a transliteration slip). */
  spellingVariant?: boolean;
  /** A short form (surname alone) resolved to the full name. */
  shortForm?: boolean;
  /**
   * The same name written in another script (ドナルド・トランプ, 도널드 트럼프 for Donald Trump), linked
   * by how its romanisation sounds: the romanisation, the score (0..1) and the evidence.
   */
  transliteration?: TransliterationLink;
}

/** Why a form in another script was linked to an entity. */
export interface TransliterationLink {
  /** The form in Latin letters (Hepburn, Revised Romanization, pinyin, Wikipedia Cyrillic). */
  romanized: string;
  /** 0..1: sound-key and spelling similarity, plus shared context. */
  score: number;
  /** Plain-language reasons, e.g. `sounds like "Donald Trump" (TNRTRNP)`, `both name org:openai`. */
  evidence: string[];
}

export interface Entity {
  key: string;
  canonical: string;
  type: MentionType;
  forms: EntityForm[];
  mentions: EntityMentionRef[];
  /** Document ids in which the entity occurs, sorted. */
  documents: string[];
}

/** What `extractMentions` reads: the text and its language, optionally already segmented. */
export interface ExtractInput {
  text: string;
  /** BCP 47 tag (`it`, `de`, `ja`, `zh-Hans`…); unknown languages get the language-free recognisers. */
  lang: string;
  sentences?: Span[];
  tokens?: unknown[];
}

export interface ExtractOptions {
  /**
   * The document's date or the story's date (`2026-01`, `2026-01-05`, a full ISO time or a `Date`).
   * Resolves relative dates and dates without a year (nearest occurrence, see README).
   */
  referenceDate?: string | Date;
  /**
   * Only these mention types. Recognisers that cannot produce any of them are not run (so
   * `types: ['DATE']` costs the date recognisers alone), and overlaps are settled among the ones that
   * run: a mention that a skipped recogniser would have covered (a date inside a URL) can then be
   * returned. Default: every type.
   */
  types?: MentionType[];
  /**
   * Leave the dates that need a reference date (a day without a year, "yesterday", "last March", a
   * clock time's day) unresolved, for `resolveDates(mentions, referenceDate)` to settle later
   * without reading the text again. Not with `referenceDate`.
   */
  deferDates?: boolean;
}

/** One analysed document for `linkEntities`. */
export interface LinkDocument {
  id: string;
  mentions: Mention[];
  /** BCP 47 tag: Han characters in a Japanese document are not read as pinyin. */
  lang?: string;
}
