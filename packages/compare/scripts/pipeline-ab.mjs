// Before/after speed of analyze() in one process, the two builds' calls interleaved, so both see the
// same load; and whether both give the same JSON for each document. Run after `pnpm build` in both
// checkouts:
//   node packages/compare/scripts/pipeline-ab.mjs <before checkout> [<after checkout: this one>] [--kb 300|seed] [--rounds 7] [--lang it,de] [--one-process] [--json]
// --kb seed analyses each seed as it is (40 calls per timing), to see the per-document fixed cost.
// Each language runs in a fresh process of its own (both builds loaded, their calls interleaved):
// in one process for all, the languages read last ran 3–4× slower for both builds than alone (zh
// 1.2–1.8 s vs 0.37–0.46 s for 580 kB, 07:15 UTC at load 14), and their ratio moved with the order.
// --one-process keeps the old way. Two copies of every package in one process still run slower than
// one: compare the two columns with each other, and read absolute speeds from pipeline-cpu.mjs.
// --json prints one JSON line per language (what `pnpm bench --before` reads) instead of text.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kb: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '7' },
    lang: { type: 'string' },
    'one-process': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    // Internal: the child process measuring one seed.
    seed: { type: 'string' },
  },
});
const [beforeRoot, afterRoot = resolve(import.meta.dirname, '../../..')] = positionals.map((p) => resolve(p));
if (!beforeRoot) throw new Error('usage: pipeline-ab.mjs <before checkout> [<after checkout>]');
const load1 = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const seeds = join(afterRoot, 'seeds');
const seedFiles = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort();

if (args.seed === undefined && !args['one-process']) {
  if (!args.json) console.log(`before ${beforeRoot}, after ${afterRoot}; load average ${load1()}`);
  const passOn = ['--kb', args.kb, '--rounds', args.rounds, ...(args.lang ? ['--lang', args.lang] : [])];
  for (const f of seedFiles) {
    const out = execFileSync(
      process.execPath,
      [import.meta.filename, beforeRoot, afterRoot, ...passOn, ...(args.json ? ['--json'] : []), '--seed', f],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    process.stdout.write(out);
  }
  if (!args.json) console.log(`load average ${load1()}`);
  process.exit(0);
}

const loadBuild = async (root) => ({
  compare: await import(pathToFileURL(join(root, 'packages/compare/dist/index.js')).href),
  ingest: await import(pathToFileURL(join(root, 'packages/ingest/dist/index.js')).href),
});
const [before, after] = [await loadBuild(beforeRoot), await loadBuild(afterRoot)];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (args.seed === undefined && !args.json)
  console.log(`before ${beforeRoot}, after ${afterRoot}; load average ${load1()}`);
for (const f of args.seed === undefined ? seedFiles : [args.seed]) {
  const seed = readFileSync(join(seeds, f), 'utf8');
  const whole = args.kb === 'seed';
  const text = whole
    ? seed
    : Array.from({ length: Math.ceil((Number(args.kb) * 1000) / seed.length) }, () => seed).join('\n\n');
  const calls = whole ? 40 : 1;
  const docs = [before, after].map((b) => b.ingest.ingestText(text, { name: f }));
  if (args.lang && !args.lang.split(',').includes(docs[1].lang)) continue;
  const loadAtStart = load1();
  const same =
    JSON.stringify(before.compare.analyze(docs[0])) === JSON.stringify(after.compare.analyze(docs[1]));
  const times = [[], []];
  for (let round = 0; round < Number(args.rounds); round++) {
    // Which build goes first alternates, so neither always runs right after the other's garbage.
    for (const i of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const c0 = cpuMs();
      for (let k = 0; k < calls; k++) [before, after][i].compare.analyze(docs[i]);
      times[i].push((cpuMs() - c0) / calls);
    }
  }
  // Under a changing load, the ratio of the two calls of one round is steadier than a ratio of two
  // minimums taken minutes apart: its median is the third figure.
  const paired = times[1].map((t, round) => t / times[0][round]).sort((a, b) => a - b);
  for (const t of times) t.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(text);
  const [b, a] = times.map((t) => ({ least: t[0], median: t[t.length >> 1] }));
  const ratio = {
    least: a.least / b.least,
    median: a.median / b.median,
    pairedMedian: paired[paired.length >> 1],
  };
  if (args.json) {
    const load = `${loadAtStart} → ${load1()}`;
    console.log(JSON.stringify({ lang: docs[1].lang, bytes, same, before: b, after: a, ratio, load }));
    continue;
  }
  const show = (x) =>
    `least ${x.least.toFixed(1)} ms (${(bytes / 1e3 / x.least).toFixed(2)} MB/s), median ${x.median.toFixed(1)}`;
  console.log(
    `${docs[1].lang} ${bytes} B, same output ${same}: before ${show(b)}; after ${show(a)}; ` +
      `after/before least ${ratio.least.toFixed(2)}, median ${ratio.median.toFixed(2)}, ` +
      `median of the rounds' ratios ${ratio.pairedMedian.toFixed(2)}`,
  );
}
if (args.seed === undefined && !args.json) console.log(`load average ${load1()}`);
