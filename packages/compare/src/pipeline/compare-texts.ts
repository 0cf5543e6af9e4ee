import type { Document } from '@corpus/ingest';
import { type CompareOptions, compare } from '../comparison/compare';
import { CompareError } from '../errors';
import type { AnalyzedDocument, CompareWarning, TextsComparison } from '../types';
import { analyzeWith } from './analyze';
import { isDocument, type TextInput } from './input';
import { DEFAULT_SETUP, localesFor, type PipelineSetup } from './setup';

/**
 * The whole pipeline in one call: ingest (for plain text), analyse, compare. The result carries the
 * analysed documents (`analyzed`, not enumerable), so `renderHtml(compareTexts(inputs))` is the full
 * report, with source texts and evidence links.
 */
export function compareTexts(
  inputs: readonly (TextInput | Document)[],
  options: CompareOptions = {},
): TextsComparison {
  return compareTextsWith(DEFAULT_SETUP, inputs, options);
}

/** `compareTexts` with an analyzer's segmenter and fact locales. */
export function compareTextsWith(
  setup: PipelineSetup,
  inputs: readonly (TextInput | Document)[],
  options: CompareOptions = {},
): TextsComparison {
  if (!Array.isArray(inputs)) {
    throw new CompareError(
      'E_INVALID_INPUT',
      'Expected an array of { name, text, lang? } or ingested Documents.',
    );
  }
  // One unreadable document (empty, undecodable) does not abort the batch: it is skipped with a warning.
  const analyzed: AnalyzedDocument[] = [];
  const skipped: CompareWarning[] = [];
  for (const input of inputs) {
    try {
      analyzed.push(analyzeWith(setup, input, options));
    } catch (error) {
      if (CompareError.isInstance(error)) throw error;
      const e = error as { code?: unknown; message?: unknown };
      const name = isDocument(input) ? input.source.name : (input as TextInput).name;
      skipped.push({
        code: typeof e.code === 'string' ? e.code : 'E_ANALYZE',
        message: `Skipped ${name}: ${String(e.message ?? error)}`,
        document: name,
      });
    }
  }
  const comparison = compare(analyzed, { ...options, locales: localesFor(setup, options.locales) });
  comparison.warnings.unshift(...skipped);
  // Not enumerable, so the serialised Comparison (renderJson, JSON.stringify) keeps its schema.
  Object.defineProperty(comparison, 'analyzed', { value: analyzed, enumerable: false });
  return comparison as TextsComparison;
}
