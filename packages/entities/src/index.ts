export { resolveDates } from './defer';
export type { EntitiesErrorCode } from './errors';
export { EntitiesError } from './errors';
export { extractMentions } from './extract';
export { linkEntities } from './link';
export { loadLanguages } from './load';
export type {
  DateGranularity,
  DateValue,
  DurationQualifier,
  DurationValue,
  Entity,
  EntityForm,
  EntityMentionRef,
  ExtractInput,
  ExtractOptions,
  LinkDocument,
  Mention,
  MentionType,
  MentionValue,
  PendingDates,
  QuantityValue,
  RangeValue,
  Span,
  TextValue,
  TransliterationLink,
} from './types';
