// The collector: waits until every document is analysed or dead, merges the workers' shards into one
// comparison index, and writes the corpus overview and a full comparison per story.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type AnalyzedDocument,
  type ComparisonIndex,
  compare,
  compareIndex,
  mergeIndexes,
  renderJson,
} from '@corpus/compare';
import { formatProgress, isFinished, type Progress, type RunStore } from './store';

export interface CollectOptions {
  pollMs: number;
  /** Write the comparisons of at most this many stories (of two or more documents), largest first. */
  maxStories: number;
  log: (line: string) => void;
}

export interface CollectSummary {
  documents: number;
  dead: number;
  shards: number;
  stories: number;
  storiesCompared: number;
  storyErrors: { story: number; message: string }[];
  /** Wall time of each step, in milliseconds. */
  timings: { merge: number; compareIndex: number; write: number; stories: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitForRun(store: RunStore, options: Pick<CollectOptions, 'pollMs' | 'log'>) {
  let last = '';
  for (;;) {
    let p: Progress = await store.progress();
    const queued =
      (p.jobs.waiting ?? 0) + (p.jobs.active ?? 0) + (p.jobs.delayed ?? 0) + (p.jobs.prioritized ?? 0);
    if (!isFinished(p) && p.sealed && queued === 0) {
      await store.reconcileFailed();
      p = await store.progress();
    }
    const line = formatProgress(p);
    if (line !== last) options.log(line);
    last = line;
    if (isFinished(p)) return p;
    await sleep(options.pollMs);
  }
}

/** Merges shards pairwise, level by level: n log n work instead of n² for a left fold. */
function mergeAll(shards: ComparisonIndex[]): ComparisonIndex {
  let level = shards;
  while (level.length > 1) {
    const next: ComparisonIndex[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? mergeIndexes(level[i]!, level[i + 1]!) : level[i]!);
    }
    level = next;
  }
  return level[0] ?? { version: 1, documents: [] };
}

async function storyComparisons(
  store: RunStore,
  stories: { documents: string[] }[],
  outDir: string,
  summary: CollectSummary,
) {
  await mkdir(join(outDir, 'stories'), { recursive: true });
  for (const [i, story] of stories.entries()) {
    const file = `story-${String(i + 1).padStart(4, '0')}.json`;
    try {
      const keys = await store.redis.hmget(store.key('names'), ...story.documents);
      const docs = await store.analysed<AnalyzedDocument>(keys.map((k) => k ?? ''));
      await writeFile(join(outDir, 'stories', file), renderJson(compare(docs)));
      summary.storiesCompared++;
    } catch (error) {
      // One story that cannot be compared does not cost the others theirs.
      summary.storyErrors.push({
        story: i + 1,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

export async function collect(
  store: RunStore,
  outDir: string,
  options: CollectOptions,
): Promise<CollectSummary> {
  const progress = await waitForRun(store, options);
  let t = performance.now();
  const shards: ComparisonIndex[] = [];
  for await (const shard of store.shards<ComparisonIndex>()) shards.push(shard);
  const index = mergeAll(shards);
  const merge = performance.now() - t;
  t = performance.now();
  const overview = compareIndex(index);
  const compareIndexMs = performance.now() - t;
  const dead = await store.deadLetters();
  t = performance.now();
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.json'), JSON.stringify(index));
  // Compact: at 100 000 documents the similar pairs alone run to millions (444 MB pretty-printed).
  await writeFile(join(outDir, 'overview.json'), `${JSON.stringify(overview)}\n`);
  await writeFile(join(outDir, 'dead-letters.json'), `${JSON.stringify(dead, null, 2)}\n`);
  const write = performance.now() - t;
  const multi = overview.stories
    .filter((s) => s.documents.length >= 2)
    .sort((a, b) => b.documents.length - a.documents.length)
    .slice(0, options.maxStories);
  const summary: CollectSummary = {
    documents: index.documents.length,
    dead: dead.length,
    shards: progress.shards,
    stories: overview.stories.length,
    storiesCompared: 0,
    storyErrors: [],
    timings: { merge: 0, compareIndex: 0, write: 0, stories: 0 },
  };
  t = performance.now();
  await storyComparisons(store, multi, outDir, summary);
  const ms = (x: number) => Math.round(x);
  summary.timings = {
    merge: ms(merge),
    compareIndex: ms(compareIndexMs),
    write: ms(write),
    stories: ms(performance.now() - t),
  };
  await writeFile(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
