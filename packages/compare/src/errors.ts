const MARKER = Symbol.for('corpus.error');

export type CompareErrorCode = 'E_INVALID_INPUT' | 'E_DUPLICATE_NAME' | 'E_INVALID_REFERENCE_DATE';

/** The one error class of @corpus/compare: thrown only on misuse, with a stable `code`. */
export class CompareError extends Error {
  readonly code: CompareErrorCode;
  readonly [MARKER] = true;

  constructor(code: CompareErrorCode, message: string) {
    super(message);
    this.name = 'CompareError';
    this.code = code;
  }

  /** True for any CompareError, even one thrown by another copy of this package (ESM and CJS). */
  static isInstance(error: unknown): error is CompareError {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[MARKER] === true &&
      (error as { name?: unknown }).name === 'CompareError'
    );
  }
}
