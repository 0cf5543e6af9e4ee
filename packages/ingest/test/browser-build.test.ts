import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDirectory, ingestFile } from '../src/files.browser';
import { sha256Hex } from '../src/hash.browser';
import { extensionOf, ingestBytes } from '../src/ingest';
import { legacyEncodingExists } from '../src/legacy-codecs.browser';

// The modules the browser build (dist/browser.js) swaps in for the Node-only ones, run here in Node:
// they must give what the Node build gives, or say what to do instead.
describe('the browser build’s modules', () => {
  it('hash as node:crypto does, so a document has the same id and sha256 in a page', () => {
    const text = 'Jerry Tworek verließ OpenAI am 6. Januar 2026. 東京';
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    const doc = ingestBytes(new TextEncoder().encode(text), { name: 'a.txt' });
    expect(doc.source.sha256).toBe(sha256Hex(new TextEncoder().encode(text)));
  });

  it('read no file: ingestFile and ingestDirectory fail with E_IO and say to pass the bytes', async () => {
    await expect(ingestFile('a.txt')).rejects.toMatchObject({ code: 'E_IO', message: /ingestBytes/ });
    await expect(ingestDirectory('articles').next()).rejects.toMatchObject({ code: 'E_IO' });
  });

  it('leave legacy encodings to the browser’s own TextDecoder', () => {
    expect(legacyEncodingExists('windows-1252')).toBe(false);
  });

  it('take a file’s extension as node:path does, without it', () => {
    for (const name of [
      'a.txt',
      'dir/b.HTML',
      'c\\d.json',
      '.bashrc',
      'noext',
      'x.tar.gz',
      'dir.d/file',
      'a.',
    ])
      expect([name, extensionOf(name)]).toEqual([name, extname(name.replace(/\\/g, '/')).toLowerCase()]);
  });
});
