import { readFileSync } from 'node:fs';

/**
 * A data file of src/generated (`japanese-names`, `city-names/ko`), parsed when first asked for.
 * The build copies them to dist/generated, where the ESM and the CJS build both read them: one copy
 * installed, and the JavaScript a process compiles at import holds none of their ~600 KB. This module
 * sits at the root of src/ so that one relative path finds them from src/ (the package's tests) and
 * from dist/index.js and dist/index.cjs, where it is bundled. The browser build imports them instead
 * (language-data.browser.ts).
 */
export function generatedData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./generated/${name}.json`, import.meta.url), 'utf8')) as T;
}
