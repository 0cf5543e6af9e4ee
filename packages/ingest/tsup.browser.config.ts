import { defineConfig } from 'tsup';
import { browserConfig } from '../../tsup.base';

// Split: the language-identification model (dist/ngrams.bin) is a dynamic import that
// loadLanguageModel makes, so a page's bundler keeps its 1.25 MB out of the page's first script.
export default defineConfig(
  browserConfig({
    splitting: true,
    esbuildOptions: (options) => {
      options.chunkNames = 'browser-chunks/[name]-[hash]';
    },
  }),
);
