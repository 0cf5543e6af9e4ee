import { createRequire } from 'node:module';
import type { MarkdownLibraries } from './markdown-libraries';

/** The bundled parser beside the built module (tsup.config.ts defines it). */
declare const __MARKDOWN_BUNDLE__: string;

let libraries: MarkdownLibraries | undefined;

/**
 * The Node build's markdown-libraries.ts: micromark, mdast-util-from-markdown and the GFM table
 * extension, required from dist/markdown.cjs on the first Markdown file. Inlined in the package's
 * module, they were 60 % of its code (206 kB, and character-entities' 2 000-name table built at
 * import), compiled and run by every process that imports @corpus/ingest, Markdown or not.
 */
export function markdownLibraries(): MarkdownLibraries {
  if (libraries) return libraries;
  // tsup's shims give the CJS build an import.meta.url.
  const require = createRequire(import.meta.url);
  libraries = (require(__MARKDOWN_BUNDLE__) as { MARKDOWN_BUNDLE: MarkdownLibraries }).MARKDOWN_BUNDLE;
  return libraries;
}
