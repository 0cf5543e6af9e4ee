import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

export default defineConfig([
  // shims: the CJS build gets an `import.meta.url`, which the lazy language-model loader resolves from.
  packageConfig({ shims: true }),
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
