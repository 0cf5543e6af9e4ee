import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// natural is inlined (devDependency): its main entry loads dotenv and database clients, so only the
// deep modules we use are imported, and bundled with their MIT notice (see THIRD_PARTY_NOTICES.md).
// wink-nlp stays external (a dependency, loaded with createRequire on the first English call);
// `shims` gives the CJS build the `import.meta.url` that createRequire needs.
// chrono-node is bundled once, into dist/chrono.cjs (tsup.chrono.config.ts), which both builds require:
// `__CHRONO_BUNDLE__` tells chrono-locale.ts where it is.
// The data files of src/generated (src/data.ts) go to dist/generated: one copy both builds read.
// Source maps map to src/ without carrying it: the generated romanisation tables (~400 KB of
// strings) would otherwise be shipped again in every map (the tarball budget is 50 MB installed).
export default defineConfig(
  packageConfig({
    noExternal: [/^natural/, /^underscore/],
    shims: true,
    define: { __CHRONO_BUNDLE__: JSON.stringify('./chrono.cjs') },
    onSuccess: async () => {
      cpSync('src/generated', 'dist/generated', { recursive: true, filter: (file) => !file.endsWith('.ts') });
    },
    esbuildOptions: (options) => {
      options.sourcesContent = false;
    },
  }),
);
