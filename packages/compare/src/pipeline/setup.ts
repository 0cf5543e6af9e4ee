import { defaultSegmenter, type Segmenter } from '@corpus/segment';
import { CompareError } from '../errors';
import type { FactLocale } from '../locales/types';

/** What an analyzer brings to every stage: the segmenter and the fact locales beside the built-in ones. */
export interface PipelineSetup {
  segmenter: Segmenter;
  locales?: Readonly<Record<string, FactLocale>>;
  /** A module analyzeMany's worker threads import to get the same segmenter (see `AnalyzerOptions`). */
  workerModule?: string;
}

/** The built-in languages only: what the one-call functions use. */
export const DEFAULT_SETUP: PipelineSetup = { segmenter: defaultSegmenter };

/** True when worker threads can rebuild this setup: they load the built-ins, or the given module. */
export function workersCanRebuild(setup: PipelineSetup): boolean {
  return setup.segmenter === defaultSegmenter || setup.workerModule !== undefined;
}

/** The fact locales for one call: the call's over the analyzer's (each keyed by language tag). */
export function localesFor(
  setup: PipelineSetup,
  call: Readonly<Record<string, FactLocale>> | undefined,
): Readonly<Record<string, FactLocale>> | undefined {
  if (!setup.locales) return call;
  return call ? { ...setup.locales, ...call } : setup.locales;
}

/** A segmenter from the module a worker was told to load: its `segmenter` export. */
export function segmenterFromModule(module: Record<string, unknown>, specifier: string): Segmenter {
  const segmenter = module.segmenter as Partial<Segmenter> | undefined;
  if (typeof segmenter?.segment !== 'function') {
    throw new CompareError(
      'E_INVALID_INPUT',
      `Expected the worker module ${specifier} to export a segmenter (export const segmenter = createSegmenter({ plugins })).`,
    );
  }
  return segmenter as Segmenter;
}
