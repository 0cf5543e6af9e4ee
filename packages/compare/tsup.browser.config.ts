import { defineConfig } from 'tsup';
import { browserConfig } from '../../tsup.base';

// As in tsup.config.ts: maps without the sources.
export default defineConfig(
  browserConfig({
    esbuildOptions: (options) => {
      options.sourcesContent = false;
      options.alias = { underscore: './src/corpus/underscore-shim.ts' };
    },
  }),
);
