import { defineConfig } from 'tsup';
import { browserConfig } from '../../tsup.base';

// As in tsup.config.ts: maps without the sources (the romanisation tables are large).
// Split: each language's data (the Japanese name readings, a script's city names, chrono-node's
// locale, bundled here as in the Node build; wink-nlp stays an import of its package) is a dynamic import that `loadLanguages`
// makes, so a page's bundler keeps it out of the page's first script.
export default defineConfig(
  browserConfig({
    splitting: true,
    noExternal: [/^chrono-node/],
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
