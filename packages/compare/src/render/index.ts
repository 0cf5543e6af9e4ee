// The renderers alone (`@corpus/compare/render`): a report from a Comparison already computed (read
// from JSON, sent by another process) without loading the pipeline, its lexicons and models.
export { type HtmlSourceText, type RenderHtmlOptions, renderHtml } from './html';
export { renderJson } from './json';
export { renderMarkdown } from './markdown';
