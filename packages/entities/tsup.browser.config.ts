import { relative, resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { browserConfig } from '../../tsup.base';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const generated = resolve('src/generated');

/**
 * The data files of src/generated that the browser build imports (language-data.browser.ts,
 * city-name-loaders.ts) stay files: each import is left to the page's bundler, pointing at the copy
 * the Node build reads (tsup.config.ts copies src/generated to dist/generated), so a table ships once.
 * The path is relative to dist/browser.js: the modules that import them are only in that file (a
 * test checks that every relative import of the browser build names a file of the package).
 */
const sharedData: EsbuildPlugin = {
  name: 'corpus-shared-data',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, (args) => {
      const file = resolve(args.resolveDir, args.path);
      if (!file.startsWith(`${generated}${sep}`)) return undefined;
      return { path: `./generated/${relative(generated, file).split(sep).join('/')}`, external: true };
    });
  },
};

// As in tsup.config.ts: maps without the sources (the romanisation tables are large).
// Split: each language's code (chrono-node's locale, bundled here as in the Node build; wink-nlp
// stays an import of its package) is a dynamic import that `loadLanguages` makes, and so is each of
// its data files (sharedData above), so a page's bundler keeps them out of the page's first script.
export default defineConfig(
  browserConfig({
    splitting: true,
    noExternal: [/^chrono-node/],
    esbuildPlugins: [sharedData],
    esbuildOptions: (options) => {
      options.sourcesContent = false;
      // Kanji and Hangul tables as UTF-8, not \u escapes that would double their size.
      options.charset = 'utf8';
      // As in tsup.config.ts: natural's levenshtein_distance.js gets src/core/underscore-shim.ts.
      options.alias = { underscore: './src/core/underscore-shim.ts' };
      options.chunkNames = 'browser-chunks/[name]-[hash]';
      options.entryNames = '[dir]/[name]';
    },
  }),
);
