// Fault tests against a real redis-server (started per test on a free loopback port) and real
// processes. Nothing here depends on speed: every step waits for a condition, with generous timeouts.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, buildIndex, type ComparisonIndex, type CorpusOverview } from '@corpus/compare';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDocuments, syntheticJsonl } from '../scripts/synthetic-documents.mjs';
import { type DeadLetter, RunStore } from '../src/store';
import {
  cli,
  cliDone,
  type RedisServer,
  requireRedisServer,
  startRedis,
  stopWorker,
  waitUntil,
  worker,
} from './harness';

let tmp: string;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  requireRedisServer();
  tmp = await mkdtemp(join(tmpdir(), 'corpus-queue-test-'));
});

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => {});
});

async function redisServer(options: { appendonly?: boolean } = {}) {
  const redis = await startRedis(options);
  const store = new RunStore(redis.client, 'corpus');
  cleanup.push(
    () => redis.stop(),
    () => store.close(),
  );
  return { redis, store };
}

async function jsonlFile(name: string, count: number): Promise<string> {
  const path = join(tmp, `${name}.jsonl`);
  await writeFile(path, syntheticJsonl(count));
  return path;
}

async function output(dir: string) {
  const read = async (file: string) => JSON.parse(await readFile(join(dir, file), 'utf8'));
  return {
    index: (await read('index.json')) as ComparisonIndex,
    overview: (await read('overview.json')) as CorpusOverview,
    dead: (await read('dead-letters.json')) as DeadLetter[],
    summary: (await read('summary.json')) as { documents: number; dead: number; storiesCompared: number },
  };
}

async function startWorkers(redis: RedisServer, ...args: string[][]) {
  const workers = await Promise.all(args.map((a) => worker(redis.url, a)));
  for (const w of workers) cleanup.push(() => stopWorker(w));
  return workers;
}

const drained = (store: RunStore) =>
  waitUntil('the queue to drain', async () => {
    const { jobs } = await store.progress();
    return jobs.waiting === 0 && jobs.active === 0 && jobs.delayed === 0;
  });

const collect = (redis: RedisServer, out: string) =>
  cliDone(['collect', '--out', out, '--poll-ms', '100'], redis.url);

// Each test waits on conditions with their own timeouts; the whole may take minutes on a loaded CI machine.
describe('corpus-queue against a real redis-server', { timeout: 300_000 }, () => {
  it('a worker killed mid-run (SIGKILL): its jobs are retried, nothing is lost or duplicated', async () => {
    const { redis, store } = await redisServer();
    const docs = [...syntheticDocuments(400)];
    await cliDone(['enqueue', await jsonlFile('kill', 400)], redis.url);
    const [victim] = await startWorkers(redis, [
      '--name',
      'victim',
      '--concurrency',
      '8',
      '--lock-ms',
      '2000',
    ]);
    await waitUntil('the victim to store two shards', async () => {
      return Number(await redis.client.hget(store.key('workers'), 'victim')) >= 16;
    });
    victim!.child.kill('SIGKILL');
    await victim!.exited;
    const atKill = await store.progress();
    expect(atKill.analysed, 'the run was already over when the worker was killed').toBeLessThan(400);
    expect(atKill.jobs.active, 'the killed worker held jobs').toBeGreaterThan(0);

    const [survivor] = await startWorkers(redis, ['--name', 'survivor', '--lock-ms', '2000']);
    const out = join(tmp, 'kill-out');
    await collect(redis, out);
    // The collector needs every document stored, not every job finished: a job whose shard the victim
    // stored just before dying is still active until its lock runs out; then the survivor skips it.
    await drained(store);
    expect(await stopWorker(survivor!)).toMatch(/stalled \(its worker died\?\): queued again/);

    const { index, dead, summary } = await output(out);
    expect(dead).toEqual([]);
    expect(summary.documents).toBe(400);
    expect((await store.progress()).analysed).toBe(400);
    // Every document exactly once, and the merged shards are the index one pass over the corpus builds.
    expect(index).toEqual(buildIndex(docs.map((d) => analyze(d))));
  });

  it('Redis restarted mid-run with appendonly persistence: the run resumes and completes', async () => {
    const { redis, store } = await redisServer({ appendonly: true });
    const docs = [...syntheticDocuments(300)];
    await cliDone(['enqueue', await jsonlFile('restart', 300)], redis.url);
    const [w] = await startWorkers(redis, ['--lock-ms', '3000']);
    const out = join(tmp, 'restart-out');
    const collector = cli(['collect', '--out', out, '--poll-ms', '100'], redis.url);
    cleanup.push(async () => collector.child.kill());
    await waitUntil('20 documents analysed', async () => (await store.progress()).analysed >= 20);
    expect((await store.progress()).analysed, 'the run was already over at the restart').toBeLessThan(300);

    await redis.stop();
    await waitUntil('the worker to notice the outage', async () => /redis: /.test(w!.stderr()));
    await redis.start();

    expect(await collector.exited, collector.stderr()).toBe(0);
    expect(collector.stderr()).toMatch(/^300\/300 analysed, 0 dead/m);
    const { index, dead, summary } = await output(out);
    expect(dead).toEqual([]);
    expect(summary.documents).toBe(300);
    expect(index.documents.map((d) => d.name)).toEqual(docs.map((d) => d.name).sort());
  });

  it('poison documents end in the dead-letter list with their error; the rest completes', async () => {
    const { redis } = await redisServer();
    const folder = join(tmp, 'poison-folder');
    await mkdir(folder);
    const docs = [...syntheticDocuments(120)];
    for (const d of docs) await writeFile(join(folder, d.name), d.text);
    await writeFile(join(folder, 'empty.txt'), ' \n ');
    await writeFile(
      join(folder, 'photo.bin'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0, 0xff, 0]),
    );
    await cliDone(['enqueue', folder, '--attempts', '3', '--backoff-ms', '20'], redis.url);
    const [w] = await startWorkers(redis, []);
    const out = join(tmp, 'poison-out');
    await collect(redis, out);

    const { index, dead, summary } = await output(out);
    expect(dead.map(({ name, code, attempts }) => ({ name, code, attempts }))).toEqual([
      { name: 'empty.txt', code: 'E_EMPTY', attempts: 3 },
      { name: 'photo.bin', code: 'E_BINARY', attempts: 3 },
    ]);
    for (const d of dead) expect(d.message).toContain(d.name);
    expect(summary).toMatchObject({ documents: 120, dead: 2 });
    expect(index.documents.map((d) => d.name)).toEqual(docs.map((d) => d.name).sort());
    const log = await stopWorker(w!);
    expect(log.match(/^photo\.bin: attempt \d\/3 failed: E_BINARY/gm)).toHaveLength(3);
    const status = JSON.parse(await cliDone(['status'], redis.url));
    expect(status).toMatchObject({ total: 122, analysed: 120, dead: 2, sealed: true });
    expect(status.deadLetters.map((d: DeadLetter) => d.name)).toEqual(['empty.txt', 'photo.bin']);
  });

  it('a corpus enqueued twice is analysed and stored once; a second document under a taken name is refused', async () => {
    const { redis, store } = await redisServer();
    const file = await jsonlFile('twice', 100);
    await cliDone(['enqueue', file], redis.url);
    const [w] = await startWorkers(redis, []);
    await collect(redis, join(tmp, 'first-out'));
    const first = await output(join(tmp, 'first-out'));

    const clash = join(tmp, 'clash.jsonl');
    await writeFile(
      clash,
      `${JSON.stringify({ name: first.index.documents[0]!.name, text: 'Another text.' })}\n`,
    );
    await cliDone(['enqueue', file], redis.url);
    await cliDone(['enqueue', clash, '--backoff-ms', '20'], redis.url);
    await collect(redis, join(tmp, 'second-out'));
    await drained(store);
    const second = await output(join(tmp, 'second-out'));

    expect(second.index).toEqual(first.index);
    expect(second.dead).toMatchObject([{ name: first.index.documents[0]!.name, code: 'E_DUPLICATE_NAME' }]);
    const progress = await store.progress();
    expect(progress).toMatchObject({ total: 101, analysed: 100, dead: 1 });
    expect(await stopWorker(w!)).toMatch(/stopped: 100 analysed, 100 already stored/);
  });
});
