#!/usr/bin/env node
// Throughput of ingestBytes on each seed repeated to ~1 MB, next to the floor (TextDecoder + NFC).
// Usage (after `pnpm build`): node scripts/throughput.mjs [--mb 1]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const mbArg = process.argv.indexOf('--mb');
const target = (mbArg >= 0 ? Number(process.argv[mbArg + 1]) : 1) * 1e6;
const { ingestBytes, loadLanguageModel } = await import(pathToFileURL(join(here, '../dist/index.js')).href);
await loadLanguageModel();
const seeds = join(here, '../../../seeds');
const best = (fn) => {
  let ms = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
};
console.log('| seed | MB | ingestBytes MB/s | TextDecoder+NFC MB/s |');
console.log('|---|---|---|---|');
for (const file of readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const seed = readFileSync(join(seeds, file), 'utf8');
  const text = Array.from(
    { length: Math.max(1, Math.round(target / Buffer.byteLength(seed))) },
    () => seed,
  ).join('\n\n');
  const bytes = new TextEncoder().encode(text);
  const ours = best(() => ingestBytes(bytes, { name: file, maxBytes: bytes.length }));
  const floor = best(() => new TextDecoder().decode(bytes).normalize('NFC'));
  const mb = bytes.length / 1e6;
  console.log(
    `| ${file} | ${mb.toFixed(2)} | ${(mb / (ours / 1000)).toFixed(2)} | ${(mb / (floor / 1000)).toFixed(0)} |`,
  );
}
