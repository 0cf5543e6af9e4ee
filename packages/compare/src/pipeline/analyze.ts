import { extractMentions } from '@corpus/entities';
import type { Document } from '@corpus/ingest';
import { extractFacts } from '../facts/extract';
import { factLocaleFor } from '../facts/locales/index';
import type { FactLocale } from '../facts/locales/types';
import { mainPerson, peopleInDocument } from '../facts/main-entity';
import { referenceDateOption } from '../reference-date';
import type { AnalyzedDocument } from '../types';
import { type TextInput, toDocument } from './input';
import { DEFAULT_SETUP, localesFor, type PipelineSetup } from './setup';

export type { TextInput } from './input';

export interface AnalyzeOptions {
  /** Resolves dates written without a year; `compare` derives one from the corpus when not given. */
  referenceDate?: string | Date;
  /** Extra or replacement trigger lexicons, keyed by language tag (see src/facts/locales/). */
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
): AnalyzedDocument {
  const referenceDate = referenceDateOption(options.referenceDate);
  const document = toDocument(input);
  const lang = document.lang && document.lang !== 'und' ? document.lang : 'und';
  const segmentation = setup.segmenter.segment(document.text, { lang });
  const mentions = extractMentions(
    { text: document.text, lang, sentences: segmentation.sentences, tokens: segmentation.tokens },
    referenceDate ? { referenceDate } : {},
  );
  const facts = extractFacts({
    name: document.source.name,
    text: document.text,
    blocks: document.blocks,
    sentences: segmentation.sentences,
    mentions,
    locale: factLocaleFor(lang, localesFor(setup, options.locales)),
  });
  // Clauses that name no subject are about the document's main person (compare() sets the story's).
  const main = mainPerson(peopleInDocument(mentions));
  if (main) {
    for (const fact of facts) if (fact.implicitSubject) fact.subject = { ...main };
  }
  const analyzed: AnalyzedDocument = { document, segmentation, mentions, facts };
  if (referenceDate) analyzed.referenceDate = referenceDate;
  return analyzed;
}
