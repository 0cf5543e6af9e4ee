import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * For the browser build: a relative import of `./x` whose `./x.browser.ts` exists gets that file (the
 * package's Node-only modules: files, threads, native hashing, lazy `require`s), and a Node built-in
 * that inlined third-party code requires at load (natural's `require('fs')`, never called in a page)
 * becomes an empty module. Our own code never imports a built-in in the browser build: a test checks.
 */
const browserModules: EsbuildPlugin = {
  name: 'corpus-browser-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const sibling = resolve(args.resolveDir, `${args.path.replace(/\.ts$/, '')}.browser.ts`);
      return existsSync(sibling) && !args.importer.endsWith('.browser.ts') ? { path: sibling } : undefined;
    });
    build.onResolve({ filter: /^(?:fs|path|os)$/ }, (args) =>
      args.importer.includes('node_modules') ? { path: args.path, namespace: 'node-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, () => ({ contents: 'module.exports = {};' }));
  },
};

/** The one build recipe every publishable package shares: ESM + CJS + declarations. */
export function packageConfig(overrides: Options = {}): Options {
  const { esbuildOptions, ...rest } = overrides;
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
    ...rest,
    esbuildOptions(options, context) {
      // esbuild's table for node20 lacks `\p{…}` in regular expressions, so it rewrote every such
      // literal as `new RegExp(…)`, built again on each call (~80 ns and an allocation per token
      // test in the recognisers). Node has had them since 10.
      options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
      // The maps give stack traces their source lines without a copy of every source file inside:
      // the copies weighed ~0.9 MB of the installed size (issue #15 keeps it under 50 MB).
      options.sourcesContent = false;
      esbuildOptions?.(options, context);
    },
  };
}

/**
 * The browser build of a package (`dist/browser.js`, the `browser` condition of its exports): one ESM
 * file of the same public functions, with each Node-only module swapped for its `.browser.ts` sibling.
 * Run after the Node build (`tsup && tsup --config tsup.browser.config.ts`): it must not clean dist.
 */
export function browserConfig(overrides: Options = {}): Options {
  return {
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    dts: false,
    // A page's bundler maps its own output; these maps, ~1.9 MB, only weighed on every install.
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'browser',
    splitting: false,
    treeshake: true,
    loader: { '.bin': 'binary' },
    ...overrides,
    esbuildPlugins: [browserModules, ...(overrides.esbuildPlugins ?? [])],
  };
}

/**
 * Third-party code a package requires on first use, bundled into CommonJS files of its own
 * (`dist/<name>.cjs`: entities' chrono-node and wink-nlp, ingest's Markdown parser) that its ESM and
 * CJS builds both require: esbuild wraps each bundled CommonJS module in a function run on its first
 * require, so what a process never asks for never runs. Run after the Node build: it must not clean dist.
 */
export function lazyBundleConfig(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    dts: false,
    sourcemap: false,
    clean: false,
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
