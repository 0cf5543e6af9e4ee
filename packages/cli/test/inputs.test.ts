import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCliArgs } from '../src/args';
import { expandInputs, readLimited } from '../src/inputs';
import { run } from '../src/run';

// A folder the process may not list. Tests run as root in CI, where permissions do not stop
// readdir, so the refusal is simulated for folders named `locked`.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, options: never) => {
    if (String(path).endsWith('locked'))
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    return fs.readdir(path, options);
  }) as typeof fs.readdir;
  return { ...fs, readdir };
});

const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-cli-inputs-'));
  for (const folder of ['a', 'b', 'locked']) await mkdir(join(dir, folder));
  for (const file of ['a/z.txt', 'a/same.txt', 'a/.hidden.txt', 'b/same.txt', 'top.txt'])
    await writeFile(join(dir, file), 'x');
  await mkdir(join(dir, 'a', 'sub'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('expandInputs', () => {
  it('expands folders to their files in name order, skips hidden files and sub-folders, names clashes by path', async () => {
    const inputs = await expandInputs(['a', 'top.txt', '-', 'b'], dir);
    expect(inputs.map((i) => [i.name, i.path === '-' ? '-' : i.path.slice(dir.length + 1)])).toEqual([
      ['a/same.txt', 'a/same.txt'],
      ['z.txt', 'a/z.txt'],
      ['top.txt', 'top.txt'],
      ['stdin', '-'],
      ['b/same.txt', 'b/same.txt'],
    ]);
  });

  it('keeps a folder it cannot list as a failed input, and the run goes on with exit 1', async () => {
    expect(await expandInputs(['locked'], dir)).toEqual([
      { name: 'locked', path: join(dir, 'locked'), unreadable: 'EACCES' },
    ]);
    const parsed = parseCliArgs(['locked', join(seeds, '001_b97ef14892a8822d.txt'), '-o', 'out.md']);
    if (parsed.kind !== 'run') throw new Error('expected a run');
    let stdout = '';
    const code = await run(parsed.options, {
      program: 'corpus-compare',
      stdin: Readable.from([]),
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stdout).toContain('1 of 2 files compared');
    expect(stdout).toMatch(
      /^locked\s+E_IO\s+Cannot list the folder .*locked: EACCES; check its permissions\.$/m,
    );
  });
});

describe('readLimited', () => {
  it('reads a stream whole up to the limit, and stops at the first chunk past it', async () => {
    expect(Buffer.from((await readLimited(Readable.from(['ab', 'cd']), 4))!).toString()).toBe('abcd');
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled++;
          yield 'x'.repeat(100);
        }
      })(),
    );
    expect(await readLimited(endless, 250)).toBeUndefined();
    expect(pulled).toBeLessThan(10);
  });
});
