const MARKER = Symbol.for('corpus.error');

export type SegmentErrorCode =
  | 'E_INVALID_ARGUMENT'
  | 'E_INVALID_LANGUAGE'
  | 'E_INVALID_PLUGIN'
  | 'E_UNSUPPORTED_SPECIFICATION'
  | 'E_PLUGIN_FAILED'
  | 'E_INVALID_OUTPUT';

/** The one error class of @corpus/segment. Only misuse and broken plugins throw. */
export class SegmentError extends Error {
  readonly code: SegmentErrorCode;
  /** Name of the plugin at fault, when there is one. */
  readonly plugin: string | undefined;
  readonly [MARKER] = true;

  constructor(code: SegmentErrorCode, message: string, options: { plugin?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SegmentError';
    this.code = code;
    this.plugin = options.plugin;
  }

  /** True for a SegmentError from any copy of this package (ESM and CJS builds both count). */
  static isInstance(error: unknown): error is SegmentError {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[MARKER] === true &&
      (error as { name?: unknown }).name === 'SegmentError'
    );
  }
}
