// Times analyze() and compare() over the project's seed corpus. Run after `pnpm build`:
//   node packages/compare/scripts/time-seeds.mjs
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, compare } from '@corpus/compare';
import { ingestFile } from '@corpus/ingest';

const seeds = new URL('../../../seeds/', import.meta.url);
const docs = [];
for (const f of readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  docs.push(await ingestFile(fileURLToPath(new URL(f, seeds))));
}
analyze(docs[0]); // warm-up
const runs = 5;
let analyzeMs = 0;
let compareMs = 0;
let comparison;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const analysed = docs.map((d) => analyze(d));
  const t1 = performance.now();
  comparison = compare(analysed);
  analyzeMs += t1 - t0;
  compareMs += performance.now() - t1;
}
console.log(
  `${docs.length} documents, mean of ${runs} runs: analyze ${(analyzeMs / runs).toFixed(0)} ms, compare ${(compareMs / runs).toFixed(0)} ms; ` +
    `${comparison.facts.length} facts, ${comparison.conflicts.length} conflicts, ${comparison.agreements.length} agreements`,
);
