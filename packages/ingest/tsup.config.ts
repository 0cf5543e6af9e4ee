import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { packageConfig } from '../../tsup.base';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * The Node build's Markdown parser is required on first use from dist/markdown.cjs
 * (tsup.markdown.config.ts): `./markdown-libraries` resolves to its `.node.ts` sibling, which does that.
 */
const lazyMarkdown: EsbuildPlugin = {
  name: 'ingest-lazy-markdown',
  setup(build) {
    build.onResolve({ filter: /^\.\/markdown-libraries$/ }, (args) =>
      args.importer.endsWith('markdown-libraries.node.ts')
        ? undefined
        : { path: resolve(args.resolveDir, 'markdown-libraries.node.ts') },
    );
  },
};

export default defineConfig([
  // shims: the CJS build gets an `import.meta.url`, which the lazy language-model loader resolves from.
  packageConfig({
    shims: true,
    esbuildPlugins: [lazyMarkdown],
    define: { __MARKDOWN_BUNDLE__: JSON.stringify('./markdown.cjs') },
  }),
  // For scripts/build-model.mjs only (not published): the detector alone, to convert eld's model into
  // dist/ngrams.bin after this build.
  {
    entry: { 'ngram-detector': 'src/ngram-detector.ts' },
    outDir: 'out/model-build',
    format: ['esm'],
    dts: false,
    clean: true,
    target: 'node20',
    platform: 'node',
  },
]);
