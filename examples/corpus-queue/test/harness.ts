// Real processes for the fault tests: a redis-server of our own on a free loopback port, and the
// corpus-queue command (dist/main.js) as producer, workers and collector.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export function requireRedisServer() {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'redis-server is not installed, and these tests need a real one: `apt-get install -y redis-server` ' +
        '(Debian/Ubuntu; .ci/run installs it), or put a redis-server (Redis ≥ 6.2) on PATH.',
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 90_000,
  everyMs = 20,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface RedisServer {
  url: string;
  dir: string;
  /** A client for the test's own checks. */
  client: Redis;
  /** Stops the server (SIGTERM: with appendonly, it writes the AOF out first) and waits for its exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port and directory. */
  start(): Promise<void>;
}

export async function startRedis(options: { appendonly?: boolean } = {}): Promise<RedisServer> {
  requireRedisServer();
  const dir = await mkdtemp(join(tmpdir(), 'corpus-queue-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
  args.push('--appendonly', options.appendonly ? 'yes' : 'no');
  let server: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const client = new Redis(port, '127.0.0.1', { maxRetriesPerRequest: null, lazyConnect: true });
  client.on('error', () => {}); // reconnects on its own while the server restarts
  const self: RedisServer = {
    url: `redis://127.0.0.1:${port}`,
    dir,
    client,
    async start() {
      const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      server = child;
      let log = '';
      child.stdout.on('data', (b) => {
        log += b;
      });
      exited = new Promise((resolve) => child.once('exit', () => resolve()));
      await waitUntil(`redis-server on port ${port} (log so far: ${log})`, async () => {
        if (child.exitCode !== null) throw new Error(`redis-server exited: ${log}`);
        return /Ready to accept connections/.test(log);
      });
    },
    async stop() {
      server?.kill('SIGTERM');
      await exited;
    },
  };
  await self.start();
  await client.connect();
  return self;
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
