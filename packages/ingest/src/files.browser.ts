import { IngestError } from './errors';
import type { DirectoryOptions, Document, IngestErrorRecord, IngestOptions } from './types';

// A page has no file system: these keep the Node build's signatures and say what to do instead.

function noFileSystem(what: string): IngestError {
  return new IngestError(
    'E_IO',
    `${what} reads from the file system, which a browser does not have; read the File (await file.arrayBuffer()) and pass its bytes to ingestBytes with { name: file.name }.`,
  );
}

/** Node only: in a browser, pass a File's bytes to `ingestBytes`. */
export async function ingestFile(_path: string, _options?: IngestOptions): Promise<Document> {
  throw noFileSystem('ingestFile');
}

/** Node only: in a browser, pass each File's bytes to `ingestBytes`. */
// biome-ignore lint/correctness/useYield: it fails before reading anything, as the Node build does for a missing folder.
export async function* ingestDirectory(
  _path: string,
  _options?: DirectoryOptions,
): AsyncGenerator<Document | IngestErrorRecord> {
  throw noFileSystem('ingestDirectory');
}
