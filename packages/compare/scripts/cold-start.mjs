#!/usr/bin/env node
// The whole cold path: a fresh `node` process imports @corpus/compare (built) and analyses one seed,
// timed inside the process with performance.now() (import + first analyze), median of --runs processes.
// Usage (after `pnpm build` at the root): node scripts/cold-start-compare.mjs [--runs 5]
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const entry = pathToFileURL(join(here, '../../compare/dist/index.js')).href;
const seeds = join(here, '../../../seeds');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
const seedFile = (prefix) =>
  join(
    seeds,
    readdirSync(seeds).find((f) => f.startsWith(prefix)),
  );

const probe = (seed) => `
const text = (await import('node:fs')).readFileSync(${JSON.stringify(seed)}, 'utf8');
const t0 = performance.now();
const m = await import(${JSON.stringify(entry)});
const t1 = performance.now();
const a = await m.analyze({ name: 'seed', text });
const t2 = performance.now();
console.log(JSON.stringify({ import: t1 - t0, analyze: t2 - t1, total: t2 - t0, lang: a.lang ?? a.document?.lang }));`;
// Ingest's share: the same process shape, with @corpus/ingest's first ingestText timed before analyze.
const ingestEntry = pathToFileURL(join(here, '../dist/index.js')).href;
const split = (seed) => `
const text = (await import('node:fs')).readFileSync(${JSON.stringify(seed)}, 'utf8');
const t0 = performance.now();
const ingest = await import(${JSON.stringify(ingestEntry)});
ingest.ingestText(text);
const t1 = performance.now();
const m = await import(${JSON.stringify(entry)});
await m.analyze({ name: 'seed', text });
const t2 = performance.now();
console.log(JSON.stringify({ ingest: t1 - t0, rest: t2 - t1 }));`;
const run = (code) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cases = [
  ['Italian seed 000', seedFile('000_')],
  ['English seed 003', seedFile('003_')],
];
const rows = new Map(cases.map(([name]) => [name, []]));
const shares = new Map(cases.map(([name]) => [name, []]));
for (let r = 0; r < runs; r++)
  for (const [name, seed] of cases) {
    rows.get(name).push(run(probe(seed)));
    shares.get(name).push(run(split(seed)));
  }
console.log('| seed | import ms | first analyze ms | import + first analyze ms |');
console.log('|---|---|---|---|');
for (const [name, s] of rows) {
  const m = (k) => median(s.map((x) => x[k])).toFixed(0);
  console.log(`| ${name} | ${m('import')} | ${m('analyze')} | ${m('total')} |`);
}
console.log('\n| seed | import ingest + first ingestText ms | then import compare + first analyze ms |');
console.log('|---|---|---|');
for (const [name, s] of shares) {
  const m = (k) => median(s.map((x) => x[k])).toFixed(0);
  console.log(`| ${name} | ${m('ingest')} | ${m('rest')} |`);
}
console.log(`(median of ${runs} fresh processes each)`);
