// Before/after speed of analyze() in one process, the two builds' calls interleaved, so both see the
// same load; and whether both give the same JSON for each document. Run after `pnpm build` in both
// checkouts:
//   node packages/compare/scripts/pipeline-ab.mjs <before checkout> [<after checkout: this one>] [--kb 300|seed] [--rounds 7]
// --kb seed analyses each seed as it is (40 calls per timing), to see the per-document fixed cost.
// Two copies of every package in one process run slower than one (zh ~4× here): compare the two
// columns with each other, and read absolute speeds from pipeline-cpu.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { kb: { type: 'string', default: '300' }, rounds: { type: 'string', default: '7' } },
});
const [beforeRoot, afterRoot = resolve(import.meta.dirname, '../../..')] = positionals.map((p) => resolve(p));
if (!beforeRoot) throw new Error('usage: pipeline-ab.mjs <before checkout> [<after checkout>]');
const load = async (root) => ({
  compare: await import(pathToFileURL(join(root, 'packages/compare/dist/index.js')).href),
  ingest: await import(pathToFileURL(join(root, 'packages/ingest/dist/index.js')).href),
});
const [before, after] = [await load(beforeRoot), await load(afterRoot)];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const load1 = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

console.log(`before ${beforeRoot}, after ${afterRoot}; load average ${load1()}`);
const seeds = join(afterRoot, 'seeds');
for (const f of readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()) {
  const seed = readFileSync(join(seeds, f), 'utf8');
  const whole = args.kb === 'seed';
  const text = whole
    ? seed
    : Array.from({ length: Math.ceil((Number(args.kb) * 1000) / seed.length) }, () => seed).join('\n\n');
  const calls = whole ? 40 : 1;
  const docs = [before, after].map((b) => b.ingest.ingestText(text, { name: f }));
  const same =
    JSON.stringify(before.compare.analyze(docs[0])) === JSON.stringify(after.compare.analyze(docs[1]));
  const times = [[], []];
  for (let round = 0; round < Number(args.rounds); round++) {
    [before, after].forEach((b, i) => {
      const c0 = cpuMs();
      for (let k = 0; k < calls; k++) b.compare.analyze(docs[i]);
      times[i].push((cpuMs() - c0) / calls);
    });
  }
  for (const t of times) t.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(text);
  const [b, a] = times.map((t) => ({ least: t[0], median: t[t.length >> 1] }));
  const show = (x) =>
    `least ${x.least.toFixed(1)} ms (${(bytes / 1e3 / x.least).toFixed(2)} MB/s), median ${x.median.toFixed(1)}`;
  console.log(
    `${docs[1].lang} ${bytes} B, same output ${same}: before ${show(b)}; after ${show(a)}; ` +
      `after/before least ${(a.least / b.least).toFixed(2)}, median ${(a.median / b.median).toFixed(2)}`,
  );
}
console.log(`load average ${load1()}`);
