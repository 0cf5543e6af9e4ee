export { CALENDAR_LANGUAGES, CALENDAR_SOURCE, type CalendarWords, calendarWords } from './calendar';
export { CURRENCY_LANGUAGES, CURRENCY_SOURCE, type CurrencyWords, currencyWords } from './currencies';
export { CorpusError } from './errors';
export {
  canonicalLanguageTag,
  isSupportedLanguage,
  lookupChain,
  lookupLanguage,
  primaryLanguage,
  SUPPORTED_LANGUAGES,
  type SupportedLanguage,
} from './languages';
export { allMatches } from './matches';
export { parseReferenceDate, type ReferenceDate, requireReferenceDate } from './reference-date';
export { sha256, sha256Hex } from './sha256';
export type { Span } from './span';
