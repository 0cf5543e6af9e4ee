import { defineConfig } from 'tsup';
import { lazyBundleConfig } from '../../tsup.base';

// dist/markdown.cjs: the Markdown parser (src/markdown-bundle.ts), required by both the ESM and the
// CJS build on the first Markdown file. Run after the main build.
export default defineConfig(lazyBundleConfig({ markdown: 'src/markdown-bundle.ts' }));
