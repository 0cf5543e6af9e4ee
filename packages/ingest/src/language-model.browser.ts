// The browser build's language model: the binary n-gram tables the build writes (dist/ngrams.bin,
// 1.2 MB) are bundled into the module as bytes, since a page can neither read a file beside the
// module synchronously nor require eld's files. The Node build reads them from disk (language-model.ts).
import model from '../dist/ngrams.bin';
import { NgramDetector } from './ngram-detector';

export type { NgramResult } from './ngram-detector';

let detector: NgramDetector | undefined;

export function getDetector(): NgramDetector {
  detector ??= NgramDetector.fromBinary(model);
  return detector;
}

/** Loads the language-identification model ahead of time (in a page it is already in the bundle). */
export async function loadLanguageModel(): Promise<void> {
  getDetector();
}
