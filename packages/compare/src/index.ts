export { type AnalyzeOptions, analyze, type TextInput } from './analyze';
export { type AnalyzeManyInput, type AnalyzeManyOptions, analyzeMany } from './analyze-many';
export type { AnalyzeErrorRecord, AnalyzeManyResult } from './analyze-many-core';
export { type CompareOptions, compare, compareTexts, EXACT_LIMIT } from './compare';
export {
  addToIndex,
  buildIndex,
  type CompareIndexOptions,
  type ComparisonIndex,
  type CorpusOverview,
  compareIndex,
  type IndexEntry,
  mergeIndexes,
} from './corpus-index';
export { CompareError, type CompareErrorCode } from './errors';
export { BUILT_IN_LOCALES } from './locales/index';
export type { FactLocale } from './locales/types';
export type { TriggerName } from './predicates';
export { type HtmlSourceText, type RenderHtmlOptions, renderHtml } from './render-html';
export { renderJson, renderMarkdown } from './render-markdown';
export { STRUCTURE_DEFAULTS, type StructureOptions } from './structure';
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
  Span,
} from './types';
export { SCHEMA_VERSION } from './types';
