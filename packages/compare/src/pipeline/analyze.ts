import { extractMentions, type Mention } from '@corpus/entities';
import { type Document, ingestText } from '@corpus/ingest';
import { segment } from '@corpus/segment';
import { CompareError } from '../errors';
import { extractFacts } from '../facts/extract';
import { BUILT_IN_LOCALES } from '../facts/locales/index';
import type { FactLocale } from '../facts/locales/types';
import type { AnalyzedDocument } from '../types';

/** A plain-text input: a name (a file name, a URL, a label) and the article's text. */
export interface TextInput {
  name: string;
  text: string;
  /** BCP 47 language; detected by @corpus/ingest when absent. */
  lang?: string;
  /** Publication date or date-time (ISO), used to order evolving numbers and resolve dates without a year. */
  published?: string;
}

export interface AnalyzeOptions {
  /** Resolves dates written without a year; `compare` derives one from the corpus when not given. */
  referenceDate?: string | Date;
  /** Extra or replacement trigger lexicons, keyed by language subtag (see src/locales/). */
  locales?: Readonly<Record<string, FactLocale>>;
}

export function isDocument(input: unknown): input is Document {
  if (typeof input !== 'object' || input === null) return false;
  const d = input as Partial<Document>;
  return (
    typeof d.text === 'string' &&
    typeof d.id === 'string' &&
    Array.isArray(d.blocks) &&
    typeof d.source === 'object'
  );
}

function isTextInput(input: unknown): input is TextInput {
  if (typeof input !== 'object' || input === null) return false;
  const t = input as Partial<TextInput>;
  return typeof t.name === 'string' && typeof t.text === 'string';
}

export function primaryLang(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? tag;
}

export function toIso(date: string | Date | undefined): string | undefined {
  if (date === undefined) return undefined;
  const d = typeof date === 'string' ? new Date(date) : date;
  // Years outside 0000–9999 have no four-digit ISO form (toISOString gives "-000001-…" or "+010000-…").
  const year = d instanceof Date ? d.getUTCFullYear() : Number.NaN;
  if (!(d instanceof Date) || Number.isNaN(d.getTime()) || year < 0 || year > 9999) {
    throw new CompareError(
      'E_INVALID_REFERENCE_DATE',
      `Expected referenceDate to be a Date or an ISO date string, not ${JSON.stringify(String(date))}.`,
    );
  }
  return typeof date === 'string' && /^\d{4}-\d\d-\d\d/.test(date) ? date : d.toISOString();
}

/** The input as an ingested Document (plain text goes through @corpus/ingest). */
export function toDocument(input: Document | TextInput): Document {
  if (isDocument(input)) return input;
  if (!isTextInput(input)) {
    throw new CompareError(
      'E_INVALID_INPUT',
      'Expected a Document from @corpus/ingest or { name: string, text: string, lang?: string }.',
    );
  }
  const doc = ingestText(
    input.text,
    input.lang ? { name: input.name, lang: input.lang } : { name: input.name },
  );
  return input.published ? { ...doc, published: input.published } : doc;
}

/** The person a document names most often: the subject of its clauses that name none. */
function mainPerson(mentions: readonly Mention[]): { key: string; canonical: string } | undefined {
  const counts = new Map<string, { n: number; first: number; longest: string }>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const c = counts.get(m.key);
    if (c) {
      c.n++;
      if (m.text.length > c.longest.length) c.longest = m.text;
    } else counts.set(m.key, { n: 1, first: m.span.start, longest: m.text });
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
  return best ? { key: best[0], canonical: best[1].longest } : undefined;
}

/**
 * Segments a document, finds its mentions and extracts its facts. Accepts an ingested Document or
 * `{ name, text, lang? }`. Synchronous and deterministic. Throws `CompareError` (`E_INVALID_INPUT`,
 * `E_INVALID_REFERENCE_DATE`), or lets through the typed error with which @corpus/ingest or
 * @corpus/segment rejects the text (`E_EMPTY`, `E_INVALID_OPTION`, `E_INVALID_LANGUAGE`; all
 * `CorpusError`s, which `compareTexts` turns into warnings).
 */
export function analyze(input: Document | TextInput, options: AnalyzeOptions = {}): AnalyzedDocument {
  const referenceDate = toIso(options.referenceDate);
  const document = toDocument(input);
  const lang = document.lang && document.lang !== 'und' ? document.lang : 'und';
  const segmentation = segment(document.text, { lang });
  const mentions = extractMentions(
    { text: document.text, lang, sentences: segmentation.sentences, tokens: segmentation.tokens },
    referenceDate ? { referenceDate } : {},
  );
  const primary = primaryLang(lang);
  const locale = options.locales?.[primary] ?? BUILT_IN_LOCALES[primary];
  const facts = extractFacts({
    name: document.source.name,
    text: document.text,
    blocks: document.blocks,
    sentences: segmentation.sentences,
    mentions,
    locale,
  });
  const main = mainPerson(mentions);
  if (main) {
    for (const fact of facts) if (fact.implicitSubject) fact.subject = { ...main };
  }
  const analyzed: AnalyzedDocument = { document, segmentation, mentions, facts };
  if (referenceDate) analyzed.referenceDate = referenceDate;
  return analyzed;
}
