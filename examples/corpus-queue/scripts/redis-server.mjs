// A redis-server of our own, on a free loopback port, for the tests and the benchmark: started as a
// child process (never as a service) and stopped by whoever started it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function requireRedisServer() {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'redis-server is not installed, and the corpus-queue tests need a real one: ' +
        '`apt-get install -y redis-server` (Debian/Ubuntu; .ci/run installs it), or put a redis-server ' +
        '(Redis ≥ 6.2) on PATH.',
    );
  }
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(address.port));
    });
  });
}

/**
 * Polls `probe` until it returns something other than `undefined` or `false`.
 * @template T
 * @param {string} what said in the timeout error
 * @param {() => Promise<T | undefined | false>} probe
 * @returns {Promise<T>}
 */
export async function waitUntil(what, probe, timeoutMs = 90_000, everyMs = 20) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Starts redis-server on a free loopback port in a new temporary directory; `stop()` (SIGTERM: with
 * appendonly on, Redis writes its AOF out first) and `start()` again on the same port and directory.
 * @param {{ appendonly?: boolean }} [options]
 */
export async function startRedis(options = {}) {
  requireRedisServer();
  const dir = await mkdtemp(join(tmpdir(), 'corpus-queue-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
  args.push('--appendonly', options.appendonly ? 'yes' : 'no');
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  /** @type {Promise<unknown>} */
  let exited = Promise.resolve();
  const self = {
    url: `redis://127.0.0.1:${port}`,
    dir,
    /** The server's process id (its peak memory is in /proc/<pid>/status). */
    pid: () => server?.pid,
    async start() {
      const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      server = child;
      let log = '';
      child.stdout.on('data', (b) => {
        log += b;
      });
      exited = new Promise((resolve) => child.once('exit', resolve));
      await waitUntil(`redis-server on port ${port}`, async () => {
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
  return self;
}
