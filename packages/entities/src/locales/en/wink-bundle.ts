// The entry of dist/wink.cjs (tsup.chrono.config.ts), never imported: wink-nlp and the modules of its
// English model that every English reading loads, bundled into one CommonJS file that the ESM and the
// CJS builds both require on the first English call (wink-library.ts). Requiring wink-nlp's 25 files
// and the model's 14 one by one cost a cold English analysis ~25 ms of CPU (resolving, reading and
// compiling each); the one file, ~5 ms. The lemmatiser and readability modules (220 kB of WordNet
// tables, never read here) stay in the package, required on their first call. The versions are
// pinned: wink-model.ts reads their layout.
export const WINK_BUNDLE = {
  winkNLP: (): unknown => require('wink-nlp'),
  /** A module of the model's `dist` folder, or undefined for one this file does not carry. */
  modelPart: (file: string): unknown => MODEL_PARTS[file]?.(),
};

const MODEL_PARTS: Readonly<Record<string, () => unknown>> = {
  'load-sbd-model.js': () => require('wink-eng-lite-web-model/dist/load-sbd-model.js'),
  'load-pos-model.js': () => require('wink-eng-lite-web-model/dist/load-pos-model.js'),
  'load-ner-model.js': () => require('wink-eng-lite-web-model/dist/load-ner-model.js'),
  'load-cer-meta-model.js': () => require('wink-eng-lite-web-model/dist/load-cer-meta-model.js'),
  'feature.js': () => require('wink-eng-lite-web-model/dist/feature.js'),
  'porter-stemmer.js': () => require('wink-eng-lite-web-model/dist/porter-stemmer.js'),
};
