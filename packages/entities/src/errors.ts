import { CorpusError } from '@corpus/core';

export type EntitiesErrorCode =
  | 'E_INVALID_INPUT'
  | 'E_INVALID_OPTIONS'
  | 'E_INVALID_REFERENCE_DATE'
  | 'E_INVALID_DOCUMENTS';

/** The one error class of @corpus/entities: thrown only on misuse, with a stable `code`. */
export class EntitiesError extends CorpusError<EntitiesErrorCode> {
  static override readonly errorName = 'EntitiesError';
}
