import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// natural is a devDependency inlined by deep path (its TF-IDF only): its main entry pulls in database
// clients and dotenv, which users of @corpus/compare must never get. Its MIT notice ships in
// THIRD_PARTY_NOTICES.md (with underscore's: the two functions natural calls are written again here).
// Its CommonJS code calls require('fs'); the ESM build gets a real `require` for that.
// Source maps point into src/ without carrying it (`sourcesContent: false`): the sources would
// otherwise be installed again in each of the seven maps (1.7 MB of the 50 MB install budget).
// Three entries: the package (dist/index.*), the renderers alone (dist/render.*, the `./render`
// subpath) and the worker threads' entry (dist/worker.*), which analyzeMany resolves beside the
// running module via import.meta.url (shimmed in the CJS build).
export default defineConfig(
  packageConfig({
    entry: { index: 'src/index.ts', render: 'src/render/index.ts', worker: 'src/pipeline/worker.ts' },
    dts: { entry: { index: 'src/index.ts', render: 'src/render/index.ts' } },
    shims: true,
    noExternal: [/^natural/],
    esbuildOptions: (options) => {
      options.sourcesContent = false;
      // natural's tfidf.js calls two functions of underscore: src/corpus/underscore-shim.ts.
      options.alias = { underscore: './src/corpus/underscore-shim.ts' };
    },
    banner: ({ format }) =>
      format === 'esm'
        ? {
            js: "import { createRequire as __corpusCreateRequire } from 'node:module';\nconst require = __corpusCreateRequire(import.meta.url);",
          }
        : {},
  }),
);
