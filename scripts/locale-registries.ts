// Where each package keeps its built-in languages: one `locales/index.ts` registry under src/,
// beside one folder per language (and a `_template/` folder that `pnpm new-language` copies).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The packages that hold per-language knowledge, in pipeline order. */
export const LOCALE_PACKAGES = ['ingest', 'segment', 'entities', 'compare'] as const;

/** The `src/**\/locales/index.ts` registry of the package in `dir`. */
export function findRegistry(dir: string): string | undefined {
  const stack = [join(dir, 'src')];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (!statSync(path).isDirectory()) continue;
      if (name === 'locales' && existsSync(join(path, 'index.ts'))) return join(path, 'index.ts');
      if (name !== 'generated') stack.push(path);
    }
  }
  return undefined;
}
