// A worker: takes documents off the queue, analyses them, and stores them in shards. A job completes
// only once its document is in a stored shard, so a worker killed at any moment loses nothing: its
// unfinished jobs stall, BullMQ hands them to another worker, and that one finds anything already
// stored and skips it.
import { hostname } from 'node:os';
import { type AnalyzedDocument, analyze, buildIndex } from '@corpus/compare';
import { ingestBytes } from '@corpus/ingest';
import { type Job, Worker } from 'bullmq';
import type { JobData } from './producer';
import { pack, QUEUE_PREFIX, type RunStore } from './store';

export interface WorkerOptions {
  /** Jobs held at once; also the shard size. */
  concurrency: number;
  /** Longest wait before a partial shard is stored. */
  flushMs: number;
  /** How long a job's lock lives without renewal: a dead worker's jobs are retried after about this. */
  lockMs: number;
  /** Shown in progress lines and stored per shard. */
  name: string;
  log: (line: string) => void;
  onRedisError: (error: Error) => void;
}

interface Pending {
  key: string;
  doc: AnalyzedDocument;
  settle: (error?: unknown) => void;
}

/** Collects analysed documents into shards: one `buildIndex` and one Redis transaction per shard. */
class ShardWriter {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private seq = 0;
  private readonly started = Date.now().toString(36);

  constructor(
    private readonly store: RunStore,
    private readonly options: WorkerOptions,
  ) {}

  add(key: string, doc: AnalyzedDocument): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ key, doc, settle: (e) => (e === undefined ? resolve() : reject(e)) });
      if (this.pending.length >= this.options.concurrency) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.options.flushMs);
    });
  }

  async flush() {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      const shard = pack(buildIndex(batch.map((p) => p.doc)));
      const docs = batch.map((p) => ({ key: p.key, analysed: pack(p.doc) }));
      const id = `${this.options.name}:${this.started}:${this.seq++}`;
      await this.store.storeShard(id, shard, docs, this.options.name);
      for (const p of batch) p.settle();
    } catch (error) {
      for (const p of batch) p.settle(error ?? new Error('shard not stored'));
    }
  }
}

function analyseJob(data: JobData): AnalyzedDocument {
  if ('bytes' in data) return analyze(ingestBytes(Buffer.from(data.bytes, 'base64'), { name: data.name }));
  const { name, text, lang } = data;
  return analyze(lang ? { name, text, lang } : { name, text });
}

const codeOf = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'E_ANALYZE_FAILED';
};

/**
 * Loads what analysis loads lazily (language models, lexicons) before taking jobs, so the first jobs
 * do not hold their locks through seconds of start-up.
 */
export function warmUp() {
  const samples: [string, string][] = [
    ['en', 'Anna Weber joined Acme Corp in March 2019.'],
    ['de', 'Anna Weber kam im März 2019 zu Acme.'],
    ['ja', 'アンナ・ウェーバーは2019年3月にアクメに入社した。'],
    ['zh', '安娜·韦伯于2019年3月加入Acme公司。'],
  ];
  for (const [lang, text] of samples) analyze({ name: `warm-up.${lang}`, text });
}

export interface Counters {
  analysed: number;
  alreadyStored: number;
  failedAttempts: number;
  dead: number;
}

export function startWorker(store: RunStore, options: WorkerOptions) {
  const writer = new ShardWriter(store, options);
  const counters: Counters = { analysed: 0, alreadyStored: 0, failedAttempts: 0, dead: 0 };

  const processJob = async (job: Job<JobData>) => {
    const { key, name } = job.data;
    try {
      if (await store.isAnalysed(key)) {
        counters.alreadyStored++;
        return 'already stored';
      }
      const owner = await store.claimName(name, key);
      if (owner !== key) {
        throw Object.assign(new Error(`Another document is already named ${JSON.stringify(name)}.`), {
          code: 'E_DUPLICATE_NAME',
        });
      }
      const doc = analyseJob(job.data);
      await writer.add(key, doc);
      counters.analysed++;
      return 'analysed';
    } catch (error) {
      counters.failedAttempts++;
      // Written before BullMQ records the failure: if this worker dies in between, the job is retried
      // and writes the same letter again.
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        counters.dead++;
        const message = error instanceof Error ? error.message : String(error);
        const attempts = job.attemptsMade + 1;
        await store.addDeadLetter({
          key,
          name,
          code: codeOf(error),
          message,
          attempts,
          worker: options.name,
        });
      }
      throw error;
    }
  };

  const worker = new Worker<JobData>(store.run, processJob, {
    connection: store.redis,
    prefix: QUEUE_PREFIX,
    concurrency: options.concurrency,
    lockDuration: options.lockMs,
    stalledInterval: Math.max(500, Math.min(30_000, options.lockMs / 2)),
    maxStalledCount: 5,
  });
  worker.on('stalled', (jobId) => options.log(`job ${jobId} stalled (its worker died?): queued again`));
  worker.on('failed', (job, error) => {
    if (!job) return;
    const of = job.opts.attempts ?? 1;
    options.log(
      `${job.data.name}: attempt ${job.attemptsMade}/${of} failed: ${codeOf(error)} ${error.message}`,
    );
    // BullMQ's own verdict, reached without calling the processor: the job stalled more than
    // maxStalledCount times (workers keep dying on it). The collector also catches these, from the
    // failed set, should this worker die before the letter is written.
    if (error.name === 'UnrecoverableError') {
      const { key, name } = job.data;
      const letter = { key, name, code: 'E_STALLED', message: error.message, attempts: job.attemptsMade };
      store.addDeadLetter({ ...letter, worker: options.name }).catch(options.onRedisError);
    }
  });
  worker.on('error', options.onRedisError);
  const close = async () => {
    await worker.close();
    await writer.flush();
  };
  return { worker, counters, close };
}

export const defaultWorkerName = () => `${hostname()}:${process.pid}`;
