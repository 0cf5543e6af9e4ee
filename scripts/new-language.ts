// Scaffolds a new language in every package:
//   pnpm new-language xx
// For each package it copies the locale template (src/**/locales/_template/) to src/**/locales/xx/,
// registers the new folder where the registry's `// new-language:` markers say, and adds xx to
// @corpus/core's SUPPORTED_LANGUAGES (and to the CLDR calendar languages when CLDR has it). The
// copied files hold empty word lists and a fixture to fill in; `pnpm test` then checks the new
// locale with each package's conformance tests and `pnpm languages --check`.
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalLanguageTag, SUPPORTED_LANGUAGES } from '../packages/core/src/index';
import { findRegistry, LOCALE_PACKAGES } from './locale-registries';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PLACEHOLDER = 'xx';

function fail(message: string): never {
  console.error(`new-language: ${message}`);
  process.exit(2);
}

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

/** Inserts, above each `// new-language: <line with xx>` marker, that line for `tag`. */
function register(registry: string, tag: string): number {
  const lines = readFileSync(registry, 'utf8').split('\n');
  const out: string[] = [];
  let inserted = 0;
  for (const line of lines) {
    const marker = /^(\s*)\/\/ new-language: (.*)$/.exec(line);
    if (marker) {
      out.push(`${marker[1]}${marker[2]!.replaceAll(PLACEHOLDER, tag)}`);
      inserted++;
    }
    out.push(line);
  }
  writeFileSync(registry, out.join('\n'));
  return inserted;
}

function addToList(file: string, pattern: RegExp, tag: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(pattern, (list: string) => list.replace(/\]/, `, '${tag}']`));
  if (next === text) fail(`could not find the language list in ${relative(root, file)}`);
  writeFileSync(file, next);
}

function main() {
  const [input] = process.argv.slice(2);
  if (!input) fail('usage: pnpm new-language <tag>   (a BCP 47 primary language subtag, e.g. "pl")');
  const tag = canonicalLanguageTag(input)?.toLowerCase();
  if (!tag || !/^[a-z]{2,3}$/.test(tag))
    fail(
      `"${input}" is not a primary language subtag such as "pl" or "sv" (regions and scripts come later).`,
    );
  if ((SUPPORTED_LANGUAGES as readonly string[]).includes(tag)) fail(`"${tag}" is already supported.`);
  const identifier = tag.replace(/-/g, '_');
  const created: string[] = [];
  for (const pkg of LOCALE_PACKAGES) {
    const registry = findRegistry(join(root, 'packages', pkg));
    if (!registry) fail(`packages/${pkg} has no src/**/locales/index.ts`);
    const template = join(dirname(registry), '_template');
    const target = join(dirname(registry), tag);
    if (!existsSync(template)) fail(`${relative(root, template)} is missing`);
    if (existsSync(target)) fail(`${relative(root, target)} already exists`);
    cpSync(template, target, { recursive: true });
    for (const file of filesBelow(target)) {
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/\bxx\b/g, identifier).replace(/'xx'/g, `'${tag}'`));
    }
    if (register(registry, identifier) === 0)
      fail(`${relative(root, registry)} has no "// new-language:" marker`);
    created.push(relative(root, target));
  }
  addToList(join(root, 'packages/core/src/languages.ts'), /SUPPORTED_LANGUAGES = \[[^\]]*\]/, tag);
  const require = createRequire(join(root, 'packages/core/package.json'));
  const cldr = dirname(require.resolve('cldr-dates-full/package.json'));
  const calendarScript = join(root, 'packages/core/scripts/generate-calendar.mjs');
  const calendarText = readFileSync(calendarScript, 'utf8');
  const hasCalendar = new RegExp(`'${tag}'`).test(calendarText);
  if (!hasCalendar && existsSync(join(cldr, 'main', tag)))
    addToList(calendarScript, /const CALENDAR_LANGUAGES = \[\n\s*\.\.\.\[[^\]]*\]/, tag);
  console.log(
    [
      `Created ${created.join(', ')};`,
      `added "${tag}" to SUPPORTED_LANGUAGES in packages/core/src/languages.ts${hasCalendar || existsSync(join(cldr, 'main', tag)) ? ' (month and weekday words come from CLDR)' : ' (CLDR has no calendar data for it: dates need words in the entities locale)'}.`,
      'Next: fill in the word lists and the fixture in each new folder (each file says what goes where),',
      'then run `pnpm languages` (docs/languages.md), `pnpm test`, and `pnpm changeset` (CONTRIBUTING.md).',
    ].join('\n'),
  );
}

main();
