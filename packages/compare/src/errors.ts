import { CorpusError } from '@corpus/core';

export type CompareErrorCode = 'E_INVALID_INPUT' | 'E_DUPLICATE_NAME' | 'E_INVALID_REFERENCE_DATE';

/** The one error class of @corpus/compare: thrown only on misuse, with a stable `code`. */
export class CompareError extends CorpusError<CompareErrorCode> {
  static override readonly errorName = 'CompareError';
}
