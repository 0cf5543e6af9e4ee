import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The slice of eld's API we use, so the identifier stays replaceable. */
export interface NgramDetector {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
}

let detector: NgramDetector | undefined;

const ENTRY = join('eld', 'src', 'entries', 'static.small.js');

function here(): string {
  // tsup's shims give CJS builds an import.meta.url.
  return import.meta.url;
}

/**
 * eld takes ~0.4 s to load its n-gram tables, so it is loaded on first use, and only when the script
 * alone cannot tell the language. eld is ESM-only; Node ≥ 20.19 can `require` it synchronously, which
 * keeps `ingestText` synchronous. Call `loadLanguageModel()` first on older Node versions.
 */
export function getDetector(): NgramDetector {
  if (detector) return detector;
  const require = createRequire(here());
  let lastError: unknown;
  for (const base of require.resolve.paths('eld') ?? []) {
    const file = join(base, ENTRY);
    if (!existsSync(file)) continue;
    try {
      detector = (require(file) as { eld: NgramDetector }).eld;
      return detector;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(
    `Could not load the language model (eld): ${String(lastError ?? 'not installed')}. Await loadLanguageModel() before ingesting, or pass { lang }.`,
  );
}

/** Loads the language-identification model ahead of time (works on every Node version). */
export async function loadLanguageModel(): Promise<void> {
  if (detector) return;
  const module = (await import('eld/small')) as unknown as { eld: NgramDetector };
  detector = module.eld;
}
