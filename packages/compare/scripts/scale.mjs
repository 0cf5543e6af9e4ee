// The comparison at scale: builds synthetic analysed corpora (scripts/synthetic.mjs: many stories, five
// languages, 5% planted near duplicates), indexes them in shards of 5,000 documents merged together
// (buildIndex + mergeIndexes, as a distributed run would), finds similar pairs, near-duplicate clusters
// and stories (compareIndex), and prints per size: time, peak RSS, candidate pairs, and the growth
// exponent between sizes (1 = linear, 2 = quadratic). At --recall-at documents it also computes the
// exact all-pairs near-duplicate answer (every pair of documents in one language) and reports the
// index's recall against it, and the stories' agreement with the generator's. Each size runs in its own
// process, so peak RSS is that size's. Run after `pnpm build`:
//   node packages/compare/scripts/scale.mjs [--docs 10000,100000] [--recall-at 10000] [--seed 1] [--runs 1]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildIndex, compareIndex, mergeIndexes, STRUCTURE_DEFAULTS } from '@corpus/compare';
import { syntheticDocuments } from './synthetic.mjs';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000,100000' },
    'recall-at': { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    shard: { type: 'string', default: '5000' },
    one: { type: 'string' },
  },
});
const seed = Number(args.seed);
const shardSize = Number(args.shard);

/** Sorted-array Jaccard (the same definition as the index's). */
function jaccard(a, b) {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return a.length + b.length === 0 ? 0 : shared / (a.length + b.length - shared);
}

function runOne(n, withRecall) {
  const info = { planted: [], storyOf: new Int32Array(0) };
  const docs = syntheticDocuments(n, { seed }, info);
  let index = { version: 1, documents: [] };
  let generateMs = 0;
  let indexMs = 0;
  let indexCpuMs = 0;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (;;) {
    const g0 = performance.now();
    const shard = [];
    while (shard.length < shardSize) {
      const r = docs.next();
      if (r.done) break;
      shard.push(r.value);
    }
    generateMs += performance.now() - g0;
    if (shard.length === 0) break;
    const t0 = performance.now();
    const c0 = cpu();
    index = mergeIndexes(index, buildIndex(shard));
    indexMs += performance.now() - t0;
    indexCpuMs += cpu() - c0;
    if (shard.length < shardSize) break;
  }
  const t1 = performance.now();
  const c1 = cpu();
  const overview = compareIndex(index);
  const compareMs = performance.now() - t1;
  const compareCpuMs = cpu() - c1;
  const result = {
    n,
    generateMs,
    indexMs,
    compareMs,
    totalMs: indexMs + compareMs,
    indexCpuMs,
    compareCpuMs,
    totalCpuMs: indexCpuMs + compareCpuMs,
    candidatePairs: overview.stats.candidatePairs,
    skippedKeys: overview.stats.skippedKeys,
    pairs: overview.pairs.length,
    nearDuplicateClusters: overview.nearDuplicates.length,
    stories: overview.stories.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  // Stories against the generator's: pairwise co-membership precision and recall.
  {
    const position = new Map(index.documents.map((e, i) => [e.name, i]));
    const truth = index.documents.map((e) => info.storyOf[Number(e.name.slice(1))]);
    const predicted = new Int32Array(index.documents.length);
    overview.stories.forEach((s, k) => {
      for (const name of s.documents) predicted[position.get(name)] = k;
    });
    const pairsIn = (labels) => {
      const counts = new Map();
      for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
      let p = 0;
      for (const c of counts.values()) p += (c * (c - 1)) / 2;
      return p;
    };
    const both = pairsIn(truth.map((t, i) => `${t},${predicted[i]}`));
    result.storyPrecision = both / pairsIn([...predicted]);
    result.storyRecall = both / pairsIn(truth);
    result.trueStories = new Set(truth).size;
  }
  if (withRecall) {
    // The exact answer: every pair of documents in one language, Jaccard of their shingles.
    const t2 = performance.now();
    const byLang = new Map();
    index.documents.forEach((e, i) => {
      const list = byLang.get(e.lang) ?? [];
      list.push(i);
      byLang.set(e.lang, list);
    });
    const exact = [];
    for (const list of byLang.values()) {
      for (let a = 0; a < list.length; a++) {
        const sa = index.documents[list[a]].shingles;
        for (let b = a + 1; b < list.length; b++) {
          if (jaccard(sa, index.documents[list[b]].shingles) >= STRUCTURE_DEFAULTS.nearDuplicateThreshold) {
            exact.push([list[a], list[b]]);
          }
        }
      }
    }
    result.exactMs = performance.now() - t2;
    const cluster = new Map();
    overview.nearDuplicates.forEach((c, k) => {
      for (const name of c) cluster.set(name, k);
    });
    const names = index.documents.map((e) => e.name);
    const together = (a, b) => cluster.has(a) && cluster.get(a) === cluster.get(b);
    result.exactNearDuplicatePairs = exact.length;
    result.nearDuplicateRecall = exact.filter(([a, b]) => together(names[a], names[b])).length / exact.length;
    const exactSet = new Set(exact.map(([a, b]) => `${names[a]} ${names[b]}`));
    const planted = info.planted.map(([a, b]) => (a < b ? [a, b] : [b, a]));
    const plantedNear = planted.filter(([a, b]) => exactSet.has(`${a} ${b}`));
    result.planted = planted.length;
    result.plantedNearDuplicates = plantedNear.length;
    result.plantedRecall = plantedNear.filter(([a, b]) => together(a, b)).length / plantedNear.length;
  }
  return result;
}

if (args.one) {
  const [n, recall] = args.one.split(':');
  process.stdout.write(JSON.stringify(runOne(Number(n), recall === 'recall')));
  process.exit(0);
}

const sizes = args.docs.split(',').map(Number);
const recallAt = Number(args['recall-at']);
const runs = Number(args.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const self = fileURLToPath(import.meta.url);
const results = [];
console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${(await import('node:os')).availableParallelism()} cores`,
);
for (const n of sizes) {
  const all = [];
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(
      process.execPath,
      [
        self,
        '--one',
        `${n}:${n === recallAt && r === 0 ? 'recall' : ''}`,
        '--seed',
        String(seed),
        '--shard',
        String(shardSize),
      ],
      { maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    all.push(JSON.parse(out.toString()));
  }
  const res = { ...all[0], peakRssMb: Math.max(...all.map((x) => x.peakRssMb)) };
  for (const k of ['totalMs', 'indexMs', 'compareMs', 'totalCpuMs', 'indexCpuMs', 'compareCpuMs']) {
    res[k] = median(all.map((x) => x[k]));
  }
  const prev = results.at(-1);
  let line =
    `${n} documents: ${(res.totalMs / 1000).toFixed(2)} s wall, ${(res.totalCpuMs / 1000).toFixed(2)} s CPU ` +
    `(index ${(res.indexMs / 1000).toFixed(2)} s + compareIndex ${(res.compareMs / 1000).toFixed(2)} s wall), ` +
    `peak RSS ${res.peakRssMb.toFixed(0)} MB, ${res.candidatePairs} candidate pairs, ${res.pairs} similar pairs, ` +
    `${res.nearDuplicateClusters} near-duplicate clusters, ${res.stories} stories (generator: ${res.trueStories}; ` +
    `pairwise precision ${res.storyPrecision.toFixed(3)}, recall ${res.storyRecall.toFixed(3)})`;
  if (prev) {
    const exp = (a, b) => (Math.log(b / a) / Math.log(n / prev.n)).toFixed(2);
    line += `; growth exponent vs ${prev.n}: wall ${exp(prev.totalMs, res.totalMs)}, CPU ${exp(prev.totalCpuMs, res.totalCpuMs)}, candidate pairs ${exp(prev.candidatePairs, res.candidatePairs)}`;
  }
  console.log(line);
  if (res.exactNearDuplicatePairs !== undefined) {
    console.log(
      `  near duplicates at ${n}: exact all-pairs answer ${res.exactNearDuplicatePairs} pairs (${(res.exactMs / 1000).toFixed(1)} s); ` +
        `index recall ${res.nearDuplicateRecall.toFixed(4)}; planted ${res.planted}, of which ${res.plantedNearDuplicates} are near duplicates by the exact answer, ` +
        `index recall on those ${res.plantedRecall.toFixed(4)}`,
    );
  }
  results.push(res);
}
