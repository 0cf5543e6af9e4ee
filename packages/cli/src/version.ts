import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function versionOf(manifest: string): string {
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * `corpus-compare 1.2.0 (@corpus/compare 1.4.0, @corpus/ingest 1.3.0)`: the report depends on the
 * analysing libraries as much as on the command, so a bug report needs all three.
 */
export function versionLine(program: string): string {
  // dist/main.js and src/version.ts both sit one folder below the package's own package.json.
  const own = versionOf(fileURLToPath(new URL('../package.json', import.meta.url)));
  const libraries = ['@corpus/compare', '@corpus/ingest'].map(
    (name) => `${name} ${versionOf(require.resolve(`${name}/package.json`))}`,
  );
  return `${program} ${own} (${libraries.join(', ')})`;
}
