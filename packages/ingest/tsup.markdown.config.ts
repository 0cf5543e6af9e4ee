import { defineConfig } from 'tsup';

// dist/markdown.cjs: the Markdown parser (src/markdown-bundle.ts), required by both the ESM and the
// CJS build on the first Markdown file. Run after the main build: no clean.
export default defineConfig({
  entry: { markdown: 'src/markdown-bundle.ts' },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  dts: false,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  splitting: false,
  treeshake: true,
});
