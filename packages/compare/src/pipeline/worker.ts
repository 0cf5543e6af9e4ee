// Worker-thread entry of analyzeMany: analyses one batch of documents per message and answers with
// their results, tokens and sentences packed into transferred typed arrays (see transfer.ts).
// Built as its own tsup entry (dist/worker.js for ESM, dist/worker.cjs for CJS).
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeOne } from './analyze-one';
import { type PackedResult, packResult, type WorkerRequest, type WorkerResponse } from './transfer';

const port = parentPort;
if (port) {
  const options = (workerData ?? {}) as Parameters<typeof analyzeOne>[2];
  port.on('message', (request: WorkerRequest) => {
    const results: PackedResult[] = [];
    const transfer: ArrayBuffer[] = [];
    for (const { index, input } of request.items) {
      const packed = packResult(analyzeOne(input, index, options));
      results.push(packed.packed);
      transfer.push(...packed.transfer);
    }
    const response: WorkerResponse = { batch: request.batch, results };
    port.postMessage(response, transfer);
  });
}
