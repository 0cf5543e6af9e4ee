import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { STDIN } from './args';

export interface Input {
  /** How the report names the source. */
  name: string;
  /** Absolute path, or `-` for standard input. */
  path: string;
  /** Set when a folder could not be listed: the reason, an errno code such as EACCES. */
  unreadable?: string;
}

/** The name standard input gets in the report. */
export const STDIN_NAME = 'stdin';

/** Folders expand to the files directly in them (hidden files skipped), in name order. */
export async function expandInputs(inputs: string[], cwd: string): Promise<Input[]> {
  const found: Input[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      found.push({ name: STDIN_NAME, path: STDIN });
      continue;
    }
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      found.push({ name: basename(path), path });
      continue;
    }
    let entries: Dirent[];
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      // A folder that cannot be listed is a failed input like a file that cannot be read.
      found.push({ name: basename(path), path, unreadable: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      continue;
    }
    const names = entries
      .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
      .map((e) => e.name)
      .sort();
    for (const name of names) found.push({ name, path: join(path, name) });
  }
  // Two inputs with one file name would be one source in the report: name them by path instead.
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  return found.map((f) =>
    (counts.get(f.name) ?? 0) > 1 && f.path !== STDIN ? { ...f, name: relative(cwd, f.path) || f.path } : f,
  );
}

/** Reads a whole stream, or undefined as soon as it holds more than `maxBytes` (nothing more is read). */
export async function readLimited(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
