import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<Result> {
  return new Promise((done) => {
    execFile(process.execPath, [main, ...args], { cwd }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('news-compare on a folder with good and bad files', () => {
  let dir: string;
  let out: string;
  let result: Result;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'news-compare-'));
    const articles = join(dir, 'articles');
    await import('node:fs/promises').then((fs) => fs.mkdir(articles));
    await copyFile(join(seeds, '001_b97ef14892a8822d.txt'), join(articles, 'de.txt'));
    await copyFile(join(seeds, '003_8d3bda8906caf15d.txt'), join(articles, 'en.txt'));
    await writeFile(join(articles, 'empty.txt'), '');
    await writeFile(
      join(articles, 'photo.bin'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0, 0, 0xff, 0, 0]),
    );
    out = join(dir, 'out', 'report.html');
    result = await cli(['articles', '--out', out], dir);
  });

  it('exits 1 and still writes a report of the good files', async () => {
    expect(result.code).toBe(1);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('de.txt');
    expect(html).toContain('en.txt');
    expect(html).not.toContain('photo.bin');
  });

  it('lists each bad file with its error code', () => {
    expect(result.stdout).toMatch(/Failed \(2\):/);
    expect(result.stdout).toMatch(/^empty\.txt\s+E_EMPTY\s/m);
    expect(result.stdout).toMatch(/^photo\.bin\s+E_BINARY\s/m);
  });

  it('prints a summary table and plain progress lines when not on a terminal', () => {
    expect(result.stdout).toMatch(/^de\.txt\s+de\s+[\d,]+\s+\d+\s+\d+\s+\d+\s+ok$/m);
    expect(result.stdout).toMatch(/^en\.txt\s+en\s+[\d,]+\s+\d+\s+\d+\s+\d+\s+ok$/m);
    expect(result.stdout).toContain('2 of 4 files compared');
    expect(result.stderr).toMatch(/^ingest {2}de\.txt {2}de, [\d,]+ characters$/m);
    expect(result.stderr).toMatch(/^analyse de\.txt {2}\d+ mentions, \d+ facts$/m);
    expect(result.stderr).toMatch(/^failed {2}photo\.bin {2}E_BINARY: /m);
    expect(result.stderr).toMatch(/^compare 2 documents$/m);
    expect(result.stderr).not.toContain('\x1b[');
  });

  it('writes Markdown and JSON too, and exits 0 when every file is good', async () => {
    const md = await cli([join('articles', 'de.txt'), join('articles', 'en.txt'), '-o', 'r.md', '-q'], dir);
    expect(md).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toContain('de.txt');
    const json = await cli(
      [join('articles', 'en.txt'), join('articles', 'de.txt'), '--format', 'json', '--out', '-'],
      dir,
    );
    expect(json.code).toBe(0);
    const comparison = JSON.parse(json.stdout);
    expect(comparison.schemaVersion).toBe(1);
    expect(comparison.documents.map((d: { name: string }) => d.name)).toEqual(['en.txt', 'de.txt']);
  });

  it('gives the same report whatever the concurrency', async () => {
    const run = (n: string) => cli(['articles', '-f', 'json', '-o', '-', '--concurrency', n], dir);
    const [one, four] = await Promise.all([run('1'), run('4')]);
    expect(one.code).toBe(1);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(four.stdout).toBe(one.stdout);
  });
});

describe('news-compare usage', () => {
  it('prints help and exits 0', async () => {
    const r = await cli(['--help'], tmpdir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: news-compare <folder\|files…>/);
  });

  it.each([[[]], [['x', '--format', 'pdf']], [['x', '--bogus']], [['x', '--concurrency', 'many']]])(
    'exits 2 on a usage error: %j',
    async (args) => {
      const r = await cli(args, tmpdir());
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^news-compare: .+\n\nUsage:/);
      expect(r.stdout).toBe('');
    },
  );
});
