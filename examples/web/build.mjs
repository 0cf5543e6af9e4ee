#!/usr/bin/env node
// Bundles the page for the browser: esbuild resolves each @corpus package's `browser` export (no Node
// built-ins), and dist/ gets the page, its stylesheet, the first script (app.js), the chunks it loads
// on demand (chunks/: each language's data, fetched when an article in that language is analysed)
// and bundle-size.json (what the README and the test report).
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const dist = new URL('./dist/', import.meta.url);
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
const result = await build({
  entryPoints: { app: new URL('./src/main.ts', import.meta.url).pathname },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  metafile: true,
  // Every dynamic import() (wink's English model, a language's date parser and name tables) becomes a
  // chunk the page fetches only when loadLanguages asks for it.
  splitting: true,
  outdir: dist.pathname,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  // Module scripts are always read as UTF-8: the name tables' CJK letters stay 3 bytes each, not a
  // 6-byte \u escape.
  charset: 'utf8',
  // esbuild joins a package's own chunks to their shared runtime chunk by a bare import, which its
  // `sideEffects: false` makes droppable: nothing is lost, the chunks use none of it.
  logOverride: { 'ignored-bare-import': 'silent' },
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css'])
  await copyFile(new URL(`./public/${file}`, import.meta.url), new URL(file, dist));

/** The package an input file of the bundle belongs to. */
function packageOf(path) {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (m) return m[1];
  const workspace = /^\.\.\/\.\.\/packages\/([^/]+)\//.exec(path);
  if (workspace) return `@corpus/${workspace[1]}`;
  return path.startsWith('src/') ? 'web (this example)' : path;
}

/** Bytes per package, largest first. */
function byPackage(outputs) {
  const sizes = {};
  for (const output of outputs)
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs))
      sizes[packageOf(path)] = (sizes[packageOf(path)] ?? 0) + bytesInOutput;
  return Object.fromEntries(Object.entries(sizes).sort((a, b) => b[1] - a[1]));
}

// What the page loads with its first script: app.js and every chunk it imports statically.
const outputs = Object.fromEntries(
  Object.entries(result.metafile.outputs)
    .filter(([path]) => path.endsWith('.js'))
    .map(([path, output]) => [path.slice(path.indexOf('dist/') + 'dist/'.length), output]),
);
const initial = new Set(['app.js']);
for (const file of initial)
  for (const { path, kind } of outputs[file].imports)
    if (kind === 'import-statement') initial.add(path.slice(path.indexOf('dist/') + 'dist/'.length));
const size = (files) => files.reduce((sum, f) => sum + outputs[f].bytes, 0);
const onDemand = Object.keys(outputs)
  .filter((f) => !initial.has(f))
  .sort((a, b) => outputs[b].bytes - outputs[a].bytes)
  .map((file) => ({
    file,
    bytes: outputs[file].bytes,
    // What the chunk is: the module a dynamic import() names, or (a chunk two of them share) its packages.
    entry: outputs[file].entryPoint ? packageOf(outputs[file].entryPoint) : undefined,
    packages: Object.keys(byPackage([outputs[file]])),
  }));
await writeFile(
  new URL('bundle-size.json', dist),
  `${JSON.stringify(
    {
      initial: {
        bytes: size([...initial]),
        files: [...initial],
        byPackage: byPackage([...initial].map((f) => outputs[f])),
      },
      onDemand: { bytes: size(onDemand.map((c) => c.file)), chunks: onDemand },
    },
    null,
    2,
  )}\n`,
);
console.log(
  `loaded with the page: ${(size([...initial]) / 1e6).toFixed(2)} MB; on demand: ${onDemand.length} chunks, ${(size(onDemand.map((c) => c.file)) / 1e6).toFixed(2)} MB`,
);
