import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// natural is inlined (devDependency): its main entry loads dotenv and database clients, so only the
// deep modules we use are imported, and bundled with their MIT notice (see THIRD_PARTY_NOTICES.md).
// wink-nlp and the parts of its English model read at load are bundled into dist/wink.cjs
// (tsup.chrono.config.ts; `__WINK_BUNDLE__` tells wink-library.ts where), required on the first
// English call; the model's data and lazily read modules stay in the package (a dependency);
// `shims` gives the CJS build the `import.meta.url` that createRequire needs.
// chrono-node is bundled once, into dist/chrono.cjs (tsup.chrono.config.ts), which both builds require:
// `__CHRONO_BUNDLE__` tells chrono-locale.ts where it is.
// The data files of src/generated (src/data.ts) go to dist/generated: one copy both builds read.
// Source maps map to src/ without carrying it: the generated romanisation tables (~400 KB of
// strings) would otherwise be shipped again in every map (the tarball budget is 50 MB installed).
export default defineConfig(
  packageConfig({
    noExternal: [/^natural/],
    shims: true,
    define: {
      __CHRONO_BUNDLE__: JSON.stringify('./chrono.cjs'),
      __WINK_BUNDLE__: JSON.stringify('./wink.cjs'),
    },
    onSuccess: async () => {
      cpSync('src/generated', 'dist/generated', { recursive: true, filter: (file) => !file.endsWith('.ts') });
    },
    esbuildOptions: (options) => {
      options.sourcesContent = false;
      // natural's levenshtein_distance.js calls two functions of underscore: src/core/underscore-shim.ts.
      options.alias = { underscore: './src/core/underscore-shim.ts' };
    },
  }),
);
