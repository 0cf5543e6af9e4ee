import type { Document } from '@corpus/ingest';
import type { Segmenter } from '@corpus/segment';
import { type CompareOptions, compare } from '../comparison/compare';
import { CompareError } from '../errors';
import type { FactLocale } from '../locales/types';
import type { AnalyzedDocument, Comparison } from '../types';
import { type AnalyzeOptions, analyzeWith } from './analyze';
import { type AnalyzeManyInput, type AnalyzeManyOptions, analyzeManyWith } from './analyze-many';
import type { AnalyzeManyResult } from './analyze-one';
import { compareTextsWith } from './compare-texts';
import type { TextInput } from './input';
import { DEFAULT_SETUP, localesFor, type PipelineSetup } from './setup';

export interface AnalyzerOptions {
  /**
   * The segmenter every document goes through: `createSegmenter({ plugins })` from @corpus/segment,
   * e.g. the built-ins plus a contributor's plugin. Default: the built-in languages.
   */
  segmenter?: Segmenter;
  /**
   * Fact locales (trigger and attribution words) keyed by language tag, used before the built-in
   * ones (`{ th: thaiFacts }`); a call's own `locales` option comes first again.
   */
  locales?: Readonly<Record<string, FactLocale>>;
  /**
   * For `analyzeMany`'s worker threads, which cannot receive a segmenter (its plugins are functions):
   * a module specifier (a file URL such as `new URL('./segmenter.js', import.meta.url).href`, or a
   * package name) whose `segmenter` export is the same segmenter. Without it, an analyzer with a
   * custom segmenter analyses in the calling thread only (`concurrency` is then 1).
   */
  workerModule?: string | URL;
}

/** The pipeline with one segmenter and one set of fact locales, from text to comparison. */
export interface Analyzer {
  analyze(input: Document | TextInput, options?: AnalyzeOptions): AnalyzedDocument;
  analyzeMany(
    inputs: AsyncIterable<AnalyzeManyInput> | Iterable<AnalyzeManyInput>,
    options?: AnalyzeManyOptions,
  ): AsyncGenerator<AnalyzeManyResult, void, undefined>;
  /** Works on analysed documents: never segments or recognises again (it only dates anew, with these locales). */
  compare(analyzed: readonly AnalyzedDocument[], options?: CompareOptions): Comparison;
  compareTexts(inputs: readonly (TextInput | Document)[], options?: CompareOptions): Comparison;
}

function checkLocales(locales: unknown): void {
  if (locales === undefined) return;
  const valid =
    typeof locales === 'object' &&
    locales !== null &&
    Object.values(locales).every(
      (l) => typeof l === 'object' && l !== null && typeof (l as FactLocale).triggers === 'object',
    );
  if (!valid) {
    throw new CompareError(
      'E_INVALID_INPUT',
      'Expected locales to map language tags to fact locales ({ lang, wordBoundaries, triggers, attribution }).',
    );
  }
}

function setupOf(options: AnalyzerOptions): PipelineSetup {
  const { segmenter, locales, workerModule } = options;
  if (segmenter !== undefined && typeof (segmenter as Partial<Segmenter>)?.segment !== 'function') {
    throw new CompareError(
      'E_INVALID_INPUT',
      'Expected segmenter to be a Segmenter from @corpus/segment (createSegmenter({ plugins })).',
    );
  }
  checkLocales(locales);
  const setup: PipelineSetup = { segmenter: segmenter ?? DEFAULT_SETUP.segmenter };
  if (locales) setup.locales = locales;
  if (workerModule !== undefined) setup.workerModule = String(workerModule);
  return setup;
}

/**
 * An analyzer whose `analyze`, `analyzeMany`, `compare` and `compareTexts` use the given segmenter
 * and fact locales: how a contributor's language reaches a comparison. The package's one-call
 * functions are the analyzer with the built-in languages.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const setup = setupOf(options);
  return {
    analyze: (input, opts) => analyzeWith(setup, input, opts),
    analyzeMany: (inputs, opts) => analyzeManyWith(setup, inputs, opts),
    compare: (analyzed, opts) => compare(analyzed, { ...opts, locales: localesFor(setup, opts?.locales) }),
    compareTexts: (inputs, opts) => compareTextsWith(setup, inputs, opts),
  };
}
