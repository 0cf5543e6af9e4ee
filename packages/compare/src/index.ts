// The value types inside what compare returns (documents, mentions, entities), re-exported so that a
// user of compare imports them from compare.
export type {
  DateGranularity,
  DateValue,
  DurationQualifier,
  DurationValue,
  Entity,
  EntityForm,
  EntityMentionRef,
  Mention,
  MentionType,
  MentionValue,
  QuantityValue,
  RangeValue,
  TextValue,
  TransliterationLink,
} from '@corpus/entities';
// Per-language data a browser bundle fetches on demand (analyzeMany loads it for each document).
export { loadLanguages } from '@corpus/entities';
export type { Document, DocumentSource, IngestedDocument } from '@corpus/ingest';
export type { Segmentation } from '@corpus/segment';
export { type CompareOptions, compare, EXACT_LIMIT } from './comparison/compare';
export {
  addToIndex,
  buildIndex,
  type CompareIndexOptions,
  type ComparisonIndex,
  type CorpusOverview,
  compareIndex,
  type IndexEntry,
  mergeIndexes,
} from './corpus/comparison-index';
export { STRUCTURE_DEFAULTS, type StructureOptions } from './corpus/stories';
export { CompareError, type CompareErrorCode } from './errors';
export type { ConceptName } from './facts/concepts';
export type { FactPredicate, TriggerName } from './facts/predicates';
export { BUILT_IN_LOCALES } from './locales/index';
export type { FactLocale } from './locales/types';
export { type AnalyzeOptions, analyze, type TextInput } from './pipeline/analyze';
export { type AnalyzeManyInput, type AnalyzeManyOptions, analyzeMany } from './pipeline/analyze-many';
export type { AnalyzeErrorRecord, AnalyzeManyResult } from './pipeline/analyze-one';
export { type Analyzer, type AnalyzerOptions, createAnalyzer } from './pipeline/analyzer';
export { compareTexts } from './pipeline/compare-texts';
export {
  type HtmlSourceText,
  type RenderHtmlOptions,
  renderHtml,
  renderJson,
  renderMarkdown,
} from './render/index';
export type {
  AnalyzedDocument,
  ComparedDocument,
  CompareWarning,
  Comparison,
  ConflictKind,
  Evidence,
  Fact,
  FactGroup,
  FactValueGroup,
  GroupPredicate,
  Span,
  TextsComparison,
} from './types';
export { SCHEMA_VERSION } from './types';
