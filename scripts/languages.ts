// The language table: which package knows what about which language, read from each package's
// built-in locale registry (src/**/locales/index.ts), written to docs/languages.md.
//   pnpm languages          regenerate docs/languages.md
//   pnpm languages --check  (part of `pnpm test`) fail when a package lacks a supported language,
//                           a locale folder is not registered, or docs/languages.md is stale
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CALENDAR_LANGUAGES, CALENDAR_SOURCE, SUPPORTED_LANGUAGES } from '../packages/core/src/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['ingest', 'segment', 'entities', 'compare'];
const IGNORED_KEYS = new Set([
  'lang',
  'languages',
  'name',
  'specificationVersion',
  'doSegment',
  'wordBoundaries',
]);

interface LocaleEntry {
  langs: string[];
  features: string[];
}

/** The `src/**\/locales/index.ts` registry of a package. */
function findRegistry(dir: string): string | undefined {
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

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map || value instanceof Set) return value.size > 0;
  if (typeof value === 'object') return Object.values(value).some(isFilled);
  return true;
}

/** A locale object or segmenter plugin → the languages it serves and what it fills in. */
function describe(item: Record<string, unknown>): LocaleEntry | undefined {
  const langs = Array.isArray(item.languages)
    ? (item.languages as string[])
    : typeof item.lang === 'string'
      ? [item.lang]
      : [];
  if (langs.length === 0) return undefined;
  const features: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (IGNORED_KEYS.has(key) || !isFilled(value)) continue;
    if (key === 'supports' && typeof value === 'object') {
      for (const [granularity, on] of Object.entries(value as Record<string, boolean>))
        if (on) features.push(`${granularity} rules`);
    } else features.push(key);
  }
  return { langs, features };
}

async function localesOf(pkg: string): Promise<{ registry: string; entries: LocaleEntry[] }> {
  const dir = join(root, 'packages', pkg);
  const registry = findRegistry(dir);
  if (!registry) throw new Error(`packages/${pkg} has no src/**/locales/index.ts`);
  const module = (await import(pathToFileURL(registry).href)) as Record<string, unknown>;
  const entries: LocaleEntry[] = [];
  for (const value of Object.values(module)) {
    const items = Array.isArray(value)
      ? value
      : value && typeof value === 'object'
        ? Object.values(value as Record<string, unknown>)
        : [];
    for (const item of items) {
      if (item && typeof item === 'object') {
        const entry = describe(item as Record<string, unknown>);
        if (entry) entries.push(entry);
      }
    }
  }
  return { registry, entries };
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

async function main() {
  const check = process.argv.includes('--check');
  const problems: string[] = [];
  const table = new Map<string, Map<string, string[]>>();
  for (const pkg of PACKAGES) {
    const { registry, entries } = await localesOf(pkg);
    const byLang = new Map<string, string[]>();
    for (const entry of entries)
      for (const lang of entry.langs) byLang.set(lang, [...(byLang.get(lang) ?? []), ...entry.features]);
    table.set(pkg, byLang);
    const have = new Set([...byLang.keys()].map(primary));
    for (const lang of SUPPORTED_LANGUAGES)
      if (!have.has(lang))
        problems.push(`@corpus/${pkg} lacks ${lang} (supported languages: see @corpus/core)`);
    // Every folder beside the registry is registered (chrono's lesson: hand lists drift).
    const folderDir = dirname(registry);
    for (const name of readdirSync(folderDir)) {
      if (!statSync(join(folderDir, name)).isDirectory() || name.startsWith('_')) continue;
      if (!byLang.has(name) && !have.has(name))
        problems.push(
          `${relative(root, join(folderDir, name))} is not registered in ${relative(root, registry)}`,
        );
    }
  }
  const langs = [...new Set([...table.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => {
    const ia = SUPPORTED_LANGUAGES.indexOf(primary(a) as never);
    const ib = SUPPORTED_LANGUAGES.indexOf(primary(b) as never);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const lines = [
    '# Languages',
    '',
    "<!-- Generated by `pnpm languages` (scripts/languages.ts) from each package's locale registry. Do not edit. -->",
    '',
    `Every package supports ${SUPPORTED_LANGUAGES.join(', ')} (the list is \`SUPPORTED_LANGUAGES\` in`,
    '`@corpus/core`; `pnpm test` fails when a package lacks one). Other languages still pass through:',
    'segmentation falls back to `Intl.Segmenter`, and dates use the calendar words of',
    `${CALENDAR_LANGUAGES.length} languages from ${CALENDAR_SOURCE}. Each cell lists what the package's locale for that`,
    'language fills in.',
    '',
    `| language | ${PACKAGES.map((p) => `@corpus/${p}`).join(' | ')} | calendar words (CLDR) |`,
    `|---|${PACKAGES.map(() => '---').join('|')}|---|`,
  ];
  for (const lang of langs) {
    const cells = PACKAGES.map((pkg) => {
      const features = table.get(pkg)!.get(lang);
      return features ? [...new Set(features)].join(', ') : '—';
    });
    lines.push(`| ${lang} | ${cells.join(' | ')} | ${CALENDAR_LANGUAGES.includes(lang) ? 'yes' : '—'} |`);
  }
  const text = `${lines.join('\n')}\n`;
  const out = join(root, 'docs', 'languages.md');
  if (check) {
    if (!existsSync(out) || readFileSync(out, 'utf8') !== text)
      problems.push('docs/languages.md is stale: run `pnpm languages` and commit it');
  } else writeFileSync(out, text);
  if (problems.length > 0) {
    console.error(`languages: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(
    check
      ? 'languages: every package supports every supported language; docs/languages.md is current'
      : `wrote ${relative(root, out)}`,
  );
}

await main();
