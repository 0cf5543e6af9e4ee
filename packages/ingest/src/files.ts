import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { IngestError } from './errors';
import { checkOptions, DEFAULT_MAX_BYTES, ingestBytesAll, invalid, typed } from './ingest';
import type { DirectoryOptions, Document, IngestErrorRecord, IngestOptions } from './types';

// Reading files and folders: Node only. The browser build uses files.browser.ts, whose functions say
// what to do instead.

async function readChecked(
  path: string,
  options: IngestOptions | undefined,
): Promise<{ bytes: Uint8Array; name: string }> {
  if (typeof path !== 'string' || path === '') invalid('Expected path to be a non-empty string.');
  const name = options?.name ?? basename(path);
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new IngestError(
      'E_IO',
      `Cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}; check that the file exists and is readable.`,
      { file: name, cause },
    );
  }
  if (!info.isFile())
    throw new IngestError(
      'E_IO',
      `${path} is not a regular file; pass a file, or use ingestDirectory for folders.`,
      { file: name },
    );
  if (typeof maxBytes === 'number' && info.size > maxBytes) {
    throw new IngestError(
      'E_TOO_LARGE',
      `${name} is ${info.size} bytes, over maxBytes ${maxBytes}; split it or raise { maxBytes }.`,
      { file: name },
    );
  }
  try {
    return { bytes: await readFile(path), name };
  } catch (cause) {
    throw new IngestError(
      'E_IO',
      `Cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}; check its permissions.`,
      { file: name, cause },
    );
  }
}

/** Reads and ingests one file (size checked with `stat` before reading). JSON arrays: the first article. */
export async function ingestFile(path: string, options?: IngestOptions): Promise<Document> {
  checkOptions(options, basename(String(path)));
  const { bytes, name } = await readChecked(path, options);
  return typed(() => ingestBytesAll(bytes, { ...options, name }, path), options)[0]!;
}

async function listFiles(root: string, recursive: boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recursive) await walk(full);
      } else found.push(relative(root, full).split('\\').join('/'));
    }
  };
  await walk(root);
  // Code-unit order: the same on every platform and locale.
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Ingests every file of a directory, in sorted name order, yielding a `Document` per article or an
 * `IngestErrorRecord` per file that failed; it never throws for one bad file. JSON arrays and JSON Lines
 * yield one document per article (named `file.json#1`, `#2`…).
 */
export async function* ingestDirectory(
  path: string,
  options?: DirectoryOptions,
): AsyncGenerator<Document | IngestErrorRecord> {
  if (typeof path !== 'string' || path === '') invalid('Expected path to be a non-empty directory path.');
  const { include, recursive = false, ...fileOptions } = options ?? {};
  if (include !== undefined && typeof include !== 'function')
    invalid('Expected options.include to be a function (name) => boolean.');
  checkOptions(fileOptions, 'directory');
  let names: string[];
  try {
    names = await listFiles(path, recursive);
  } catch (cause) {
    throw new IngestError(
      'E_IO',
      `Cannot list directory ${path}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}; check that it exists.`,
      { cause },
    );
  }
  for (const name of names) {
    if (include && !include(name)) continue;
    const filePath = join(path, name);
    let documents: Document[];
    try {
      const { bytes } = await readChecked(filePath, { ...fileOptions, name });
      documents = ingestBytesAll(bytes, { ...fileOptions, name }, filePath);
    } catch (error) {
      const typed = IngestError.isInstance(error);
      yield {
        kind: 'error',
        name,
        path: filePath,
        code: typed ? error.code : 'E_INTERNAL',
        message: typed ? error.message : `Unexpected failure on ${name}: ${String(error)}; please report it.`,
      };
      continue;
    }
    yield* documents;
  }
}
