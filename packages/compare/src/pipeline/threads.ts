// Node's threads, for analyzeMany. The browser build uses threads.browser.ts: no worker threads there,
// so a page analyses in its own thread (a Web Worker pool would need the page to serve a worker file).
export { availableParallelism } from 'node:os';
export { Worker } from 'node:worker_threads';

/** Whether analyzeMany can start worker threads here. */
export const WORKER_THREADS = true;
