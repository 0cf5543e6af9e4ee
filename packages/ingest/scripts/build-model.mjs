#!/usr/bin/env node
// Build step (run by `pnpm build` after tsup): converts eld's 'small' n-gram model into the detector's
// typed tables once and writes them as dist/ngrams.bin, which the language model loads at run time
// instead of parsing eld's 1.6 MB JavaScript. eld stays the dependency and the source of the model; the
// file records eld's version, and a mismatch at run time falls back to eld's own files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const { NgramDetector, MODEL_FORMAT } = await import(
  pathToFileURL(join(pkg, 'out/model-build/ngram-detector.js')).href
);

const require = createRequire(join(pkg, 'package.json'));
const root = require.resolve
  .paths('eld')
  .map((base) => join(base, 'eld'))
  .find((dir) => {
    try {
      readFileSync(join(dir, 'package.json'));
      return true;
    } catch {
      return false;
    }
  });
if (!root) throw new Error('build-model: eld is not installed');
const eldVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const load = (file) => import(pathToFileURL(join(root, 'src', file)).href);
const [{ ngramsData }, { avgScore }, { separators }, { dictionary }] = await Promise.all([
  load('ngrams/small.js'),
  load('avgScore.js'),
  load('regexPatterns.js'),
  load('dictionary.js'),
]);
const bytes = new NgramDetector(ngramsData, avgScore, separators, dictionary).toBinary(eldVersion);
// Read back before writing: the file must decode to the same tables.
NgramDetector.fromBinary(bytes, { expectEld: eldVersion });
mkdirSync(join(pkg, 'dist'), { recursive: true });
writeFileSync(join(pkg, 'dist', 'ngrams.bin'), bytes);
console.log(
  `build-model: dist/ngrams.bin, ${(bytes.length / 1024).toFixed(0)} KB, format ${MODEL_FORMAT}, eld ${eldVersion}`,
);
