import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Document,
  IngestError,
  type IngestErrorRecord,
  ingestDirectory,
  ingestFile,
} from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'ingest-dir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const japanese =
  '東京の天気\n\n今日は朝から雨が降っていますが、午後には晴れる見込みです。傘を持って出かけましょう。\n';
writeFileSync(
  join(dir, 'a-good.txt'),
  'A quiet morning\n\nThe market opened slowly on Monday, and traders waited for the central bank.\n',
);
writeFileSync(
  join(dir, 'b-binary.bin'),
  Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
);
writeFileSync(join(dir, 'c-empty.txt'), '');
writeFileSync(join(dir, 'd-big.txt'), 'x'.repeat(5000));
writeFileSync(join(dir, 'e-legacy.txt'), iconv.encode(japanese, 'Shift_JIS'));
writeFileSync(join(dir, 'f-blank.txt'), ' \n\t\n  ');
writeFileSync(
  join(dir, 'i-articles.json'),
  JSON.stringify([
    {
      title: 'Erster',
      text: 'Der Hafen von Port Ellis ist nach dem Sturm am Montag wieder geöffnet worden.',
    },
    { title: 'Secondo', text: 'Il porto di Port Ellis è stato riaperto lunedì dopo la tempesta.' },
  ]),
);
mkdirSync(join(dir, 'g-sub'));
writeFileSync(
  join(dir, 'g-sub', 'h-nested.txt'),
  'Nested\n\nA nested file in a sub-directory is skipped unless recursive.\n',
);

async function collect(options = {}): Promise<(Document | IngestErrorRecord)[]> {
  const records: (Document | IngestErrorRecord)[] = [];
  for await (const r of ingestDirectory(dir, { maxBytes: 4000, ...options })) records.push(r);
  return records;
}

describe('ingestDirectory', () => {
  it('yields one record per file, in name order, with the right codes, never throwing', async () => {
    const records = await collect();
    expect(records.map((r) => ['code' in r ? r.name : r.source.name, 'code' in r ? r.code : r.lang])).toEqual(
      [
        ['a-good.txt', 'en'],
        ['b-binary.bin', 'E_BINARY'],
        ['c-empty.txt', 'E_EMPTY'],
        ['d-big.txt', 'E_TOO_LARGE'],
        ['e-legacy.txt', 'ja'],
        ['f-blank.txt', 'E_EMPTY'],
        ['i-articles.json#1', 'de'],
        ['i-articles.json#2', 'it'],
      ],
    );
    const legacy = records[4] as Document;
    expect(legacy.source.encoding.name).toBe('shift_jis');
    expect(legacy.text).toBe(japanese.trim());
    expect(legacy.title).toBe('東京の天気');
    const error = records[1] as IngestErrorRecord;
    expect(error).toMatchObject({ kind: 'error', name: 'b-binary.bin', path: join(dir, 'b-binary.bin') });
    expect(error.message).toMatch(/binary/);
  });

  it('filters with include and descends with recursive', async () => {
    const names = (await collect({ include: (n: string) => n.endsWith('.txt'), recursive: true })).map((r) =>
      'code' in r ? r.name : r.source.name,
    );
    expect(names).toEqual([
      'a-good.txt',
      'c-empty.txt',
      'd-big.txt',
      'e-legacy.txt',
      'f-blank.txt',
      'g-sub/h-nested.txt',
    ]);
  });

  it('ingestFile throws typed errors: E_IO for a missing file, E_TOO_LARGE before reading', async () => {
    await expect(ingestFile(join(dir, 'missing.txt'))).rejects.toMatchObject({
      code: 'E_IO',
      file: 'missing.txt',
    });
    const error = await ingestFile(join(dir, 'd-big.txt'), { maxBytes: 10 }).catch((e: unknown) => e);
    expect(IngestError.isInstance(error)).toBe(true);
    expect((error as IngestError).code).toBe('E_TOO_LARGE');
  });

  it('throws E_IO when the directory itself is missing', async () => {
    const iterate = async () => {
      for await (const _ of ingestDirectory(join(dir, 'nope'))) {
        // drain
      }
    };
    await expect(iterate()).rejects.toMatchObject({ code: 'E_IO' });
  });
});
