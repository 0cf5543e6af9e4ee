// Throughput of the queue with 1 and 2 worker processes on synthetic short documents, and the peak
// memory of every process. Not a test: it prints a table. After `pnpm turbo run build
// --filter=corpus-queue...`:
//   node examples/corpus-queue/scripts/bench.mjs [--docs 100000] [--workers 1,2] [--max-stories 100]
// Each worker count gets a fresh redis-server (no persistence). Workers are started after the
// producer has enqueued everything and are timed from "ready" (warmed up) to the last document stored.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { analyze, buildIndex } from '@corpus/compare';
import { Redis } from 'ioredis';
import { isFinished, RunStore } from '../dist/store.js';
import { startRedis, waitUntil } from './redis-server.mjs';
import { syntheticDocuments, syntheticJsonl } from './synthetic-documents.mjs';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    workers: { type: 'string', default: '1,2' },
    concurrency: { type: 'string', default: '32' },
    'max-stories': { type: 'string', default: '100' },
  },
});
const count = Number(values.docs);
const HOUR = 3_600_000;

/**
 * Runs corpus-queue with `args`; resolves when it prints `ready` (a worker) or exits.
 * @param {string[]} args
 * @param {string} url
 */
function start(args, url) {
  const child = spawn(process.execPath, [main, ...args], {
    env: { ...process.env, REDIS_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (b) => {
    out += b;
  });
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { child, exited, out: () => out };
}

/** @param {string} out */
function usageOf(out) {
  const m = /peak RSS (\d+) MB, CPU ([\d.]+) s/.exec(out);
  if (!m) throw new Error(`no usage line in: ${out}`);
  return { rssMb: Number(m[1]), cpuS: Number(m[2]) };
}

/** Peak resident memory of a live process, from the kernel (redis-server is not ours to instrument). */
async function peakRssMb(/** @type {number | undefined} */ pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) / 1024);
}

/** @param {number} workers @param {string} jsonl */
async function runOnce(workers, jsonl) {
  const redis = await startRedis();
  const client = new Redis(redis.url, { maxRetriesPerRequest: null });
  const store = new RunStore(client, 'corpus');
  try {
    let t = performance.now();
    const producer = start(['enqueue', jsonl], redis.url);
    if ((await producer.exited) !== 0) throw new Error('enqueue failed');
    const enqueueS = (performance.now() - t) / 1000;

    t = performance.now();
    const ws = Array.from({ length: workers }, (_, i) =>
      start(['worker', '--name', `w${i + 1}`, '--concurrency', values.concurrency], redis.url),
    );
    await waitUntil('workers ready', async () => ws.every((w) => /ready/.test(w.out())), HOUR, 100);
    const readyS = (performance.now() - t) / 1000;
    t = performance.now();
    const progress = await waitUntil(
      'the run to finish',
      async () => {
        const p = await store.progress();
        return isFinished(p) && p;
      },
      10 * HOUR,
      250,
    );
    const analyseS = (performance.now() - t) / 1000;
    for (const w of ws) w.child.kill('SIGTERM');
    await Promise.all(ws.map((w) => w.exited));

    t = performance.now();
    const collectOut = join(tmpdir(), `corpus-queue-bench-${workers}`);
    const collector = start(
      ['collect', '--out', collectOut, '--max-stories', values['max-stories']],
      redis.url,
    );
    if ((await collector.exited) !== 0) throw new Error('collect failed');
    const collectS = (performance.now() - t) / 1000;
    const info = await client.info();
    const collected = JSON.parse(await readFile(join(collectOut, 'summary.json'), 'utf8'));
    return {
      workers,
      analysed: progress.analysed,
      dead: progress.dead,
      shards: progress.shards,
      perWorker: progress.workers,
      enqueueS,
      readyS,
      analyseS,
      collectS,
      producer: usageOf(producer.out()),
      worker: ws.map((w) => usageOf(w.out())),
      collector: usageOf(collector.out()),
      redisRssMb: await peakRssMb(redis.pid()),
      redisUsedPeak: /used_memory_peak_human:(\S+)/.exec(info)?.[1],
      redisCpuS:
        Number(/used_cpu_user:([\d.]+)/.exec(info)?.[1]) + Number(/used_cpu_sys:([\d.]+)/.exec(info)?.[1]),
      collectTimings: collected.timings,
      collected: collector.out().trim(),
    };
  } finally {
    await store.close();
    client.disconnect();
    await redis.stop();
  }
}

/**
 * What a worker's CPU would be without the queue: analyze, then buildIndex and gzip per shard of 32,
 * on the first `n` documents (after 200 to warm up).
 * @param {number} n
 */
function analysisAlone(n) {
  const docs = [...syntheticDocuments(n + 200)];
  for (const d of docs.slice(0, 200)) analyze(d);
  const cpuMs = (/** @type {NodeJS.CpuUsage} */ since) => {
    const c = process.cpuUsage(since);
    return (c.user + c.system) / 1000;
  };
  let c0 = process.cpuUsage();
  const analysed = docs.slice(200).map((d) => analyze(d));
  const analyzeMs = cpuMs(c0) / n;
  c0 = process.cpuUsage();
  for (let i = 0; i < n; i += 32) {
    const shard = analysed.slice(i, i + 32);
    gzipSync(JSON.stringify(buildIndex(shard)));
    for (const a of shard) gzipSync(JSON.stringify(a));
  }
  return { docs: n, analyzeMs, shardMs: cpuMs(c0) / n };
}

const jsonl = join(tmpdir(), `corpus-queue-bench-${count}.jsonl`);
await writeFile(jsonl, syntheticJsonl(count));
const chars = (await readFile(jsonl, 'utf8')).length;
console.log(
  `${count} synthetic documents (${(chars / count).toFixed(0)} characters of JSONL each), ` +
    `${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const baseline = analysisAlone(Math.min(count, 5000));
console.log(
  `in this process, ${baseline.docs} of the same documents: analyze ${baseline.analyzeMs.toFixed(2)} ms of CPU ` +
    `each, buildIndex + gzip ${baseline.shardMs.toFixed(2)} ms`,
);
const rows = [];
for (const w of values.workers.split(',').map(Number)) {
  const r = await runOnce(w, jsonl);
  console.log(JSON.stringify(r));
  rows.push(r);
}
console.log(
  `\nload average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
console.log(
  '| worker processes | analysed (dead) | analysis wall | documents/s | worker CPU | documents per CPU-second | ' +
    'peak RSS per worker | producer: time, peak RSS | collector: time, peak RSS | redis-server: peak RSS, CPU |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const cpu = r.worker.reduce((s, w) => s + w.cpuS, 0);
  console.log(
    `| ${r.workers} | ${r.analysed} (${r.dead}) | ${r.analyseS.toFixed(1)} s | ${(r.analysed / r.analyseS).toFixed(0)} | ` +
      `${cpu.toFixed(1)} s | ${(r.analysed / cpu).toFixed(0)} | ${r.worker.map((w) => `${w.rssMb} MB`).join(', ')} | ` +
      `${r.enqueueS.toFixed(1)} s, ${r.producer.rssMb} MB | ${r.collectS.toFixed(1)} s, ${r.collector.rssMb} MB | ` +
      `${r.redisRssMb} MB, ${r.redisCpuS.toFixed(1)} s |`,
  );
}
