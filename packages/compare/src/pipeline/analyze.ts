import { extractMentions, resolveDates } from '@corpus/entities';
import type { Document } from '@corpus/ingest';
import { documentFacts } from '../facts/document-facts';
import { factLocaleFor } from '../locales/index';
import type { FactLocale } from '../locales/types';
import { referenceDateOption } from '../reference-date';
import type { AnalyzedDocument } from '../types';
import { type TextInput, toDocument } from './input';
import { DEFAULT_SETUP, localesFor, type PipelineSetup } from './setup';

export type { TextInput } from './input';

export interface AnalyzeOptions {
  /** Resolves dates written without a year; `compare` derives one from the corpus when not given. */
  referenceDate?: string | Date;
  /** Extra or replacement trigger lexicons, keyed by language tag (see src/locales/). */
  locales?: Readonly<Record<string, FactLocale>>;
}

/**
 * Segments a document, finds its mentions and extracts its facts. Accepts an ingested Document or
 * `{ name, text, lang? }`. Synchronous and deterministic. Throws `CompareError` (`E_INVALID_INPUT`,
 * `E_INVALID_REFERENCE_DATE`), or lets through the typed error with which @corpus/ingest or
 * @corpus/segment rejects the text (`E_EMPTY`, `E_INVALID_OPTION`, `E_INVALID_LANGUAGE`; all
 * `CorpusError`s, which `compareTexts` turns into warnings).
 */
export function analyze(input: Document | TextInput, options: AnalyzeOptions = {}): AnalyzedDocument {
  return analyzeWith(DEFAULT_SETUP, input, options);
}

/** `analyze` with an analyzer's segmenter and fact locales. */
export function analyzeWith(
  setup: PipelineSetup,
  input: Document | TextInput,
  options: AnalyzeOptions = {},
): AnalyzedDocument & { kind: 'analyzed' } {
  const referenceDate = referenceDateOption(options.referenceDate);
  const document = toDocument(input);
  const lang = document.lang && document.lang !== 'und' ? document.lang : 'und';
  const segmentation = setup.segmenter.segment(document.text, { lang });
  // Dates that need a reference date wait, so that compare() can resolve them against the story's
  // date later without reading the text again.
  const deferred = extractMentions(
    // not its tokens: extractMentions does not read them, and reading them makes one object per token
    { text: document.text, lang, sentences: segmentation.sentences },
    { deferDates: true },
  );
  const mentions = resolveDates(deferred, referenceDate);
  const locale = factLocaleFor(lang, localesFor(setup, options.locales));
  const facts = documentFacts(document, segmentation, mentions, locale);
  const analyzed: AnalyzedDocument & { kind: 'analyzed' } = {
    kind: 'analyzed',
    document,
    segmentation,
    mentions,
    facts,
  };
  if (referenceDate) analyzed.referenceDate = referenceDate;
  const pendingDates = deferred.filter((m) => m.pending !== undefined);
  if (pendingDates.length > 0) analyzed.pendingDates = pendingDates;
  return analyzed;
}
