import { defineConfig } from 'tsup';
import { browserConfig } from '../../tsup.base';

// As in tsup.config.ts: maps without the sources (the romanisation tables are large).
export default defineConfig(
  browserConfig({
    esbuildOptions: (options) => {
      options.sourcesContent = false;
    },
  }),
);
