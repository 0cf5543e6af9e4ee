import { defineConfig } from 'tsup';

// dist/chrono.cjs: chrono-node bundled once (src/core/chrono-bundle.ts), and dist/wink.cjs: wink-nlp
// with its English model's modules (src/locales/en/wink-bundle.ts), each required by both the ESM
// and the CJS build. CommonJS, so each locale's modules stay lazy (esbuild wraps every bundled
// CommonJS module in a function run on its first require). Run after the main build: no clean.
export default defineConfig({
  entry: { chrono: 'src/core/chrono-bundle.ts', wink: 'src/locales/en/wink-bundle.ts' },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  dts: false,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  splitting: false,
  treeshake: true,
  noExternal: [/^chrono-node/, /^wink-/],
});
