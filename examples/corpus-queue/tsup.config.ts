import { defineConfig } from 'tsup';
import { exampleConfig } from '../../tsup.base';

// store.js too, for scripts/bench.mjs to read a run's progress.
export default defineConfig(exampleConfig({ entry: ['src/main.ts', 'src/store.ts'] }));
