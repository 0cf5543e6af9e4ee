import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// A command, not a library: the package exposes its bin and its manifest, nothing to import.
describe('@corpus/cli package', () => {
  it('installs one command, so `npx @corpus/cli` knows what to run, and exports no library entry', async () => {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    // npm exec runs a package's only bin; with two (a news-compare alias) `npx @corpus/cli` fails.
    expect(manifest.bin).toEqual({ 'corpus-compare': './dist/main.js' });
    expect(manifest.exports).toEqual({ './package.json': './package.json' });
    expect(manifest.main).toBeUndefined();
    expect(manifest.files).toEqual(['dist', 'README.md', 'CHANGELOG.md', 'LICENSE']);
  });

  it('builds a runnable ESM bin with a shebang', async () => {
    const bin = await readFile(new URL('../dist/main.js', import.meta.url), 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
