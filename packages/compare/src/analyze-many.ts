import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document, IngestErrorRecord } from '@corpus/ingest';
import { type AnalyzeOptions, type TextInput, toIso } from './analyze';
import {
  type AnalyzeManyResult,
  analyzeOne,
  errorRecord,
  inputName,
  isIngestErrorRecord,
  type WorkerRequest,
  type WorkerResponse,
} from './analyze-many-core';
import { CompareError } from './errors';

/** What analyzeMany takes: Documents (e.g. from `ingestDirectory`, whose error records pass through) or texts. */
export type AnalyzeManyInput = Document | TextInput | IngestErrorRecord;

export interface AnalyzeManyOptions extends AnalyzeOptions {
  /**
   * Worker threads to analyse with (default: `os.availableParallelism()`). `1` analyses in this thread.
   * At most `2 × concurrency` inputs are read ahead of the one the caller is waiting for.
   */
  concurrency?: number;
}

/** Inputs below this many characters in all (an array, with no explicit concurrency) run in-process. */
const SMALL_INPUT_CHARS = 200_000;

function textLength(input: unknown): number {
  if (typeof input !== 'object' || input === null) return 0;
  const text = (input as { text?: unknown }).text;
  return typeof text === 'string' ? text.length : 0;
}

/** The built worker entry beside this module (dist/worker.js or dist/worker.cjs); from source, dist's. */
function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return new URL('./worker.cjs', here);
  if (here.endsWith('.js') || here.endsWith('.mjs')) return new URL('./worker.js', here);
  return new URL('../dist/worker.js', here);
}

interface Task {
  id: number;
  input: unknown;
  resolve: (result: AnalyzeManyResult) => void;
}

/** A fixed-size set of workers, each analysing one document at a time; tasks wait in a FIFO queue. */
class Pool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private size = 0;
  private closed = false;

  constructor(
    private readonly concurrency: number,
    private readonly options: AnalyzeOptions,
  ) {}

  run(id: number, input: unknown): Promise<AnalyzeManyResult> {
    return new Promise((resolve) => {
      this.queue.push({ id, input, resolve });
      this.dispatch();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(workerUrl(), { workerData: this.options });
    this.size++;
    worker.on('message', (response: WorkerResponse) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      task?.resolve(response.result);
      this.dispatch();
    });
    const fail = (message: string) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      this.size--;
      if (task) {
        task.resolve(errorRecord(task.id, inputName(task.input, task.id), 'E_WORKER_EXITED', message));
      }
      this.dispatch();
    };
    worker.on('error', (error) => {
      fail(`The worker analysing this input failed (${error.message}); the other inputs are unaffected.`);
      void worker.terminate();
    });
    worker.on('exit', (code) => {
      if (this.closed) return;
      if (this.busy.has(worker) || this.idle.includes(worker)) {
        fail(`The worker analysing this input exited with code ${code}; the other inputs are unaffected.`);
      }
    });
    return worker;
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.size < this.concurrency ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.queue.shift() as Task;
      this.busy.set(worker, task);
      const request: WorkerRequest = { id: task.id, input: task.input };
      try {
        worker.postMessage(request);
      } catch (error) {
        // The input cannot be copied to a worker (a function, a symbol…): that input fails, nothing else.
        this.busy.delete(worker);
        this.idle.push(worker);
        const message = error instanceof Error ? error.message : String(error);
        task.resolve(
          errorRecord(
            task.id,
            inputName(task.input, task.id),
            'E_INVALID_INPUT',
            `Input not copyable: ${message}`,
          ),
        );
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function isValidInput(input: unknown): boolean {
  if (isIngestErrorRecord(input)) return true;
  if (typeof input !== 'object' || input === null) return false;
  return typeof (input as { text?: unknown }).text === 'string';
}

/**
 * Analyses many documents, in worker threads when `concurrency > 1`, and yields one result per input
 * in input order: an `AnalyzedDocument`, or an error record (`kind: 'error'`) for an input that could
 * not be analysed. Reads at most `2 × concurrency` inputs ahead, so a stream of any length (e.g.
 * `ingestDirectory`) is analysed in flat memory. Error records from @corpus/ingest pass through.
 */
export async function* analyzeMany(
  inputs: AsyncIterable<AnalyzeManyInput> | Iterable<AnalyzeManyInput>,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<AnalyzeManyResult, void, undefined> {
  const isAsync = typeof (inputs as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';
  const isSync = typeof (inputs as Iterable<unknown>)?.[Symbol.iterator] === 'function';
  if (inputs === null || typeof inputs !== 'object' || (!isAsync && !isSync) || typeof inputs === 'string') {
    throw new CompareError(
      'E_INVALID_INPUT',
      'Expected analyzeMany inputs to be an array, an iterable or an async iterable of Documents or { name, text }.',
    );
  }
  const { concurrency: requested, ...rest } = options;
  if (requested !== undefined && !(Number.isInteger(requested) && requested >= 1)) {
    throw new CompareError(
      'E_INVALID_INPUT',
      `Expected concurrency to be a whole number ≥ 1, not ${JSON.stringify(requested)}.`,
    );
  }
  const referenceDate = toIso(rest.referenceDate);
  const analyzeOptions: AnalyzeOptions = { ...rest };
  if (referenceDate) analyzeOptions.referenceDate = referenceDate;
  else delete analyzeOptions.referenceDate;

  let concurrency = requested ?? Math.max(1, availableParallelism());
  if (Array.isArray(inputs)) {
    const chars = inputs.reduce((n: number, input) => n + textLength(input), 0);
    if (inputs.length < 2 || (requested === undefined && chars < SMALL_INPUT_CHARS)) concurrency = 1;
  }

  if (concurrency === 1) {
    let index = 0;
    for await (const input of inputs as AsyncIterable<unknown>) {
      yield analyzeOne(input, index, analyzeOptions);
      index++;
    }
    return;
  }

  const maxAhead = 2 * concurrency;
  const pool = new Pool(concurrency, analyzeOptions);
  const iterator = isAsync
    ? (inputs as AsyncIterable<unknown>)[Symbol.asyncIterator]()
    : (inputs as Iterable<unknown>)[Symbol.iterator]();
  const ready = new Map<number, AnalyzeManyResult>();
  let wake: (() => void) | undefined;
  let pulled = 0;
  let yielded = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pulled - yielded < maxAhead) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const index = pulled++;
        const input = next.value;
        if (!isValidInput(input) || isIngestErrorRecord(input)) {
          ready.set(index, analyzeOne(input, index, analyzeOptions));
          continue;
        }
        void pool.run(index, input).then((result) => {
          ready.set(index, result);
          wake?.();
        });
      }
      if (exhausted && yielded === pulled) return;
      const result = ready.get(yielded);
      if (result) {
        ready.delete(yielded);
        yielded++;
        yield result;
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    await pool.close();
    if (!exhausted) await iterator.return?.();
  }
}
