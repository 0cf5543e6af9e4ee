import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/args';
import { type Io, run } from '../src/run';

// The bin npm links: it imports dist/main.js.
const main = fileURLToPath(new URL('../bin/corpus-compare.js', import.meta.url));
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const de = join(seeds, '001_b97ef14892a8822d.txt');
const en = join(seeds, '003_8d3bda8906caf15d.txt');
// util-linux `script` runs a command on a pseudo-terminal: the one way to give a child a real TTY.
const SCRIPT = '/usr/bin/script';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-cli-tty-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(stderrIsTTY: boolean) {
  const written = { stdout: '', stderr: '' };
  const value: Io = {
    program: 'corpus-compare',
    stdin: Readable.from([]),
    stdout: { write: (t: string) => (written.stdout += t) },
    stderr: { write: (t: string) => (written.stderr += t), isTTY: stderrIsTTY, columns: 100 },
    cwd: dir,
  };
  return { io: value, written };
}

function options(argv: string[]) {
  const parsed = parseCliArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`not a run: ${JSON.stringify(parsed)}`);
  return parsed.options;
}

describe('progress', () => {
  it('redraws a bar on stderr when stderr is a terminal, and clears it before the summary', async () => {
    const { io: tty, written } = io(true);
    expect(await run(options([de, en, '-o', 'tty.md']), tty)).toBe(0);
    const frames = written.stderr.split('\r\x1b[2K').filter(Boolean);
    expect(frames[0]).toMatch(/^\[█*░*\] 1\/6 ingest {2}\S+\.txt$/);
    expect(frames.at(-1)).toMatch(/^\[█{24}\] 6\/6 render {2}tty\.md$/);
    expect(written.stderr.endsWith('\r\x1b[2K')).toBe(true);
    expect(written.stdout).toContain('2 of 2 files compared');
  });

  it('writes nothing to stderr off a terminal, nor on one with --quiet', async () => {
    const pipe = io(false);
    expect(await run(options([de, '-o', 'pipe.md']), pipe.io)).toBe(0);
    expect(pipe.written.stderr).toBe('');
    const quiet = io(true);
    expect(await run(options([de, '-o', 'quiet.md', '-q']), quiet.io)).toBe(0);
    expect(quiet.written).toEqual({ stdout: '', stderr: '' });
  });

  it.skipIf(!existsSync(SCRIPT))('shows the bar when the built command runs on a real terminal', async () => {
    const out = join(dir, 'pty.md');
    const command = [process.execPath, main, de, '-o', out].map((a) => `'${a}'`).join(' ');
    const transcript = await new Promise<string>((done, fail) =>
      execFile(SCRIPT, ['-qec', command, '/dev/null'], { cwd: dir }, (error, stdout) =>
        error ? fail(error) : done(stdout),
      ),
    );
    expect(transcript).toMatch(/\r\x1b\[2K\[█*░*\] 1\/4 ingest {2}001_b97ef14892a8822d\.txt/);
    expect(transcript).toContain('1 of 1 files compared');
    expect(await readFile(out, 'utf8')).toMatch(/^# Comparison of 1 documents?\n/);
  });
});
