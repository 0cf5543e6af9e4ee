import { CorpusError } from '@corpus/core';

export type IngestErrorCode =
  | 'E_ENCODING'
  | 'E_BINARY'
  | 'E_EMPTY'
  | 'E_TOO_LARGE'
  | 'E_IO'
  | 'E_UNSUPPORTED_FORMAT'
  | 'E_INVALID_OPTION'
  | 'E_INTERNAL'
  | 'E_MODEL_NOT_LOADED';

/**
 * The one error class of @corpus/ingest, on the monorepo's error base: a stable `code`, the offending
 * file's name, and `IngestError.isInstance(e)` that holds across copies of the package (ESM and CJS).
 */
export class IngestError extends CorpusError<IngestErrorCode> {
  static override readonly errorName = 'IngestError';
  /** Name of the input (file name or `options.name`) at fault, when there is one. */
  readonly file: string | undefined;

  constructor(code: IngestErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(code, message, options.cause === undefined ? {} : { cause: options.cause });
    this.file = options.file;
  }
}
