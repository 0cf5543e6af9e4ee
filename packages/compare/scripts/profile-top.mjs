// The top self-time items of a CPU profile (`node --cpu-prof`), by function and line of the built
// file (or by file), with their share of all samples. The tables of BENCHMARKS.md come from it:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof <script> && node packages/compare/scripts/profile-top.mjs /tmp/prof/*.cpuprofile [10] [fn|file]
import { readFileSync } from 'node:fs';

const [file, n = '15', by = 'fn'] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file, 'utf8'));
const dt = new Map();
for (let i = 0; i < p.samples.length; i++)
  dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const byId = new Map(p.nodes.map((x) => [x.id, x]));
const agg = new Map();
let total = 0;
for (const [id, t] of dt) {
  const node = byId.get(id);
  const cf = node.callFrame;
  const short = cf.url
    .replace(/^.*\/(packages|node_modules)\//, '$1/')
    .replace(/^.*\.pnpm\/[^/]+\/node_modules\//, '');
  const key = by === 'file' ? short : `${cf.functionName || '(anon)'} ${short}:${cf.lineNumber + 1}`;
  agg.set(key, (agg.get(key) ?? 0) + t);
  total += t;
}
const rows = [...agg].sort((a, b) => b[1] - a[1]).slice(0, Number(n));
for (const [k, t] of rows)
  console.log(
    `${((100 * t) / total).toFixed(1).padStart(5)} %  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`,
  );
console.log('total', (total / 1000).toFixed(0), 'ms');
