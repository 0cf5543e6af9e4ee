import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The bin npm links: it imports dist/main.js.
const main = fileURLToPath(new URL('../bin/corpus-compare.js', import.meta.url));
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const manifest = fileURLToPath(new URL('../package.json', import.meta.url));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built command; `stdin` is piped in when given (else stdin is an empty pipe). */
function cli(args: string[], cwd: string, stdin?: string, nodeOptions: string[] = []): Promise<Result> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [...nodeOptions, main, ...args],
      { cwd },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(stdin ?? '');
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-cli-'));
  const articles = join(dir, 'articles');
  await mkdir(articles);
  await copyFile(join(seeds, '001_b97ef14892a8822d.txt'), join(articles, 'de.txt'));
  await copyFile(join(seeds, '003_8d3bda8906caf15d.txt'), join(articles, 'en.txt'));
  await writeFile(join(articles, 'empty.txt'), '');
  await writeFile(
    join(articles, 'photo.bin'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0, 0, 0xff, 0, 0]),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const de = () => join('articles', 'de.txt');
const en = () => join('articles', 'en.txt');

describe('a folder with good and bad files', () => {
  let out: string;
  let result: Result;
  beforeAll(async () => {
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

  it('prints a summary table, and no progress when stderr is a pipe', () => {
    expect(result.stdout).toMatch(/^de\.txt\s+de\s+[\d,]+\s+\d+\s+\d+\s+\d+\s+ok$/m);
    expect(result.stdout).toMatch(/^en\.txt\s+en\s+[\d,]+\s+\d+\s+\d+\s+\d+\s+ok$/m);
    expect(result.stdout).toContain('2 of 4 files compared');
    expect(result.stdout).toMatch(/^wrote out\/report\.html \(html, [\d,]+ bytes\)$/m);
    expect(result.stderr).toBe('');
  });

  it('gives the same report whatever the concurrency', async () => {
    const run = (n: string) => cli(['articles', '-f', 'json', '-o', '-', '--concurrency', n], dir);
    const [one, four] = await Promise.all([run('1'), run('4')]);
    expect(one.code).toBe(1);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(four.stdout).toBe(one.stdout);
  });
});

describe('--format and --out', () => {
  it('writes JSON, Markdown or HTML to stdout with --out -, the summary then on stderr', async () => {
    const [json, md, html] = await Promise.all(
      ['json', 'md', 'html'].map((format) => cli([en(), de(), '--format', format, '--out', '-'], dir)),
    );
    expect(json!.code).toBe(0);
    const comparison = JSON.parse(json!.stdout);
    expect(comparison.schemaVersion).toBe(2);
    expect(comparison.documents.map((d: { name: string }) => d.name)).toEqual(['en.txt', 'de.txt']);
    expect(json!.stderr).toMatch(/^report \(json, [\d,]+ bytes\) written to stdout$/m);
    expect(md!.stdout).toMatch(/^# Comparison of 2 documents\n/);
    expect(md!.stdout).toContain('| de.txt | de |');
    expect(html!.stdout).toMatch(/^<!doctype html>/);
    for (const r of [json!, md!, html!]) expect(r.stdout).not.toContain('files compared');
  });

  it('takes the format from --out, writes nothing else with --quiet, and exits 0 when every file is good', async () => {
    const md = await cli([de(), en(), '-o', 'r.md', '-q'], dir);
    expect(md).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toMatch(/^# Comparison of 2 documents\n/);
  });
});

describe('standard input (-)', () => {
  it('reads one article from stdin, named stdin, next to files', async () => {
    const text = await readFile(join(seeds, '003_8d3bda8906caf15d.txt'), 'utf8');
    const r = await cli(['-', de(), '-f', 'json', '-o', '-'], dir, text);
    expect(r.code).toBe(0);
    const comparison = JSON.parse(r.stdout);
    expect(comparison.documents.map((d: { name: string; lang: string }) => [d.name, d.lang])).toEqual([
      ['stdin', 'en'],
      ['de.txt', 'de'],
    ]);
  });

  it('fails stdin alone when it is empty: exit 1, nothing written', async () => {
    const r = await cli(['-', '-o', 'never.md'], dir, '');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('No file could be read, so no report was written.\n');
    expect(r.stdout).toMatch(/^stdin\s+E_EMPTY\s/m);
    await expect(readFile(join(dir, 'never.md'))).rejects.toThrow(/ENOENT/);
  });
});

describe('--max-bytes', () => {
  it('skips a file over the limit with E_TOO_LARGE naming the flag, and reads it under a raised limit', async () => {
    const [small, large] = [(await stat(join(dir, de()))).size, (await stat(join(dir, en()))).size];
    expect(small).toBeLessThan(3 * 1024);
    expect(large).toBeGreaterThan(3 * 1024);
    expect(large).toBeLessThan(7 * 1024);
    const limited = await cli([de(), en(), '--max-bytes', '3KB', '-o', 'small.md'], dir);
    expect(limited.code).toBe(1);
    expect(limited.stdout).toMatch(
      /^en\.txt\s+E_TOO_LARGE\s+en\.txt is [\d.]+ KB \([\d,]+ bytes\), over --max-bytes 3 KB; split it or raise --max-bytes\.$/m,
    );
    expect(limited.stdout).toContain(`(${large.toLocaleString('en-US')} bytes)`);
    expect(limited.stdout).toContain('1 of 2 files compared');
    const raised = await cli([de(), en(), '--max-bytes', '7KB', '-o', 'raised.md'], dir);
    expect(raised.code).toBe(0);
    expect(raised.stdout).toContain('2 of 2 files compared');
  });

  it('applies to stdin too, without reading past the limit', async () => {
    const r = await cli(['-', en(), '--max-bytes', '1k', '-o', '-', '-f', 'json'], dir, 'word '.repeat(1000));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^stdin\s+E_TOO_LARGE\s+stdin is larger than --max-bytes 1 KB; split it or raise --max-bytes\.$/m,
    );
  });
});

describe('--lang', () => {
  it('analyses every input as the given language', async () => {
    const r = await cli([de(), '--lang', 'DE', '-f', 'json', '-o', '-'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].lang).toBe('de');
  });

  it('warns that a known but unsupported language gets no facts, and runs', async () => {
    const r = await cli([en(), '--lang', 'el', '-o', 'greek.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^corpus-compare: --lang el: Greek is not a supported language .* no facts/);
    expect(r.stdout).toMatch(/^en\.txt\s+el\s+[\d,]+\s+\d+\s+\d+\s+0\s+ok$/m);
    const quiet = await cli([en(), '--lang', 'el', '-o', 'greek.md', '-q'], dir);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('--min-confidence', () => {
  it('keeps only the findings rated at least that sure (an unrated one counts as 1), and says how many it left out', async () => {
    const all = await cli([de(), en(), '-f', 'json', '-o', '-'], dir);
    const sure = await cli([de(), en(), '--min-confidence', '1', '-f', 'json', '-o', '-'], dir);
    expect([all.code, sure.code]).toEqual([0, 0]);
    const rating = (g: { confidence?: number }) => g.confidence ?? 1;
    const before = JSON.parse(all.stdout);
    const after = JSON.parse(sure.stdout);
    const findings = (c: { conflicts: unknown[]; agreements: unknown[] }) => [
      ...c.conflicts,
      ...c.agreements,
    ];
    expect(findings(before).length).toBeGreaterThan(0);
    expect(findings(after).every((g) => rating(g as { confidence?: number }) >= 1)).toBe(true);
    const left = findings(before).filter((g) => rating(g as { confidence?: number }) < 1).length;
    expect(findings(after)).toHaveLength(findings(before).length - left);
    if (left) expect(sure.stderr).toContain(`${left} below --min-confidence 1 left out`);
    else expect(sure.stderr).not.toContain('left out');
  });
});

describe('--reference-date', () => {
  it('is passed to the comparison', async () => {
    const r = await cli([de(), '--reference-date', '2025-06-01', '-f', 'md', '-o', '-'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Reference date for dates without a year: 2025-06-01');
  });
});

describe('--version and --help', () => {
  it('prints the version of the command and of the libraries it runs', async () => {
    const { version } = JSON.parse(await readFile(manifest, 'utf8'));
    const r = await cli(['--version'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^corpus-compare ${version} \\(@corpus/compare \\d+\\.\\d+\\.\\d+\\S*, @corpus/ingest \\d+\\.\\d+\\.\\d+\\S*\\)\\n$`,
      ),
    );
    expect((await cli(['-v'], dir)).stdout).toBe(r.stdout);
  });

  it('prints help and exits 0', async () => {
    const r = await cli(['--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: corpus-compare <folder\|files…\|-> \[options\]\n/);
  });
});

describe('usage errors', () => {
  it.each([
    [[], 'give at least one folder or file to compare, or - to read stdin.'],
    [['x', '--foo'], 'unknown option --foo.'],
    [['x', '--formt', 'md'], 'unknown option --formt (did you mean --format?).'],
    [['x', '--format', 'pdf'], '--format must be html, md or json, not "pdf".'],
    [['x', '--lang', 'english'], '--lang english is not a language tag; did you mean en?'],
    [
      ['x', '--max-bytes', 'lots'],
      '--max-bytes must be a size from 1 byte to 1GB such as 500KB or 50MB, not "lots".',
    ],
    [['x', '--min-confidence', '2'], '--min-confidence must be a number from 0 to 1 such as 0.8, not "2".'],
    [['x', '--concurrency', 'many'], '--concurrency must be a whole number from 1 to 64, not "many".'],
    [['x', '--out'], '--out needs a value.'],
  ])('%j: one line with a hint, exit 2', async (args, message) => {
    const r = await cli(args as string[], dir);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `corpus-compare: ${message} Run corpus-compare --help.\n`,
    });
  });
});

describe('runtime errors exit 1', () => {
  it('when no input can be read', async () => {
    const r = await cli(['missing.txt', join('articles', 'empty.txt'), '-o', 'none.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('No file could be read, so no report was written.\n');
    expect(r.stdout).toMatch(/^missing\.txt\s+E_IO\s+Cannot read .*missing\.txt: ENOENT/m);
  });

  it('when the report cannot be written, in one line', async () => {
    const r = await cli([de(), '-o', join('articles', 'de.txt', 'report.md')], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^corpus-compare: cannot write the report to articles\/de\.txt\/report\.md \(E[A-Z]+\); choose another --out\.\n$/,
    );
    expect(r.stdout).toBe('');
  });
});

describe('internal errors exit 3', () => {
  it('when the report cannot be made, with the stack for a bug report', async () => {
    // A fault the command cannot foresee: stdout refuses the report as it is written.
    const fault = 'data:text/javascript,process.stdout.write=()=>{throw new Error("stdout refused")}';
    const r = await cli([de(), '-f', 'md', '-o', '-'], dir, undefined, ['--import', fault]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^corpus-compare: internal error, no report written\nError: stdout refused\n\s+at /,
    );
  });
});
