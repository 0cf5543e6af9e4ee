#!/usr/bin/env node
// Bundles the page for the browser: esbuild resolves each @corpus package's `browser` export (no Node
// built-ins), and dist/ gets the page, its stylesheet, the bundle and bundle-size.json (what the README
// and the test report).
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const dist = new URL('./dist/', import.meta.url);
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
const result = await build({
  entryPoints: [new URL('./src/main.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  metafile: true,
  outfile: new URL('app.js', dist).pathname,
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css'])
  await copyFile(new URL(`./public/${file}`, import.meta.url), new URL(file, dist));

// Bytes of the bundle per package, largest first.
const byPackage = {};
for (const [path, { bytesInOutput }] of Object.entries(
  result.metafile.outputs['dist/app.js']?.inputs ?? {},
)) {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  const workspace = /^\.\.\/\.\.\/packages\/([^/]+)\//.exec(path);
  const name = m
    ? m[1]
    : workspace
      ? `@corpus/${workspace[1]}`
      : path.startsWith('src/')
        ? 'web (this example)'
        : path;
  byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
}
const total = result.metafile.outputs['dist/app.js']?.bytes ?? 0;
const sorted = Object.fromEntries(Object.entries(byPackage).sort((a, b) => b[1] - a[1]));
await writeFile(
  new URL('bundle-size.json', dist),
  `${JSON.stringify({ bytes: total, byPackage: sorted }, null, 2)}\n`,
);
console.log(`dist/app.js: ${(total / 1e6).toFixed(2)} MB`);
