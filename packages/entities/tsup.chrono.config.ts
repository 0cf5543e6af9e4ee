import { defineConfig } from 'tsup';
import { lazyBundleConfig } from '../../tsup.base';

// dist/chrono.cjs: chrono-node bundled once (src/core/chrono-bundle.ts), and dist/wink.cjs: wink-nlp
// with its English model's modules (src/locales/en/wink-bundle.ts), each required by both the ESM
// and the CJS build; each locale's modules stay lazy. Run after the main build.
export default defineConfig(
  lazyBundleConfig(
    { chrono: 'src/core/chrono-bundle.ts', wink: 'src/locales/en/wink-bundle.ts' },
    { noExternal: [/^chrono-node/, /^wink-/] },
  ),
);
