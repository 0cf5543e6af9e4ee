import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NgramDetector, type NgramModelData } from './ngram-detector';

export type { NgramResult } from './ngram-detector';

let detector: NgramDetector | undefined;

// eld's own files: its 'small' n-gram model and the pieces of its tokeniser and scorer we reuse.
const FILES = {
  ngrams: join('src', 'ngrams', 'small.js'),
  avgScore: join('src', 'avgScore.js'),
  regex: join('src', 'regexPatterns.js'),
  dictionary: join('src', 'dictionary.js'),
} as const;

interface EldModules {
  ngrams: { ngramsData: NgramModelData };
  avgScore: { avgScore: Record<string, number> };
  regex: { separators: RegExp };
  dictionary: { dictionary: string[] };
}

function here(): string {
  // tsup's shims give CJS builds an import.meta.url.
  return import.meta.url;
}

/** eld's package folder, found the way `require('eld')` would (its `exports` hide the files we need). */
function eldRoot(): string | undefined {
  const require = createRequire(here());
  for (const base of require.resolve.paths('eld') ?? []) {
    const root = join(base, 'eld');
    if (existsSync(join(root, FILES.ngrams))) return root;
  }
  return undefined;
}

/** Where the build step (`scripts/build-model.mjs`) writes the converted model: next to the built module. */
export const MODEL_FILE = 'ngrams.bin';

/** The installed eld's version, or undefined when eld cannot be found. */
export function installedEldVersion(root = eldRoot()): string | undefined {
  if (!root) return undefined;
  try {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The detector from the binary model at `path` (default: `ngrams.bin` next to this module), or undefined
 * when the file is missing, damaged (any check of `NgramDetector.fromBinary` fails) or was built from
 * another eld version than the one installed: the caller then converts eld's own files.
 */
export function detectorFromBinary(
  path: string = fileURLToPath(new URL(MODEL_FILE, here())),
  eldVersion: string | undefined = installedEldVersion(),
): NgramDetector | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    return NgramDetector.fromBinary(bytes, eldVersion === undefined ? {} : { expectEld: eldVersion });
  } catch {
    return undefined;
  }
}

function build(modules: EldModules): NgramDetector {
  return new NgramDetector(
    modules.ngrams.ngramsData,
    modules.avgScore.avgScore,
    modules.regex.separators,
    modules.dictionary.dictionary,
  );
}

/**
 * The model is loaded on first use, and only when the script alone cannot tell the language: from the
 * binary `ngrams.bin` the build writes next to the module (~10 ms), else from eld's own files (~0.4 s to
 * parse its 1.6 MB n-gram table, then ~50 ms to convert it). eld is ESM-only; Node ≥ 20.19 can `require` it synchronously, which
 * keeps `ingestText` synchronous. Call `loadLanguageModel()` first on older Node versions.
 */
export function getDetector(): NgramDetector {
  detector ??= loadDetector().detector;
  return detector;
}

/**
 * A new detector: from the binary model at `binary` (default: `ngrams.bin` next to this module) when it
 * is there, intact and from the installed eld version, else converted from eld's own files (Node ≥ 20.19
 * `require`s the ESM files synchronously). Throws a plain Error when neither works.
 */
export function loadDetector(binary?: string): { detector: NgramDetector; source: 'binary' | 'eld' } {
  const root = eldRoot();
  const fromBinary = detectorFromBinary(binary, installedEldVersion(root));
  if (fromBinary) return { detector: fromBinary, source: 'binary' };
  try {
    if (!root) throw new Error('not installed');
    const require = createRequire(here());
    const load = (file: string) => require(join(root, file));
    const fromEld = build({
      ngrams: load(FILES.ngrams),
      avgScore: load(FILES.avgScore),
      regex: load(FILES.regex),
      dictionary: load(FILES.dictionary),
    });
    return { detector: fromEld, source: 'eld' };
  } catch (error) {
    throw new Error(
      `Could not load the language model (eld): ${String(error)}. Await loadLanguageModel() before ingesting, or pass { lang }.`,
    );
  }
}

/** Loads the language-identification model ahead of time (works on every Node version). */
export async function loadLanguageModel(): Promise<void> {
  if (detector) return;
  const root = eldRoot();
  detector = detectorFromBinary(undefined, installedEldVersion(root));
  if (detector) return;
  if (!root) throw new Error('Could not load the language model (eld): not installed.');
  const load = (file: string) => import(pathToFileURL(join(root, file)).href);
  const [ngrams, avgScore, regex, dictionary] = await Promise.all([
    load(FILES.ngrams),
    load(FILES.avgScore),
    load(FILES.regex),
    load(FILES.dictionary),
  ]);
  detector ??= build({ ngrams, avgScore, regex, dictionary });
}
