// Real processes for the fault tests: a redis-server of our own on a free loopback port, and the
// corpus-queue command (dist/main.js) as producer, workers and collector.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { requireRedisServer, startRedis as startRedisServer, waitUntil } from '../scripts/redis-server.mjs';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export { requireRedisServer, waitUntil };

export type RedisServer = Awaited<ReturnType<typeof startRedisServer>> & {
  /** A client for the test's own checks; it reconnects by itself after a restart. */
  client: Redis;
};

export async function startRedis(options: { appendonly?: boolean } = {}): Promise<RedisServer> {
  const server = await startRedisServer(options);
  const client = new Redis(server.url, { maxRetriesPerRequest: null });
  client.on('error', () => {});
  return Object.assign(server, { client });
}

export interface Cli {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export function cli(args: string[], redisUrl: string): Cli {
  const child = spawn(process.execPath, [main, ...args], {
    env: { ...process.env, REDIS_URL: redisUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (b) => {
    out += b;
  });
  child.stderr!.on('data', (b) => {
    err += b;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Runs a command to its end; throws with its output when it fails. */
export async function cliDone(args: string[], redisUrl: string): Promise<string> {
  const run = cli(args, redisUrl);
  const code = await run.exited;
  if (code !== 0)
    throw new Error(`corpus-queue ${args.join(' ')} exited ${code}:\n${run.stdout()}\n${run.stderr()}`);
  return run.stdout();
}

/** A worker, resolved once it has warmed up and is taking jobs. */
export async function worker(redisUrl: string, args: string[] = []): Promise<Cli> {
  const w = cli(['worker', ...args], redisUrl);
  await waitUntil('a worker to be ready', async () => {
    if (w.child.exitCode !== null) throw new Error(`worker exited: ${w.stderr()}`);
    return /ready/.test(w.stdout());
  });
  return w;
}

/** Stops a worker the polite way and returns its output. */
export async function stopWorker(w: Cli): Promise<string> {
  if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  await w.exited;
  return w.stdout() + w.stderr();
}
