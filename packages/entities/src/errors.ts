const MARKER = Symbol.for('corpus.error');

export type EntitiesErrorCode =
  | 'E_INVALID_INPUT'
  | 'E_INVALID_OPTIONS'
  | 'E_INVALID_REFERENCE_DATE'
  | 'E_INVALID_DOCUMENTS';

/** The one error class of @corpus/entities: thrown only on misuse, with a stable `code`. */
export class EntitiesError extends Error {
  readonly code: EntitiesErrorCode;
  readonly [MARKER] = true;

  constructor(code: EntitiesErrorCode, message: string) {
    super(message);
    this.name = 'EntitiesError';
    this.code = code;
  }

  /** True for any EntitiesError, even one thrown by another copy of this package (ESM and CJS). */
  static isInstance(error: unknown): error is EntitiesError {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[MARKER] === true &&
      (error as { name?: unknown }).name === 'EntitiesError'
    );
  }
}
