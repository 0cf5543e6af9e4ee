import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// A command, not a library: the package exposes its two bins and its manifest, nothing to import.
describe('@corpus/cli package', () => {
  it('installs the command under both names and exports no library entry', async () => {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    expect(manifest.bin).toEqual({ 'corpus-compare': './dist/main.js', 'news-compare': './dist/main.js' });
    expect(manifest.exports).toEqual({ './package.json': './package.json' });
    expect(manifest.main).toBeUndefined();
    expect(manifest.files).toEqual(['dist', 'README.md', 'CHANGELOG.md', 'LICENSE']);
  });

  it('builds a runnable ESM bin with a shebang', async () => {
    const bin = await readFile(new URL('../dist/main.js', import.meta.url), 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
