import { type Document, ingestText } from '@corpus/ingest';
import { CompareError } from '../errors';
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

/**
 * Misuse throws before any work: anything but an array of analysed documents, or (with
 * `distinctNames`) two documents with one name.
 */
export function assertAnalyzed(
  analyzed: unknown,
  { distinctNames }: { distinctNames: boolean },
): asserts analyzed is AnalyzedDocument[] {
  if (!Array.isArray(analyzed)) {
    throw new CompareError('E_INVALID_INPUT', 'Expected an array of analysed documents (from analyze()).');
  }
  const seen = new Set<string>();
  analyzed.forEach((a, i) => {
    const doc = (a as Partial<AnalyzedDocument> | null)?.document;
    if (!doc || !isDocument(doc) || !Array.isArray((a as AnalyzedDocument).mentions)) {
      throw new CompareError(
        'E_INVALID_INPUT',
        `Expected item ${i} to be an analysed document (the result of analyze()); use compareTexts() for raw text.`,
      );
    }
    if (!distinctNames) return;
    const name = doc.source.name;
    if (seen.has(name)) {
      throw new CompareError(
        'E_DUPLICATE_NAME',
        `Two documents are named ${JSON.stringify(name)}; give each input a distinct name.`,
      );
    }
    seen.add(name);
  });
}
