const MARKER = Symbol.for('corpus.error');

export type IngestErrorCode =
  | 'E_ENCODING'
  | 'E_BINARY'
  | 'E_EMPTY'
  | 'E_TOO_LARGE'
  | 'E_IO'
  | 'E_UNSUPPORTED_FORMAT'
  | 'E_INVALID_OPTION'
  | 'E_INTERNAL';

/** The one error class of @corpus/ingest. Each carries a stable `code` and the offending file's name. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  /** Name of the input (file name or `options.name`) at fault, when there is one. */
  readonly file: string | undefined;
  readonly [MARKER] = true;

  constructor(code: IngestErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'IngestError';
    this.code = code;
    this.file = options.file;
  }

  /** True for an IngestError from any copy of this package (ESM and CJS builds both count). */
  static isInstance(error: unknown): error is IngestError {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[MARKER] === true &&
      (error as { name?: unknown }).name === 'IngestError'
    );
  }
}
