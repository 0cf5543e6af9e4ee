// Worker threads kept warm between analyzeMany calls. A worker's first documents cost about a second
// of CPU (modules, lexicons and models load, its compiler starts cold); a process that calls
// analyzeMany again (a server, a queue worker, a benchmark) should pay that once, not per call.
// Idle workers hold no document: only their loaded code. They are unref'd, so they never keep a
// process alive, and they end after IDLE_MS without work.
import { Worker } from './threads';

/** How long an idle worker waits for the next call before it ends. */
const IDLE_MS = 30_000;

interface IdleWorker {
  worker: Worker;
  timer: ReturnType<typeof setTimeout>;
  onExit: () => void;
  onError: () => void;
}

// Idle workers by the module that rebuilds their segmenter ('' for the built-in one): a worker only
// serves calls of the same setup. A registry of threads, not of data, hence module-level.
const idle = new Map<string, IdleWorker[]>();

function forget(key: string, worker: Worker): IdleWorker | undefined {
  const list = idle.get(key);
  const at = list?.findIndex((w) => w.worker === worker) ?? -1;
  if (!list || at < 0) return undefined;
  const [gone] = list.splice(at, 1) as [IdleWorker];
  clearTimeout(gone.timer);
  // Only this module's listeners: Worker keeps internal ones of its own (removeAllListeners breaks it).
  worker.off('exit', gone.onExit);
  worker.off('error', gone.onError);
  if (list.length === 0) idle.delete(key);
  return gone;
}

/** A warm idle worker of this setup, or a new one; `warm` tells which. */
export function acquireWorker(url: URL, workerModule: string | undefined): { worker: Worker; warm: boolean } {
  const key = workerModule ?? '';
  const ready = idle.get(key)?.at(-1);
  if (ready) {
    forget(key, ready.worker);
    ready.worker.ref();
    return { worker: ready.worker, warm: true };
  }
  const worker = new Worker(url, { workerData: workerModule === undefined ? {} : { workerModule } });
  return { worker, warm: false };
}

/** Hands back a worker with no work outstanding (and the caller's listeners removed) for the next call. */
export function releaseWorker(worker: Worker, workerModule: string | undefined): void {
  const key = workerModule ?? '';
  worker.unref();
  const end = () => {
    if (forget(key, worker)) void worker.terminate();
  };
  // A worker that dies while idle is simply forgotten.
  const onExit = () => void forget(key, worker);
  worker.on('exit', onExit);
  worker.on('error', end);
  const timer = setTimeout(end, IDLE_MS);
  timer.unref();
  const list = idle.get(key) ?? [];
  list.push({ worker, timer, onExit, onError: end });
  idle.set(key, list);
}
