import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// A command, not a library: the package exposes its bin and its manifest, nothing to import.
describe('@corpus/cli package', () => {
  it('installs one command, so `npx @corpus/cli` knows what to run, and exports no library entry', async () => {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    // npm exec runs a package's only bin; with two (a news-compare alias) `npx @corpus/cli` fails.
    expect(manifest.bin).toEqual({ 'corpus-compare': './bin/corpus-compare.js' });
    expect(manifest.exports).toEqual({ './package.json': './package.json' });
    expect(manifest.main).toBeUndefined();
    expect(manifest.files).toEqual(['bin', 'dist', 'README.md', 'CHANGELOG.md', 'LICENSE']);
  });

  it('links a committed, executable bin with a shebang that runs the built entry', async () => {
    const bin = new URL('../bin/corpus-compare.js', import.meta.url);
    expect(await readFile(bin, 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n[\s\S]*^import '\.\.\/dist\/main\.js';$/m,
    );
    expect((await stat(bin)).mode & 0o111).toBe(0o111);
  });
});
