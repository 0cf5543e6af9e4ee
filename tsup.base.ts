import type { Options } from 'tsup';

/** The one build recipe every publishable package shares: ESM + CJS + declarations. */
export function packageConfig(overrides: Options = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    ...overrides,
  };
}

/** The one build recipe of the example apps: one ESM entry, runnable as a command. */
export function exampleConfig(overrides: Options = {}): Options {
  return {
    entry: ['src/main.ts'],
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    clean: true,
    banner: { js: '#!/usr/bin/env node' },
    ...overrides,
  };
}
