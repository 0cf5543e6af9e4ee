// Worker-thread entry of analyzeMany: analyses one document per message, in input order per worker.
// Built as its own tsup entry (dist/worker.js for ESM, dist/worker.cjs for CJS).
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeOne, type WorkerRequest, type WorkerResponse } from './analyze-many-core';

const port = parentPort;
if (port) {
  const options = (workerData ?? {}) as Parameters<typeof analyzeOne>[2];
  port.on('message', (request: WorkerRequest) => {
    const response: WorkerResponse = {
      id: request.id,
      result: analyzeOne(request.input, request.id, options),
    };
    port.postMessage(response);
  });
}
