// Speed-up of analyzeMany({ concurrency }) over sequential analyze() on a ~5 MB corpus built from the
// project's seeds (each seed repeated under varied names). Run after `pnpm build`:
//   node packages/compare/scripts/parallel.mjs [--mb 5] [--concurrency 2] [--runs 2] [--warmup-mb 1]
// First both ways run untimed on --warmup-mb of the corpus (default 1): V8 compiles the hot code of
// each thread (this one and every worker: isolates share no compiled code) on its helper threads for
// about 1 MB of text, ~1 s of CPU, which a cold run counts as a second core's worth of overhead; the
// workers stay warm between calls. Then each run times both ways, alternating which goes first; prints per-run wall-clock and CPU time (all
// threads: the work analyzeMany adds), the median ratio, a busy-loop control and the load average (a
// loaded machine cannot show the speed-up of cores it does not have free).
// On Linux it also reads each thread's CPU time from /proc/self/task: this thread, each worker, and
// V8's helper threads (garbage collection, compilation). From those it estimates the speed-up the same
// work would give on free cores: sequential CPU time of this thread / max(busiest worker, all CPU / cores).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { analyze, analyzeMany } from '@corpus/compare';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '2' },
    runs: { type: 'string', default: '2' },
    'warmup-mb': { type: 'string', default: '1' },
  },
});
const targetChars = Number(args.mb) * 1_000_000;
const concurrency = Number(args.concurrency);
const runs = Number(args.runs);

const seeds = new URL('../../../seeds/', import.meta.url);
const files = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(new URL(f, seeds), 'utf8') }));
const inputs = [];
let chars = 0;
let bytes = 0;
for (let round = 0; chars < targetChars; round++) {
  for (const f of files) {
    inputs.push({ name: `r${String(round).padStart(4, '0')}-${f.name}`, text: f.text });
    chars += f.text.length;
    bytes += Buffer.byteLength(f.text);
  }
}
const mb = bytes / 1e6;

/** CPU seconds of each live thread of this process, by thread id (Linux); empty elsewhere. */
function threadCpu() {
  const out = new Map();
  if (!existsSync('/proc/self/task')) return out;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {}
  }
  return out;
}
const mainTid = String(process.pid);
const knownThreads = new Set(threadCpu().keys());

/** Samples thread CPU times until stopped (threads that exit keep their last sample). */
function threadSampler() {
  const before = threadCpu();
  const last = new Map();
  const sample = () => {
    for (const [tid, cpu] of threadCpu()) last.set(tid, cpu);
  };
  const timer = setInterval(sample, 100);
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      const delta = (tid) => (last.get(tid) ?? 0) - (before.get(tid) ?? 0);
      const main = delta(mainTid);
      let helpers = 0;
      const workers = [];
      for (const tid of last.keys()) {
        if (tid === mainTid) continue;
        if (knownThreads.has(tid)) helpers += delta(tid);
        else workers.push(delta(tid));
      }
      // Threads born during the run are the workers (each also runs a few V8 helpers of its own,
      // which are counted with it: they are the worker's cost).
      return { main, helpers, workers: workers.filter((w) => w > 0.01).sort((a, b) => b - a) };
    },
  };
}

const cpuSeconds = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

async function sequential() {
  const threads = threadSampler();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let facts = 0;
  for (const input of inputs) facts += analyze(input).facts.length;
  return { ms: performance.now() - t0, cpu: cpuSeconds(c0), facts, threads: threads.stop() };
}

async function parallel() {
  const threads = threadSampler();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let facts = 0;
  let errors = 0;
  let first;
  for await (const r of analyzeMany(inputs, { concurrency })) {
    first ??= performance.now() - t0;
    if (r.kind === 'error') errors++;
    else facts += r.facts.length;
  }
  threads.sample();
  if (errors) throw new Error(`${errors} inputs failed`);
  return { ms: performance.now() - t0, cpu: cpuSeconds(c0), facts, first, threads: threads.stop() };
}

// Control: how much parallel capacity the machine gives right now, with a pure busy loop in 1 vs
// `concurrency` threads (other processes on the machine take their share).
async function busyLoops(n) {
  const src =
    "const { parentPort } = require('node:worker_threads'); let x = 0;" +
    'for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; parentPort.postMessage(x);';
  const t0 = performance.now();
  await Promise.all(
    Array.from(
      { length: n },
      () => new Promise((res) => new Worker(src, { eval: true }).once('message', res)),
    ),
  );
  return performance.now() - t0;
}
const one = await busyLoops(1);
const many = await busyLoops(concurrency);
const control = (concurrency * one) / many;
console.log(
  `control: ${concurrency} busy-loop threads do ${control.toFixed(2)}× the work of 1 in the same time` +
    ` (${concurrency}.00× on ${concurrency} idle cores)`,
);

// The warm-up: this thread's code, then analyzeMany's workers (started cold, kept warm between
// calls), so that the runs below measure what a long-lived process gets from every later call.
{
  const warmInputs = [];
  for (let chars = 0, i = 0; i < inputs.length && chars < Number(args['warmup-mb']) * 1e6; i++) {
    warmInputs.push(inputs[i]);
    chars += inputs[i].text.length;
  }
  const threads = threadSampler();
  const t0 = performance.now();
  for (const input of [...files, ...warmInputs]) analyze(input);
  const sequentialS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  for await (const r of analyzeMany([...files, ...warmInputs], { concurrency })) {
    if (r.kind === 'error') throw new Error(r.message);
  }
  const cpu = threads.stop();
  console.log(
    `warm-up on ${warmInputs.length + files.length} documents: sequential ${sequentialS.toFixed(1)} s, analyzeMany (workers starting cold) ` +
      `${((performance.now() - t1) / 1000).toFixed(1)} s; thread CPU s: this thread ${cpu.main.toFixed(1)}, ` +
      `workers ${cpu.workers.map((w) => w.toFixed(1)).join(' + ')}, V8 helpers ${cpu.helpers.toFixed(1)}`,
  );
}
console.log(
  `corpus: ${inputs.length} documents, ${mb.toFixed(2)} MB (${(chars / 1e6).toFixed(2)} M chars); ` +
    `${availableParallelism()} cores; load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const ratios = [];
const estimates = [];
for (let run = 0; run < runs; run++) {
  const order = run % 2 === 0 ? [sequential, parallel] : [parallel, sequential];
  const timed = {};
  for (const fn of order) timed[fn.name] = await fn();
  if (timed.sequential.facts !== timed.parallel.facts)
    throw new Error('parallel and sequential facts differ');
  const ratio = timed.sequential.ms / timed.parallel.ms;
  ratios.push(ratio);
  const { sequential: sq, parallel: pl } = timed;
  const seqMain = sq.threads.main;
  if (seqMain > 0) {
    const allParallel = pl.threads.main + pl.threads.helpers + pl.threads.workers.reduce((a, b) => a + b, 0);
    const busiest = pl.threads.workers[0] ?? 0;
    const bound = Math.max(busiest, allParallel / Math.min(concurrency, availableParallelism()));
    estimates.push(seqMain / bound);
    console.log(
      `  thread CPU s: sequential this thread ${seqMain.toFixed(1)} + V8 helpers ${sq.threads.helpers.toFixed(1)}; ` +
        `parallel workers ${pl.threads.workers.map((w) => w.toFixed(1)).join(' + ')}, this thread ${pl.threads.main.toFixed(1)}, ` +
        `V8 helpers ${pl.threads.helpers.toFixed(1)} (all ${allParallel.toFixed(1)}); first result after ${(pl.first / 1000).toFixed(1)} s; ` +
        `workers busy ${((100 * pl.threads.workers.reduce((a, b) => a + b, 0)) / ((concurrency - 1) * (pl.ms / 1000))).toFixed(0)} % of the wall time; ` +
        `estimated speed-up on ${concurrency} free cores ${(seqMain / bound).toFixed(2)}×`,
    );
  }
  console.log(
    `run ${run + 1}: sequential ${(timed.sequential.ms / 1000).toFixed(1)} s (${(mb / (timed.sequential.ms / 1000)).toFixed(2)} MB/s), ` +
      `analyzeMany concurrency ${concurrency} ${(timed.parallel.ms / 1000).toFixed(1)} s (${(mb / (timed.parallel.ms / 1000)).toFixed(2)} MB/s), ` +
      `speed-up ${ratio.toFixed(2)}×; CPU time (all threads) ${timed.sequential.cpu.toFixed(1)} s vs ${timed.parallel.cpu.toFixed(1)} s`,
  );
}
ratios.sort((a, b) => a - b);
estimates.sort((a, b) => a - b);
const median = ratios[Math.floor((ratios.length - 1) / 2)];
console.log(
  `median speed-up ${median.toFixed(2)}× (lower median of ${runs}), ${(median / control).toFixed(2)}× the control's; ` +
    (estimates.length
      ? `estimated on free cores ${estimates[Math.floor((estimates.length - 1) / 2)].toFixed(2)}× (lower median); `
      : '') +
    `load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
