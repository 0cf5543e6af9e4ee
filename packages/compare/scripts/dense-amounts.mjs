// CPU ms of one `compareTexts` call on text dense with amounts (80 000 characters of "5% $3 €4 " and its
// first half): the least and the median of five calls after one untimed call. Run it as well with
// `node --no-regexp-optimization`, V8's state once a process has compiled ~1 MB of regular-expression
// code (RELIABILITY.md, "Session 12"):
//   node packages/compare/scripts/dense-amounts.mjs [lang] [checkout]
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const lang = process.argv[2] ?? 'en';
const root = resolve(process.argv[3] ?? join(import.meta.dirname, '..', '..', '..'));
const compare = await import(pathToFileURL(join(root, 'packages', 'compare', 'dist', 'index.js')).href);
const n = 80_000;
const unit = '5% $3 €4 ';
const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const run = () =>
  compare.compareTexts([
    { name: 'a.txt', text, lang },
    { name: 'b.txt', text: text.slice(0, n >> 1), lang },
  ]);
run();
const times = [];
for (let i = 0; i < 5; i++) {
  const t = process.cpuUsage();
  run();
  const u = process.cpuUsage(t);
  times.push((u.user + u.system) / 1000);
}
times.sort((a, b) => a - b);
console.log(`${lang}: least ${times[0].toFixed(0)} ms, median ${times[2].toFixed(0)} ms of CPU (${root})`);
