#!/usr/bin/env node
// Throughput of ingestBytes and ingestText on each seed repeated to ~1 MB, next to the floor
// (TextDecoder + normalize('NFC')) measured in the same run, interleaved: medians of --runs runs.
// Usage (after `pnpm build`): node scripts/throughput.mjs [--mb 1] [--runs 5] [--baseline <dist dir>]
// --baseline times another build of this package (e.g. a copy of dist/ from before a change) in the
// same loop, so that a before/after ratio does not depend on the machine's load.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const target = Number(arg('mb', '1')) * 1e6;
const runs = Number(arg('runs', '5'));
const baselineDir = arg('baseline');
const load = async (dir) => {
  const m = await import(pathToFileURL(join(dir, 'index.js')).href);
  await m.loadLanguageModel();
  return m;
};
const ours = await load(join(here, '../dist'));
const baseline = baselineDir ? await load(resolve(baselineDir)) : undefined;
const seeds = join(here, '../../../seeds');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

const header = ['seed', 'MB', 'ingestBytes MB/s', 'ingestText MB/s', 'floor MB/s', 'floor / ingestBytes'];
if (baseline) header.push('baseline ingestBytes MB/s', 'speed-up');
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const file of readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const seed = readFileSync(join(seeds, file), 'utf8');
  const text = Array.from(
    { length: Math.max(1, Math.round(target / Buffer.byteLength(seed))) },
    () => seed,
  ).join('\n\n');
  const bytes = new TextEncoder().encode(text);
  const options = { name: file, maxBytes: bytes.length };
  const t = { bytes: [], text: [], floor: [], base: [] };
  // One warm-up round, then interleaved timed rounds.
  for (let r = 0; r <= runs; r++) {
    const round = {
      bytes: time(() => ours.ingestBytes(bytes, options)),
      text: time(() => ours.ingestText(text, options)),
      floor: time(() => new TextDecoder().decode(bytes).normalize('NFC')),
      base: baseline ? time(() => baseline.ingestBytes(bytes, options)) : 0,
    };
    if (r > 0) for (const k of Object.keys(t)) t[k].push(round[k]);
  }
  const mb = bytes.length / 1e6;
  const rate = (ms) => mb / (median(ms) / 1000);
  const row = [
    file.slice(0, 3),
    mb.toFixed(2),
    rate(t.bytes).toFixed(2),
    rate(t.text).toFixed(2),
    rate(t.floor).toFixed(0),
    (median(t.bytes) / median(t.floor)).toFixed(0),
  ];
  if (baseline) row.push(rate(t.base).toFixed(2), (median(t.base) / median(t.bytes)).toFixed(2));
  console.log(`| ${row.join(' | ')} |`);
}
