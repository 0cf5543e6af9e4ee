// Shared by the cold-start scripts: what a fresh `node` process costs is only measurable in a fresh
// process, so each probe is a module source run with `node -e` that prints its own timings as JSON.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The file URL of a built package's entry, e.g. `packageEntry('compare')`. */
export const packageEntry = (name) => pathToFileURL(join(root, 'packages', name, 'dist/index.js')).href;

/** The seed file whose name starts with `prefix` (e.g. '003_'). */
export const seedFile = (prefix) => {
  const seeds = join(root, 'seeds');
  return join(
    seeds,
    readdirSync(seeds).find((f) => f.startsWith(prefix)),
  );
};

/** `--runs N` from the command line, else `fallback`. */
export const runsOption = (fallback) => {
  const i = process.argv.indexOf('--runs');
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Runs `code` as an ES module in a fresh node process and parses the JSON line it prints. */
export const runProbe = (code) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }));

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
