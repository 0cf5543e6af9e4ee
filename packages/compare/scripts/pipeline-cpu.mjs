// Per-core speed of analyze(): one document per seed repeated to --kb kB, the least CPU time of
// --runs calls after a warm-up call, as MB per CPU second. CPU time (this process's threads), not the
// wall clock, so a busy machine still gives comparable figures; run two checkouts interleaved
// (--root) to compare before and after in the same minutes. Run after `pnpm build`:
//   node packages/compare/scripts/pipeline-cpu.mjs [--kb 300] [--runs 5] [--root /path/to/checkout]
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    kb: { type: 'string', default: '300' },
    runs: { type: 'string', default: '5' },
    root: { type: 'string', default: resolve(import.meta.dirname, '../../..') },
  },
});
const root = resolve(args.root);
const load = (pkg) => import(pathToFileURL(join(root, 'packages', pkg, 'dist', 'index.js')).href);
const [compare, ingest] = await Promise.all([load('compare'), load('ingest')]);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

console.log(
  `${root}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const f of readdirSync(join(root, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()) {
  const seed = readFileSync(join(root, 'seeds', f), 'utf8');
  const text = Array.from({ length: Math.ceil((Number(args.kb) * 1000) / seed.length) }, () => seed).join(
    '\n\n',
  );
  const document = ingest.ingestText(text, { name: `${f}.txt` });
  compare.analyze(document);
  const cpus = [];
  for (let i = 0; i < Number(args.runs); i++) {
    const c0 = cpuMs();
    compare.analyze(document);
    cpus.push(cpuMs() - c0);
  }
  cpus.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(text);
  console.log(
    `${document.lang} ${bytes} B: CPU ms least ${cpus[0].toFixed(0)}, median ${cpus[cpus.length >> 1].toFixed(0)}: ${(bytes / 1e3 / cpus[0]).toFixed(2)} MB/s per core`,
  );
}
