import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { collect } from './collector';
import { enqueue, readDocuments } from './producer';
import { connect, formatProgress, RunStore } from './store';
import { defaultWorkerName, startWorker, warmUp } from './worker';

const USAGE = `corpus-queue <command> [options]

  enqueue <folder|file.jsonl>   one job per document (JSONL lines: {"name", "text", "lang"?})
      --attempts <n>            analysis attempts before the dead-letter list (default 3)
      --backoff-ms <ms>         first retry delay, doubled each retry (default 1000)
  worker                        analyse documents into index shards until stopped (SIGTERM/SIGINT)
      --concurrency <n>         jobs held at once, and documents per shard (default 32)
      --lock-ms <ms>            job lock; a dead worker's jobs are retried after about this (default 30000)
      --name <name>             this worker in progress lines (default host:pid)
  collect --out <dir>           wait for the run, merge the shards, write index, overview, stories
      --max-stories <n>         compare at most n stories of 2+ documents, largest first (default all)
  status                        progress and dead letters as JSON
  reset                         forget the run: its jobs and everything stored

  --redis <url>                 default: $REDIS_URL, else redis://127.0.0.1:6379
  --run <name>                  the run (BullMQ queue) name (default corpus)`;

const options = {
  redis: { type: 'string' },
  run: { type: 'string', default: 'corpus' },
  attempts: { type: 'string', default: '3' },
  'backoff-ms': { type: 'string', default: '1000' },
  concurrency: { type: 'string', default: '32' },
  'lock-ms': { type: 'string', default: '30000' },
  name: { type: 'string' },
  out: { type: 'string' },
  'max-stories': { type: 'string' },
  'poll-ms': { type: 'string', default: '1000' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

function int(values: Values, name: keyof typeof options, min: number): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}`);
  return n;
}

class UsageError extends Error {}

const log = (line: string) => process.stderr.write(`${line}\n`);
/** What this process cost, for the benchmark to read. */
function usage() {
  const u = process.resourceUsage();
  return `peak RSS ${Math.round(u.maxRSS / 1024)} MB, CPU ${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(1)} s`;
}

/** While Redis restarts, every command fails the same way: say it once. */
function redisErrorLogger() {
  let last = '';
  return (error: Error) => {
    if (error.message !== last) log(`redis: ${error.message}`);
    last = error.message;
  };
}

async function runWorker(store: RunStore, values: Values, onRedisError: (error: Error) => void) {
  const name = values.name ?? defaultWorkerName();
  warmUp();
  const { counters, close } = startWorker(store, {
    concurrency: int(values, 'concurrency', 1),
    flushMs: 250,
    lockMs: int(values, 'lock-ms', 1000),
    name,
    log,
    onRedisError,
  });
  const started = Date.now();
  const report = setInterval(() => {
    const rate = counters.analysed / ((Date.now() - started) / 1000);
    log(
      `worker ${name}: ${counters.analysed} analysed (${rate.toFixed(0)}/s), ${counters.alreadyStored} already stored`,
    );
  }, 5000);
  console.log(`worker ${name}: ready`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  clearInterval(report);
  // Closing waits for the jobs in hand to be stored; with Redis gone that is for ever. Leaving them is
  // safe: they stall and another worker takes them. (A second signal also ends the process at once.)
  const giveUp = setTimeout(() => {
    log(`worker ${name}: Redis did not answer within 30 s of the stop; exiting, its jobs will be retried`);
    process.exit(1);
  }, 30_000);
  giveUp.unref();
  await close();
  clearTimeout(giveUp);
  const c = counters;
  console.log(
    `worker ${name}: stopped: ${c.analysed} analysed, ${c.alreadyStored} already stored, ` +
      `${c.failedAttempts} failed attempts, ${c.dead} dead; ${usage()}`,
  );
}

/**
 * Once connected, every command waits through a Redis restart; but a wrong URL at start should say
 * so, not wait for ever.
 */
async function reachable(redis: Redis, url: string) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`cannot reach Redis at ${safeUrl(url)} (set REDIS_URL or --redis)`)),
      15_000,
    );
  });
  try {
    await Promise.race([redis.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The URL without its password, for messages. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(malformed URL)';
  }
}

async function run(command: string | undefined, args: string[], values: Values) {
  const url = values.redis ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = connect(url);
  const onRedisError = redisErrorLogger();
  redis.on('error', onRedisError);
  const store = new RunStore(redis, values.run, onRedisError);
  try {
    await reachable(redis, url);
    if (command === 'enqueue') {
      if (args.length !== 1) throw new UsageError('enqueue takes one folder or JSONL file');
      const attempts = int(values, 'attempts', 1);
      const backoffMs = int(values, 'backoff-ms', 1);
      const n = await enqueue(store, readDocuments(args[0]!), { attempts, backoffMs });
      console.log(`enqueued ${n} documents to run ${values.run}; ${usage()}`);
    } else if (command === 'worker') {
      await runWorker(store, values, onRedisError);
    } else if (command === 'collect') {
      if (!values.out) throw new UsageError('collect needs --out <dir>');
      const maxStories = values['max-stories'] ? int(values, 'max-stories', 0) : Number.POSITIVE_INFINITY;
      const summary = await collect(store, values.out, {
        pollMs: int(values, 'poll-ms', 10),
        maxStories,
        log,
      });
      console.log(
        `collected ${summary.documents} documents from ${summary.shards} shards, ${summary.dead} dead; ` +
          `${summary.stories} stories, ${summary.storiesCompared} compared; wrote ${values.out}; ` +
          usage(),
      );
      if (summary.storyErrors.length > 0) process.exitCode = 1;
    } else if (command === 'status') {
      const progress = await store.progress();
      log(formatProgress(progress));
      console.log(JSON.stringify({ ...progress, deadLetters: await store.deadLetters() }, null, 2));
    } else if (command === 'reset') {
      await store.reset();
      console.log(`run ${values.run} reset`);
    } else {
      throw new UsageError(command ? `unknown command ${command}` : 'no command');
    }
  } finally {
    await store.close();
    redis.disconnect();
  }
}

async function main() {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ options, allowPositionals: true });
  } catch (error) {
    log(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  const [command, ...args] = parsed.positionals;
  try {
    await run(command, args, parsed.values);
  } catch (error) {
    if (error instanceof UsageError) {
      log(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    log(`corpus-queue: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

await main();
