#!/usr/bin/env node
// Cold start: a fresh `node` process importing @corpus/ingest, then its first ingestText call, in ms since
// the process started (performance.now()), medians of --runs fresh processes; the bare `node -e ''` start
// up in the same runs for comparison. Usage (after `pnpm build`): node scripts/cold-start.mjs [--runs 7]
import { execFileSync } from 'node:child_process';
import { median, packageEntry, runProbe, runsOption, seedFile } from '../../../scripts/fresh-process.mjs';

const entry = packageEntry('ingest');
const runs = runsOption(7);

// Each probe prints JSON timings measured inside the child.
const probe = (seed) => `
const t0 = performance.now();
const m = await import(${JSON.stringify(entry)});
const t1 = performance.now();
${
  seed
    ? `const text = (await import('node:fs')).readFileSync(${JSON.stringify(seed)}, 'utf8');
const t2 = performance.now();
const doc = m.ingestText(text);
const t3 = performance.now();
console.log(JSON.stringify({ start: t0, imported: t1, first: t3 - t2, total: t3, lang: doc.lang }));`
    : 'console.log(JSON.stringify({ start: t0, imported: t1 }));'
}
`;

const cases = [
  ['import only', probe()],
  ['import + first ingestText, English seed (loads the n-gram model)', probe(seedFile('003'))],
  ['import + first ingestText, Chinese seed (script decides, no model)', probe(seedFile('004'))],
];
const rows = new Map(cases.map(([name]) => [name, []]));
const bare = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  execFileSync(process.execPath, ['-e', '']);
  bare.push(performance.now() - t0);
  for (const [name, code] of cases) rows.get(name).push(runProbe(code));
}
console.log(`bare \`node -e ''\` process, wall: ${median(bare).toFixed(0)} ms (median of ${runs})`);
console.log(
  '| case | node start → import ms | import ms | first ingestText ms | total since process start ms |',
);
console.log('|---|---|---|---|---|');
for (const [name, samples] of rows) {
  const imp = median(samples.map((s) => s.imported - s.start));
  const first = samples[0].first === undefined ? '' : median(samples.map((s) => s.first)).toFixed(0);
  const total = median(samples.map((s) => s.total ?? s.imported));
  console.log(
    `| ${name} | ${median(samples.map((s) => s.start)).toFixed(0)} | ${imp.toFixed(0)} | ${first} | ${total.toFixed(0)} |`,
  );
}
