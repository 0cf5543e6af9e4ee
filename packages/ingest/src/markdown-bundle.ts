// The entry of dist/markdown.cjs (tsup.markdown.config.ts), never imported: the Markdown parser
// bundled into one CommonJS file that the ESM and the CJS builds both require on the first Markdown
// file (markdown-libraries.node.ts).
import { markdownLibraries } from './markdown-libraries';

export const MARKDOWN_BUNDLE = markdownLibraries();
