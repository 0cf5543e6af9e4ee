import { CorpusError } from '@corpus/core';

export type EntitiesErrorCode =
  | 'E_INVALID_INPUT'
  | 'E_INVALID_OPTIONS'
  | 'E_INVALID_REFERENCE_DATE'
  | 'E_INVALID_DOCUMENTS'
  | 'E_LANGUAGE_NOT_LOADED';

/** The one error class of @corpus/entities: thrown only on misuse, with a stable `code`. */
export class EntitiesError extends CorpusError<EntitiesErrorCode> {
  static override readonly errorName = 'EntitiesError';
}

/**
 * What a browser build says when a text needs data it fetches on demand and nobody loaded it: the
 * call to make first. (The Node build loads every language's data synchronously on first use.)
 */
export function languageNotLoaded(lang: string, what: string): EntitiesError {
  return new EntitiesError(
    'E_LANGUAGE_NOT_LOADED',
    `${what} for "${lang}" is loaded on demand in the browser build: await loadLanguages(['${lang}']) before reading a text in it (analyzeMany of @corpus/compare does this for each document).`,
  );
}
