import { readdirSync } from 'node:fs';
import { SUPPORTED_LANGUAGES } from '@corpus/core';
import { describe, expect, it } from 'vitest';
import { type ConformanceFixture, segmenterConformance } from '../testing';
import type { SegmenterPlugin } from '../types';
import { builtinPlugins } from './index';

// Every folder holds a language: its plugin (index.ts, registered in ./index.ts) and what a reader
// expects of its text (fixtures.ts). `_template` is what `pnpm new-language` copies: it must pass the
// kit too, so that a new language starts from a folder set that conforms.
const folders = readdirSync(new URL('./', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const languages = await Promise.all(
  folders.map(async (folder) => ({
    folder,
    plugin: ((await import(`./${folder}/index.ts`)) as { plugin: SegmenterPlugin }).plugin,
    fixtures: ((await import(`./${folder}/fixtures.ts`)) as { fixtures: readonly ConformanceFixture[] })
      .fixtures,
  })),
);

describe('built-in languages', () => {
  it('cover every language @corpus/core lists as supported', () => {
    const registered = new Set(builtinPlugins.flatMap((p) => p.languages));
    expect(SUPPORTED_LANGUAGES.filter((lang) => !registered.has(lang))).toEqual([]);
  });

  it('every language folder in src/locales/ is registered, and nothing else', () => {
    const registered = builtinPlugins.flatMap((p) => p.languages).sort();
    expect(registered).toEqual(folders.filter((f) => !f.startsWith('_')));
  });

  it('every language has fixtures', () => {
    for (const { folder, fixtures } of languages)
      if (!folder.startsWith('_')) expect(fixtures.length, folder).toBeGreaterThan(0);
  });
});

for (const { plugin, fixtures } of languages)
  segmenterConformance({ describe, it, expect, plugin, fixtures });
