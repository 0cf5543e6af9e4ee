// The per-document step of analyzeMany, shared by the in-process path and the worker entry: it never
// throws, a failure becomes an error record.

import { CorpusError } from '@corpus/core';
import { loadLanguages } from '@corpus/entities';
import { type Document, loadLanguageModel } from '@corpus/ingest';
import { CompareError } from '../errors';
import type { AnalyzedDocument } from '../types';
import { type AnalyzeOptions, analyzeWith, type TextInput } from './analyze';
import { toDocument } from './input';
import type { PipelineSetup } from './setup';

/** One input of analyzeMany that could not be analysed (or an error record passed through from ingest). */
export interface AnalyzeErrorRecord {
  kind: 'error';
  /** Position of the input in the sequence given to analyzeMany (0-based). */
  index: number;
  /** The input's name (`name`, or `source.name` of a Document; `#<index>` when it has none). */
  name: string;
  /**
   * `E_INVALID_INPUT`, `E_ANALYZE_FAILED`, `E_WORKER_EXITED`, the code of the typed error @corpus/ingest or
   * segment rejected the text with (`E_EMPTY`, `E_INVALID_OPTION`, `E_INVALID_LANGUAGE`), or the code
   * of a passed-through ingest error record (`E_IO`, `E_BINARY`, …).
   */
  code: string;
  message: string;
}

/** What analyzeMany yields for each input: tell them apart by `kind` (`'analyzed'` or `'error'`). */
export type AnalyzeManyResult = (AnalyzedDocument & { kind: 'analyzed' }) | AnalyzeErrorRecord;

/** The name an input carries, for error records. */
export function inputName(input: unknown, index: number): string {
  if (typeof input === 'object' && input !== null) {
    const o = input as { name?: unknown; source?: { name?: unknown } };
    if (typeof o.name === 'string') return o.name;
    if (typeof o.source === 'object' && o.source !== null && typeof o.source.name === 'string') {
      return o.source.name;
    }
  }
  return `#${index}`;
}

/** An error record from @corpus/ingest (ingestDirectory yields them for unreadable files). */
export function isIngestErrorRecord(
  input: unknown,
): input is { kind: 'error'; name: string; code: string; message: string } {
  if (typeof input !== 'object' || input === null) return false;
  const o = input as { kind?: unknown; code?: unknown; message?: unknown };
  return o.kind === 'error' && typeof o.code === 'string' && typeof o.message === 'string';
}

export function errorRecord(index: number, name: string, code: string, message: string): AnalyzeErrorRecord {
  return { kind: 'error', index, name, code, message };
}

/** Analyses one input; never throws: failures become an error record. */
export function analyzeOne(
  setup: PipelineSetup,
  input: unknown,
  index: number,
  options: AnalyzeOptions,
): AnalyzeManyResult {
  const name = inputName(input, index);
  if (isIngestErrorRecord(input)) return errorRecord(index, name, input.code, input.message);
  try {
    return analyzeWith(setup, input as Document | TextInput, options);
  } catch (error) {
    if (CompareError.isInstance(error)) return errorRecord(index, name, error.code, error.message);
    // A typed error of another @corpus package (an empty text is ingest's E_EMPTY): keep its code.
    if (CorpusError.isInstance(error)) {
      return errorRecord(index, name, error.code, `${name}: ${error.message}`);
    }
    const message = error instanceof Error ? error.message : String(error);
    return errorRecord(index, name, 'E_ANALYZE_FAILED', `Analysing ${name} failed: ${message}`);
  }
}

/**
 * `analyzeOne` once the data the input's language needs is loaded: in Node nothing waits (each
 * language loads on first use); a page's bundle fetches that language's share (wink's English
 * model, its date parser, name tables) now, and only for the languages its documents are in.
 */
export async function analyzeOneLoaded(
  setup: PipelineSetup,
  input: unknown,
  index: number,
  options: AnalyzeOptions,
): Promise<AnalyzeManyResult> {
  if (isIngestErrorRecord(input)) return analyzeOne(setup, input, index, options);
  let document: Document;
  try {
    document = await ingested(input as Document | TextInput);
    await loadLanguages([document.lang]);
  } catch {
    // Not readable, or a chunk the page could not fetch: analyzeOne records which and why.
    return analyzeOne(setup, input, index, options);
  }
  return analyzeOne(setup, document, index, options);
}

/** The input as a Document; a page's ingest may first need its language model (a text's script did not tell). */
async function ingested(input: Document | TextInput): Promise<Document> {
  try {
    return toDocument(input);
  } catch (error) {
    if (!CorpusError.isInstance(error) || error.code !== 'E_MODEL_NOT_LOADED') throw error;
    await loadLanguageModel();
    return toDocument(input);
  }
}
