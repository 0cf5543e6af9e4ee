#!/usr/bin/env node
// Bounded memory: ingestDirectory over --files synthetic files (default 10 000, ~4 KB each, built from
// the seeds, several languages) consumed one at a time and dropped. Heap is measured after a forced GC
// every 500 documents; the report compares peak heap growth with the total text ingested and the
// largest single file. Usage (after `pnpm build`): node --expose-gc scripts/memory.mjs [--files 10000]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  console.error('Run with node --expose-gc');
  process.exit(1);
}
const here = fileURLToPath(new URL('.', import.meta.url));
const arg = process.argv.indexOf('--files');
const count = arg >= 0 ? Number(process.argv[arg + 1]) : 10_000;
const { ingestDirectory, loadLanguageModel } = await import(
  pathToFileURL(join(here, '../dist/index.js')).href
);
await loadLanguageModel();

const seeds = join(here, '../../../seeds');
const texts = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seeds, f), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'ingest-memory-'));
let totalBytes = 0;
let largest = 0;
try {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const seed = texts[i % texts.length];
    // A different ~4 KB window of a seed per file, numbered so no two files are the same.
    const start = (i * 977) % Math.max(1, seed.length - 4000);
    const body = `Report ${i}\n\n${seed.slice(start, start + 4000)}\n`;
    const bytes = Buffer.from(body);
    totalBytes += bytes.length;
    largest = Math.max(largest, bytes.length);
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), bytes);
  }
  globalThis.gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let documents = 0;
  let errors = 0;
  let textChars = 0;
  const t0 = performance.now();
  for await (const record of ingestDirectory(dir)) {
    if ('code' in record) errors++;
    else {
      documents++;
      textChars += record.text.length;
    }
    if ((documents + errors) % 500 === 0) {
      globalThis.gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  globalThis.gc();
  const end = process.memoryUsage().heapUsed;
  const mb = (n) => (n / 1e6).toFixed(1);
  console.log(`files: ${count}, documents: ${documents}, errors: ${errors}, ${seconds.toFixed(1)} s`);
  console.log(
    `input: ${mb(totalBytes)} MB in total, largest file ${(largest / 1e3).toFixed(1)} KB; text out: ${mb(textChars)} M chars`,
  );
  console.log(
    `heap after GC: start ${mb(base)} MB, peak ${mb(peak)} MB (+${mb(peak - base)} MB), end ${mb(end)} MB`,
  );
  console.log(`peak growth / total input: ${((100 * (peak - base)) / totalBytes).toFixed(1)}%`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
