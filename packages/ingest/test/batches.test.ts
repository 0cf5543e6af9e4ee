import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { type Document, type IngestErrorRecord, ingestDirectory } from '../src/index';

// Nothing lost: for any folder, every input file comes back exactly once, as documents or as one error
// record naming it.

const root = mkdtempSync(join(tmpdir(), 'ingest-batches-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CODES = ['E_ENCODING', 'E_BINARY', 'E_EMPTY', 'E_TOO_LARGE', 'E_IO', 'E_UNSUPPORTED_FORMAT'];

/** Every entry of a folder that is not a directory (what ingestDirectory must account for). */
function inputsOf(dir: string, recursive: boolean): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (recursive) walk(full);
      } else found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

async function accountFor(dir: string, options: { recursive?: boolean; maxBytes?: number } = {}) {
  const records: (Document | IngestErrorRecord)[] = [];
  for await (const record of ingestDirectory(dir, options)) records.push(record);
  const inputs = inputsOf(dir, options.recursive ?? false);
  const errors = records.filter((r): r is IngestErrorRecord => 'code' in r);
  const documents = records.filter((r): r is Document => !('code' in r));
  // Each error names its input; each document names the file it came from.
  const errorPaths = errors.map((e) => e.path);
  const documentPaths = [...new Set(documents.map((d) => d.source.path!))];
  for (const e of errors) {
    expect(CODES).toContain(e.code);
    expect(e.name).toBe(relative(dir, e.path).split('\\').join('/'));
    expect(e.message.length).toBeGreaterThan(0);
  }
  // Every input exactly once: as an error, or as the documents of one file (several for JSON arrays).
  expect([...errorPaths, ...documentPaths].sort()).toEqual(inputs);
  expect(new Set(errorPaths).size).toBe(errorPaths.length);
  return { records, errors, documents, inputs };
}

describe('nothing lost: a mixed folder', () => {
  const dir = join(root, 'mixed');
  mkdirSync(dir);
  const english =
    'Harbour reopens\n\nThe harbour of Port Ellis reopened on Monday after a storm kept every boat in port.\n';
  writeFileSync(join(dir, 'a.txt'), english);
  writeFileSync(
    join(dir, 'b.html'),
    '<!doctype html><html><head><title>Harbour reopens</title></head><body><article><p>The harbour of Port Ellis reopened on Monday after a storm kept every boat in port for three days.</p></article></body></html>',
  );
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ title: 'Harbour', text: english }));
  writeFileSync(join(dir, 'd.json'), JSON.stringify([{ text: english }, { text: english.toUpperCase() }]));
  writeFileSync(join(dir, 'e-empty.txt'), '');
  writeFileSync(join(dir, 'f-binary.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  writeFileSync(
    join(dir, 'g-sjis.txt'),
    iconv.encode('東京の天気\n\n今日は朝から雨が降っています。\n', 'Shift_JIS'),
  );
  writeFileSync(join(dir, 'h-large.txt'), 'x '.repeat(6000));
  writeFileSync(join(dir, 'i-broken.json'), '{"title": "half');
  writeFileSync(join(dir, 'j-report.pdf'), '%PDF-1.4 not really');
  symlinkSync(join(dir, 'does-not-exist'), join(dir, 'k-dangling.txt'));
  mkdirSync(join(dir, 'l-sub'));
  writeFileSync(join(dir, 'l-sub', 'm.txt'), english);
  writeFileSync(join(dir, 'n-unreadable.txt'), english);
  // Permission-denied only bites when not running as root; the file is an input either way.
  try {
    chmodSync(join(dir, 'n-unreadable.txt'), 0);
  } catch {
    // chmod may be unsupported (Windows): still one input.
  }

  it('every input is one document (or one per article) or one error naming it', async () => {
    const { errors, documents, inputs } = await accountFor(dir, { maxBytes: 10_000 });
    expect(inputs).toHaveLength(12);
    const byName = Object.fromEntries(errors.map((e) => [e.name, e.code]));
    expect(byName).toMatchObject({
      'e-empty.txt': 'E_EMPTY',
      'f-binary.png': 'E_BINARY',
      'h-large.txt': 'E_TOO_LARGE',
      'i-broken.json': 'E_UNSUPPORTED_FORMAT',
      'j-report.pdf': 'E_UNSUPPORTED_FORMAT',
      'k-dangling.txt': 'E_IO',
    });
    const unreadable = process.getuid?.() === 0 ? undefined : 'E_IO';
    expect(byName['n-unreadable.txt']).toBe(unreadable);
    // d.json holds two articles: one input, two documents.
    expect(documents.filter((d) => d.source.path === join(dir, 'd.json')).map((d) => d.source.name)).toEqual([
      'd.json#1',
      'd.json#2',
    ]);
    expect(documents.find((d) => d.source.name === 'g-sjis.txt')?.source.encoding.name).toBe('shift_jis');
  });

  it('with recursive, the sub-directory’s files are inputs too', async () => {
    const { inputs, documents } = await accountFor(dir, { maxBytes: 10_000, recursive: true });
    expect(inputs).toContain(join(dir, 'l-sub', 'm.txt'));
    expect(documents.some((d) => d.source.name === 'l-sub/m.txt')).toBe(true);
  });
});

describe('nothing lost: random batches', () => {
  const kinds = {
    text: fc
      .string({ unit: 'grapheme', minLength: 0, maxLength: 300 })
      .map((s) => ({ ext: '.txt', data: new TextEncoder().encode(s) })),
    words: fc
      .array(
        fc.constantFrom('The', 'harbour', 'reopened', 'Monday', '\n\n', 'storm.', 'Der', 'Hafen', '港'),
        {
          maxLength: 60,
        },
      )
      .map((w) => ({ ext: '.md', data: new TextEncoder().encode(w.join(' ')) })),
    html: fc.string({ maxLength: 200 }).map((s) => ({
      ext: '.html',
      data: new TextEncoder().encode(`<html><body><p>${s}</p></body></html>`),
    })),
    json: fc
      .array(fc.record({ title: fc.string({ maxLength: 20 }), text: fc.string({ maxLength: 80 }) }), {
        maxLength: 3,
      })
      .map((a) => ({
        ext: '.json',
        data: new TextEncoder().encode(JSON.stringify(a.length === 1 ? a[0] : a)),
      })),
    bytes: fc.uint8Array({ maxLength: 300 }).map((data) => ({ ext: '.txt', data })),
    large: fc.constant({ ext: '.txt', data: new Uint8Array(3000).fill(0x61) }),
    empty: fc.constant({ ext: '.txt', data: new Uint8Array(0) }),
    pdf: fc.constant({ ext: '.pdf', data: new TextEncoder().encode('%PDF') }),
  };
  const file = fc.oneof(...Object.values(kinds));
  let batch = 0;

  it('inputs = documents (per file) + error records, each input exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(file, { maxLength: 12 }), async (files) => {
        const dir = join(root, `batch-${batch++}`);
        mkdirSync(dir);
        files.forEach((f, i) => {
          writeFileSync(join(dir, `${String(i).padStart(2, '0')}${f.ext}`), f.data);
        });
        const { errors, inputs } = await accountFor(dir, { maxBytes: 2000 });
        expect(inputs).toHaveLength(files.length);
        for (const e of errors) expect(statSync(e.path).isFile()).toBe(true);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: Math.max(5, Math.floor((fc.readConfigureGlobal().numRuns ?? 100) / 5)) },
    );
  });
});
