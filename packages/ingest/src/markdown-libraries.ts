import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

/** The CommonMark parser and its GFM table extension, as markdown.ts calls them. */
export interface MarkdownLibraries {
  fromMarkdown: typeof fromMarkdown;
  gfmTable: typeof gfmTable;
  gfmTableFromMarkdown: typeof gfmTableFromMarkdown;
}

/**
 * The parser, imported with the module: what the tests (from source) and the browser build use. The
 * Node build gets markdown-libraries.node.ts instead (tsup.config.ts), which requires the parser
 * from dist/markdown.cjs on the first Markdown file.
 */
export function markdownLibraries(): MarkdownLibraries {
  return { fromMarkdown, gfmTable, gfmTableFromMarkdown };
}
