// In a page analyzeMany runs every input in the page's thread (WORKER_THREADS is false), so Worker
// is never constructed; it is here only so the module has the Node build's names.

export function availableParallelism(): number {
  return 1;
}

export class Worker {
  constructor() {
    throw new Error('@corpus/compare starts no worker threads in a browser.');
  }
}

export const WORKER_THREADS = false;
