// Everything a run keeps in Redis besides BullMQ's own keys. Results are keyed by the document's
// content key, written with HSETNX or as whole values, so a document analysed twice (a retried job, a
// stalled job picked up by another worker, a file enqueued again) is stored once.
import { gunzipSync, gzipSync } from 'node:zlib';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

/** BullMQ's keys live under this prefix; ours under `corpus-queue-store:<run>:`. */
export const QUEUE_PREFIX = 'corpus-queue';

export interface DeadLetter {
  key: string;
  name: string;
  code: string;
  message: string;
  attempts: number;
  worker: string;
}

export interface Progress {
  /** Distinct documents enqueued so far. */
  total: number;
  analysed: number;
  dead: number;
  /** The last `enqueue` has finished (no producer is still adding). */
  sealed: boolean;
  shards: number;
  jobs: Record<string, number>;
  /** Documents analysed per worker, in the order the workers first flushed. */
  workers: Record<string, number>;
}

export function connect(url: string): Redis {
  // BullMQ's blocking commands need `maxRetriesPerRequest: null`; commands issued while Redis restarts
  // then wait in ioredis's offline queue instead of failing.
  return new Redis(url, { maxRetriesPerRequest: null });
}

export const pack = (value: unknown): Buffer => gzipSync(JSON.stringify(value));
export const unpack = <T>(bytes: Buffer): T => JSON.parse(gunzipSync(bytes).toString('utf8')) as T;

export class RunStore {
  readonly queue: Queue;
  private readonly base: string;

  constructor(
    readonly redis: Redis,
    readonly run: string,
    onError: (error: Error) => void = () => {},
  ) {
    this.base = `corpus-queue-store:${run}:`;
    this.queue = new Queue(run, { connection: redis, prefix: QUEUE_PREFIX });
    // Connection errors while Redis is away; the commands themselves wait and retry (ioredis).
    this.queue.on('error', onError);
  }

  key(name: 'docs' | 'names' | 'analysed' | 'shards' | 'dead' | 'workers' | 'sealed'): string {
    return this.base + name;
  }

  /**
   * Claims a document name for a content key. Two different documents under one name would make the
   * merged index ambiguous (mergeIndexes throws E_DUPLICATE_NAME), so the second is refused here.
   */
  async claimName(name: string, key: string): Promise<string> {
    if ((await this.redis.hsetnx(this.key('names'), name, key)) === 1) return key;
    return (await this.redis.hget(this.key('names'), name)) ?? key;
  }

  async isAnalysed(key: string): Promise<boolean> {
    return (await this.redis.hexists(this.key('analysed'), key)) === 1;
  }

  /** Stores a shard and its analysed documents in one transaction; the jobs complete only after it. */
  async storeShard(
    shardId: string,
    shard: Buffer,
    docs: readonly { key: string; analysed: Buffer }[],
    worker: string,
  ) {
    const tx = this.redis.multi();
    for (const d of docs) tx.hsetnx(this.key('analysed'), d.key, d.analysed);
    tx.hdel(this.key('dead'), ...docs.map((d) => d.key));
    tx.hset(this.key('shards'), shardId, shard);
    tx.hincrby(this.key('workers'), worker, docs.length);
    await tx.exec();
  }

  async addDeadLetter(letter: DeadLetter) {
    await this.redis.hset(this.key('dead'), letter.key, JSON.stringify(letter));
  }

  async deadLetters(): Promise<DeadLetter[]> {
    const all = await this.redis.hvals(this.key('dead'));
    return all.map((v) => JSON.parse(v) as DeadLetter).sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /**
   * Jobs BullMQ failed without our processor seeing the last attempt (a job that stalled more often
   * than `maxStalledCount`, i.e. killed workers held it again and again) join the dead letters here.
   */
  async reconcileFailed() {
    const failed = await this.queue.getFailed();
    for (const job of failed) {
      if (!job?.id || (await this.isAnalysed(job.id))) continue;
      const letter: DeadLetter = {
        key: job.id,
        name: String(job.data?.name),
        code: 'E_JOB_FAILED',
        message: job.failedReason,
        attempts: job.attemptsMade,
        worker: '',
      };
      await this.redis.hsetnx(this.key('dead'), job.id, JSON.stringify(letter));
    }
  }

  async progress(): Promise<Progress> {
    const r = this.redis;
    const [total, analysed, dead, sealed, shards, workers] = await Promise.all([
      r.scard(this.key('docs')),
      r.hlen(this.key('analysed')),
      r.hlen(this.key('dead')),
      r.exists(this.key('sealed')),
      r.hlen(this.key('shards')),
      r.hgetall(this.key('workers')),
    ]);
    const jobs = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
    const perWorker = Object.fromEntries(Object.entries(workers).map(([w, n]) => [w, Number(n)]));
    return { total, analysed, dead, sealed: sealed === 1, shards, jobs, workers: perWorker };
  }

  /** Every shard, unpacked. Read with HSCAN so a large run does not need one huge reply. */
  async *shards<T>(): AsyncGenerator<T> {
    let cursor = '0';
    do {
      const [next, flat] = await this.redis.hscanBuffer(this.key('shards'), cursor, 'COUNT', 100);
      cursor = next.toString();
      for (let i = 1; i < flat.length; i += 2) yield unpack<T>(flat[i]!);
    } while (cursor !== '0');
  }

  async analysed<T>(keys: readonly string[]): Promise<T[]> {
    if (keys.length === 0) return [];
    const values = await this.redis.hmgetBuffer(this.key('analysed'), ...keys);
    return values.map((v, i) => {
      if (!v) throw new Error(`No analysis stored for document ${keys[i]}.`);
      return unpack<T>(v);
    });
  }

  /** Forgets a run: its jobs and everything stored for it. */
  async reset() {
    await this.queue.obliterate({ force: true });
    const names = ['docs', 'names', 'analysed', 'shards', 'dead', 'workers', 'sealed'] as const;
    await this.redis.del(...names.map((n) => this.key(n)));
  }

  async close() {
    await this.queue.close();
  }
}

export const isFinished = (p: Progress) => p.sealed && p.analysed + p.dead >= p.total;

export function formatProgress(p: Progress): string {
  const j = p.jobs;
  const pending = (j.waiting ?? 0) + (j.prioritized ?? 0);
  return (
    `${p.analysed}/${p.total} analysed, ${p.dead} dead` +
    ` (jobs: ${pending} waiting, ${j.active ?? 0} active, ${j.delayed ?? 0} retrying; ${p.shards} shards)`
  );
}
