import type { ConformanceFixture } from '../../testing';

/**
 * What a reader expects of this language's text; the conformance kit runs them (locales.test.ts).
 * Write your own sentences (news-like: a title with an abbreviation, a date, a quotation) with the
 * boundaries a reader expects, and `noBreakAfter` for abbreviations that must not end a sentence.
 */
export const fixtures: readonly ConformanceFixture[] = [];
