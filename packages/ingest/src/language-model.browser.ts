// The browser build's language model: the binary n-gram tables the build writes (dist/ngrams.bin,
// 1.2 MB, two thirds of the page's script before it moved out). A page can neither read a file
// beside the module synchronously nor require eld's files, so `loadLanguageModel` imports the bytes:
// a chunk of their own in a bundle, fetched when the page first ingests, not when it opens.
// The Node build reads them from disk (language-model.ts).
import { IngestError } from './errors';
import { NgramDetector } from './ngram-detector';

export type { NgramResult } from './ngram-detector';

let detector: NgramDetector | undefined;

export function getDetector(): NgramDetector {
  if (!detector) {
    throw new IngestError(
      'E_MODEL_NOT_LOADED',
      'The language-identification model is loaded on demand in the browser build: await loadLanguageModel() before ingesting, or pass { lang }.',
    );
  }
  return detector;
}

/** Imports the language-identification model (in a page's bundle, a chunk of its own). */
export async function loadLanguageModel(): Promise<void> {
  if (detector) return;
  const { default: model } = await import('../dist/ngrams.bin');
  detector ??= NgramDetector.fromBinary(model);
}
