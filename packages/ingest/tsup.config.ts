import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base';

// shims: the CJS build gets an `import.meta.url`, which the lazy language-model loader resolves from.
export default defineConfig(packageConfig({ shims: true }));
