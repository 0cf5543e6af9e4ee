// Worker-thread entry of analyzeMany: analyses one batch of documents per message and answers with
// their results, tokens and sentences packed into transferred typed arrays (see transfer.ts).
// Built as its own tsup entry (dist/worker.js for ESM, dist/worker.cjs for CJS).
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeOptions } from './analyze';
import { analyzeOne } from './analyze-one';
import { DEFAULT_SETUP, type PipelineSetup, segmenterFromModule } from './setup';
import {
  BY_WORKER,
  claim,
  type PackedResult,
  packResult,
  type WorkerRequest,
  type WorkerResponse,
  type WorkerSetup,
} from './transfer';

/** The analyzer's setup, rebuilt here: a segmenter's plugins are functions and cannot be posted. */
async function loadSetup(data: WorkerSetup): Promise<PipelineSetup> {
  if (!data.workerModule) return DEFAULT_SETUP;
  const module = (await import(data.workerModule)) as Record<string, unknown>;
  return { segmenter: segmenterFromModule(module, data.workerModule) };
}

const port = parentPort;
if (port) {
  const data = (workerData ?? {}) as WorkerSetup;
  // A module that fails to load makes the worker exit; analyzeMany then reports E_WORKER_EXITED.
  const setup = loadSetup(data);
  // The options of the call being served: set by its first batch (messages arrive in order).
  let options: AnalyzeOptions = {};
  port.on('message', (request: WorkerRequest) => {
    if (request.options) options = request.options;
    const current = options;
    void setup.then((ready) => {
      const results: (PackedResult | null)[] = [];
      const transfer: ArrayBuffer[] = [];
      for (const [i, { index, input }] of request.items.entries()) {
        if (!claim(request.claims, i, BY_WORKER)) {
          results.push(null);
          continue;
        }
        const packed = packResult(analyzeOne(ready, input, index, current));
        results.push(packed.packed);
        transfer.push(...packed.transfer);
      }
      const response: WorkerResponse = { batch: request.batch, results };
      port.postMessage(response, transfer);
    });
  });
}
