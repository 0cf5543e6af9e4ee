import { CorpusError } from '@corpus/core';

export type SegmentErrorCode =
  | 'E_INVALID_ARGUMENT'
  | 'E_INVALID_LANGUAGE'
  | 'E_INVALID_PLUGIN'
  | 'E_UNSUPPORTED_SPECIFICATION'
  | 'E_PLUGIN_FAILED'
  | 'E_INVALID_OUTPUT';

/**
 * The one error class of @corpus/segment, on the @corpus/core base (its `Symbol.for` marker lets
 * `SegmentError.isInstance` recognise errors from any copy of the package). Only misuse and broken
 * plugins throw.
 */
export class SegmentError extends CorpusError<SegmentErrorCode> {
  static override readonly errorName = 'SegmentError';
  /** Name of the plugin at fault, when there is one. */
  readonly plugin: string | undefined;

  constructor(code: SegmentErrorCode, message: string, options: { plugin?: string; cause?: unknown } = {}) {
    super(code, message, options);
    this.plugin = options.plugin;
  }
}
