import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// A command, not a library: one ESM entry that bin/corpus-compare.js imports (the analysing part in
// a chunk it loads when there is work to do); @corpus/* stay dependencies, not inlined.
export default defineConfig(
  packageConfig({ entry: ['src/main.ts'], format: ['esm'], dts: false, splitting: true }),
);
