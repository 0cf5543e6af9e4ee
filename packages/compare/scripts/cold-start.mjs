#!/usr/bin/env node
// The whole cold path: a fresh `node` process imports @corpus/compare (built) and analyses one seed,
// timed inside the process with performance.now() (import + first analyze), median of --runs processes.
// Usage (after `pnpm build` at the root): node scripts/cold-start.mjs [--runs 5]
import { loadavg } from 'node:os';
import { median, packageEntry, runProbe, runsOption, seedFile } from '../../../scripts/fresh-process.mjs';

const entry = packageEntry('compare');
const runs = runsOption(5);

// CPU time too: on a busy machine the wall clock counts the time other processes held the cores.
// "This thread" (Linux: /proc's schedstat of the main thread) leaves out V8's helper threads (garbage
// collection, optimising compiler), which run beside it on a free core: on a quiet machine the wall
// clock is close to it.
const probe = (seed) => `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const { existsSync, readFileSync } = await import('node:fs');
const stat = '/proc/self/task/' + process.pid + '/schedstat';
const own = () => (existsSync(stat) ? Number(readFileSync(stat, 'utf8').split(' ')[0]) / 1e6 : NaN);
const text = (await import('node:fs')).readFileSync(${JSON.stringify(seed)}, 'utf8');
const t0 = performance.now();
const c0 = cpu();
const o0 = own();
const m = await import(${JSON.stringify(entry)});
const t1 = performance.now();
const c1 = cpu();
const a = await m.analyze({ name: 'seed', text });
const t2 = performance.now();
const c2 = cpu();
const o2 = own();
console.log(JSON.stringify({ import: t1 - t0, analyze: t2 - t1, total: t2 - t0, cpuImport: c1 - c0, cpuAnalyze: c2 - c1, cpuTotal: c2 - c0, cpuThread: o2 - o0, lang: a.lang ?? a.document?.lang }));`;
// Ingest's share: the same process shape, with @corpus/ingest's first ingestText timed before analyze.
const ingestEntry = packageEntry('ingest');
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

const cases = [
  ['Italian seed 000', seedFile('000_')],
  ['English seed 003', seedFile('003_')],
];
const rows = new Map(cases.map(([name]) => [name, []]));
const shares = new Map(cases.map(([name]) => [name, []]));
for (let r = 0; r < runs; r++)
  for (const [name, seed] of cases) {
    rows.get(name).push(runProbe(probe(seed)));
    shares.get(name).push(runProbe(split(seed)));
  }
console.log(
  '| seed | import ms | first analyze ms | import + first analyze ms | CPU ms: import | CPU ms: first analyze | CPU ms: both | CPU ms: both, this thread |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const [name, s] of rows) {
  const m = (k) => median(s.map((x) => x[k])).toFixed(0);
  console.log(
    `| ${name} | ${m('import')} | ${m('analyze')} | ${m('total')} | ${m('cpuImport')} | ${m('cpuAnalyze')} | ${m('cpuTotal')} | ${m('cpuThread')} |`,
  );
}
console.log('\n| seed | import ingest + first ingestText ms | then import compare + first analyze ms |');
console.log('|---|---|---|');
for (const [name, s] of shares) {
  const m = (k) => median(s.map((x) => x[k])).toFixed(0);
  console.log(`| ${name} | ${m('ingest')} | ${m('rest')} |`);
}
console.log(
  `(median of ${runs} fresh processes each; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
);
