export { type AnalyzeOptions, analyze, type TextInput } from './analyze';
export { type AnalyzeManyInput, type AnalyzeManyOptions, analyzeMany } from './analyze-many';
export type { AnalyzeErrorRecord, AnalyzeManyResult } from './analyze-many-core';
export { type CompareOptions, compare, compareTexts } from './compare';
export { CompareError, type CompareErrorCode } from './errors';
export { BUILT_IN_LOCALES } from './locales/index';
export type { FactLocale } from './locales/types';
export type { TriggerName } from './predicates';
export { type HtmlSourceText, type RenderHtmlOptions, renderHtml } from './render-html';
export { renderJson, renderMarkdown } from './render-markdown';
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
