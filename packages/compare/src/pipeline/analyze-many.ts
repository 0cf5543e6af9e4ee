import type { Document, IngestErrorRecord } from '@corpus/ingest';
import { CompareError } from '../errors';
import { referenceDateOption } from '../reference-date';
import type { AnalyzeOptions } from './analyze';
import {
  type AnalyzeManyResult,
  analyzeOne,
  analyzeOneLoaded,
  errorRecord,
  inputName,
  isIngestErrorRecord,
} from './analyze-one';
import type { TextInput } from './input';
import { DEFAULT_SETUP, localesFor, type PipelineSetup, workersCanRebuild } from './setup';
import { availableParallelism, WORKER_THREADS, type Worker } from './threads';
import { BY_CALLER, claim, unpackResult, type WorkerRequest, type WorkerResponse } from './transfer';
import { acquireWorker, releaseWorker } from './workers';

/** What analyzeMany takes: Documents (e.g. from `ingestDirectory`, whose error records pass through) or texts. */
export type AnalyzeManyInput = Document | TextInput | IngestErrorRecord;

export interface AnalyzeManyOptions extends AnalyzeOptions {
  /**
   * Threads to analyse with (default: `os.availableParallelism()`): this thread and `concurrency − 1`
   * worker threads. `1` analyses in this thread only. Inputs read ahead of the one the caller is
   * waiting for: at most `256 × concurrency` documents and `128 000 × concurrency` characters (plus
   * one document, however long).
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
  return new URL('../../dist/worker.js', here);
}

/** An input on its way to a worker; `single` after its batch's worker died (to find the culprit). */
interface Item {
  index: number;
  input: unknown;
  single?: boolean;
}

interface Batch {
  id: number;
  items: Item[];
  /** Who took each item (transfer.ts), once the batch is posted to a worker. */
  claims?: Int32Array;
}

/** The items of a batch the calling thread has not taken (all of them before it is posted). */
function untaken(batch: Batch): Item[] {
  const { claims } = batch;
  return claims ? batch.items.filter((_, i) => Atomics.load(claims, i) !== BY_CALLER) : batch.items;
}

interface Slot {
  worker: Worker;
  /** Batches posted to this worker and not answered yet, oldest (the one being analysed) first. */
  outstanding: Batch[];
  answered: boolean;
  /** This call's options went with a batch already (a warm worker still holds the last call's). */
  configured: boolean;
  /** Removes this call's listeners, before the worker goes back warm. */
  detach: () => void;
}

/** Batches a worker holds at once: the one it analyses and the next, so it never waits for this thread. */
const PIPELINE = 2;
/** A batch closes at this many documents or characters (or earlier when a worker would sit idle). */
const BATCH_DOCS = 64;
const BATCH_CHARS = 32_000;

/**
 * A fixed number of workers, taken warm from earlier calls or started at once, kept for the whole
 * call and handed back at its end (workers.ts), each holding up to `PIPELINE` batches. A worker that
 * dies is replaced; the inputs of the batch it was analysing are retried one by one, so only the
 * input that kills a worker again gets `E_WORKER_EXITED`.
 */
class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Batch[] = [];
  private nextBatch = 0;
  private startFailures = 0;
  private closed = false;

  constructor(
    private readonly concurrency: number,
    private readonly setup: PipelineSetup,
    private readonly options: AnalyzeOptions,
    private readonly onResult: (index: number, result: AnalyzeManyResult) => void,
  ) {
    for (let i = 0; i < concurrency; i++) this.spawn();
  }

  /** True when a worker could take another batch now: a partial batch is better sent now than later. */
  get hasRoom(): boolean {
    if (this.closed || this.queue.length > 0) return false;
    if (this.slots.length < this.concurrency && this.startFailures <= this.concurrency + 1) return true;
    return this.slots.some((s) => s.outstanding.length < PIPELINE);
  }

  submit(items: Item[], front = false): void {
    const batch = { id: this.nextBatch++, items };
    if (front) this.queue.unshift(batch);
    else this.queue.push(batch);
    this.dispatch();
  }

  /** Error records for inputs that no worker will analyse; the other inputs go on. */
  private failItems(items: readonly Item[], message: string): void {
    for (const item of items) {
      this.onResult(
        item.index,
        errorRecord(item.index, inputName(item.input, item.index), 'E_WORKER_EXITED', message),
      );
    }
  }

  private spawn(): void {
    const { worker, warm } = acquireWorker(workerUrl(), this.setup.workerModule);
    const slot: Slot = { worker, outstanding: [], answered: warm, configured: false, detach: () => {} };
    this.slots.push(slot);
    const onMessage = (response: WorkerResponse) => {
      const batch = slot.outstanding.shift();
      slot.answered = true;
      if (batch) {
        batch.items.forEach((item, i) => {
          const packed = response.results[i];
          // null: this thread took the item (steal) and has its result already.
          if (packed === null) return;
          this.onResult(
            item.index,
            packed
              ? unpackResult(packed)
              : errorRecord(item.index, inputName(item.input, item.index), 'E_ANALYZE_FAILED', 'No result.'),
          );
        });
      }
      this.dispatch();
    };
    let gone = false;
    const fail = (why: string) => {
      if (gone || this.closed) return;
      gone = true;
      this.slots.splice(this.slots.indexOf(slot), 1);
      if (!slot.answered) this.startFailures++;
      const [current, ...waiting] = slot.outstanding;
      // Batches it had not started go back first, in order, without the items this thread took; then
      // the one it died on, input by input.
      for (const batch of waiting.reverse()) {
        const items = untaken(batch);
        if (items.length > 0) this.queue.unshift({ id: batch.id, items });
      }
      if (current) {
        const items = untaken(current);
        const lone = items.length === 1 && items[0]!.single;
        if (lone || this.startFailures > this.concurrency + 1) {
          this.failItems(items, `The worker analysing this input ${why}; the other inputs are unaffected.`);
        } else {
          for (const item of [...items].reverse()) this.submit([{ ...item, single: true }], true);
        }
      }
      if (this.startFailures > this.concurrency + 1) {
        // Workers cannot start at all (e.g. the worker file is missing): fail what is queued.
        for (const batch of this.queue.splice(0)) {
          this.failItems(batch.items, `No worker could start (${why}).`);
        }
        return;
      }
      this.dispatch();
    };
    const onError = (error: Error) => {
      fail(`failed (${error.message})`);
      void worker.terminate();
    };
    const onExit = (code: number) => fail(`exited with code ${code}`);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    slot.detach = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0) {
      if (this.slots.length < this.concurrency && this.startFailures <= this.concurrency + 1) this.spawn();
      let slot: Slot | undefined;
      for (const s of this.slots) {
        if (s.outstanding.length < PIPELINE && (!slot || s.outstanding.length < slot.outstanding.length)) {
          slot = s;
        }
      }
      if (!slot) return;
      const batch = this.queue.shift() as Batch;
      batch.claims = new Int32Array(new SharedArrayBuffer(4 * batch.items.length));
      const request: WorkerRequest = {
        batch: batch.id,
        items: batch.items.map(({ index, input }) => ({ index, input })),
        claims: batch.claims,
      };
      if (!slot.configured) request.options = this.options;
      try {
        slot.worker.postMessage(request);
        slot.configured = true;
        slot.outstanding.push(batch);
      } catch {
        // Something in the batch cannot be copied to a worker (a function, a symbol…): find it alone,
        // and analyse it in this thread, as analyze() would.
        if (batch.items.length > 1) {
          for (const item of [...batch.items].reverse()) this.submit([item], true);
          continue;
        }
        const item = batch.items[0]!;
        this.onResult(item.index, analyzeOne(this.setup, item.input, item.index, this.options));
      }
    }
  }

  /**
   * An item of a batch a worker holds behind the one it is analysing, taken for this thread from the
   * batch's end (a worker reaching it works from its start), oldest batch first; undefined when there
   * is none. This thread then works instead of waiting, and the last batches of a call end together.
   * The batch a worker is on stays whole: its results come back as soon as it can send them. Only a
   * worker that has answered once is relieved so: one still starting may fail (its module does not
   * load), and its inputs are then reported, not analysed here with another setup.
   */
  steal(): Item | undefined {
    const batches = this.slots
      .filter((s) => s.answered)
      .flatMap((s) => s.outstanding.slice(1))
      .sort((a, b) => a.items[0]!.index - b.items[0]!.index);
    for (const batch of batches) {
      const claims = batch.claims;
      if (!claims) continue;
      for (let i = batch.items.length - 1; i >= 0; i--) {
        if (claim(claims, i, BY_CALLER)) return batch.items[i];
      }
    }
    return undefined;
  }

  /** Idle workers go back warm for the next call; busy ones (the caller stopped early) end. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    const busy: Worker[] = [];
    for (const slot of this.slots.splice(0)) {
      if (slot.outstanding.length === 0) {
        slot.detach();
        releaseWorker(slot.worker, this.setup.workerModule);
      } else busy.push(slot.worker);
    }
    await Promise.all(busy.map((w) => w.terminate()));
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
 * not be analysed. Reads a bounded number of inputs ahead (see `concurrency`), so a stream of any length (e.g.
 * `ingestDirectory`) is analysed in flat memory. Error records from @corpus/ingest pass through.
 */
export function analyzeMany(
  inputs: AsyncIterable<AnalyzeManyInput> | Iterable<AnalyzeManyInput>,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<AnalyzeManyResult, void, undefined> {
  return analyzeManyWith(DEFAULT_SETUP, inputs, options);
}

/**
 * `analyzeMany` with an analyzer's segmenter and fact locales. Worker threads cannot receive a
 * segmenter (its plugins are functions): they rebuild it from `setup.workerModule`; without one, a
 * custom segmenter analyses in this thread only.
 */
export async function* analyzeManyWith(
  setup: PipelineSetup,
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
  const referenceDate = referenceDateOption(rest.referenceDate);
  const analyzeOptions: AnalyzeOptions = { ...rest };
  // The analyzer's fact locales are plain data: they travel to the workers with the options.
  const locales = localesFor(setup, rest.locales);
  if (locales) analyzeOptions.locales = locales;
  if (referenceDate) analyzeOptions.referenceDate = referenceDate;
  else delete analyzeOptions.referenceDate;

  let concurrency = requested ?? Math.max(1, availableParallelism());
  if (Array.isArray(inputs)) {
    const chars = inputs.reduce((n: number, input) => n + textLength(input), 0);
    if (inputs.length < 2 || (requested === undefined && chars < SMALL_INPUT_CHARS)) concurrency = 1;
  }
  if (!workersCanRebuild(setup) || !WORKER_THREADS) concurrency = 1;

  if (concurrency === 1) {
    let index = 0;
    for await (const input of inputs as AsyncIterable<unknown>) {
      yield await analyzeOneLoaded(setup, input, index, analyzeOptions);
      index++;
    }
    return;
  }
  const iterator = isAsync
    ? (inputs as AsyncIterable<unknown>)[Symbol.asyncIterator]()
    : (inputs as Iterable<unknown>)[Symbol.iterator]();
  yield* inThreads(setup, iterator, concurrency, analyzeOptions);
}

/** Results in input order from this thread and `concurrency − 1` workers, reading a bounded window ahead. */
async function* inThreads(
  setup: PipelineSetup,
  iterator: AsyncIterator<unknown> | Iterator<unknown>,
  concurrency: number,
  analyzeOptions: AnalyzeOptions,
): AsyncGenerator<AnalyzeManyResult, void, undefined> {
  // Read-ahead bound: inputs read and not yet yielded, in documents and in characters (a single input
  // larger than the character bound is still read, alone).
  const maxAheadDocs = 2 * concurrency * PIPELINE * BATCH_DOCS;
  const maxAheadChars = 2 * concurrency * PIPELINE * BATCH_CHARS;
  const ready = new Map<number, AnalyzeManyResult>();
  let wake: (() => void) | undefined;
  // This thread analyses too: starting a worker costs ~1 s of CPU (it loads every lexicon and model,
  // and its compiler starts cold), so `concurrency` threads are this one and `concurrency − 1` workers.
  // Workers take the newest inputs read, in batches; this thread takes the oldest, so the result the
  // caller waits for next is usually this thread's own, and a slow worker start holds nothing up.
  const pool = new Pool(concurrency - 1, setup, analyzeOptions, (index, result) => {
    ready.set(index, result);
    wake?.();
  });
  const charsOf = new Map<number, number>();
  let charsAhead = 0;
  /** Inputs read and not yet given to a thread, oldest first. */
  const pending: Item[] = [];
  const feed = () => {
    while (pending.length > 0 && pool.hasRoom) {
      let take = 0;
      let chars = 0;
      while (take < pending.length && take < BATCH_DOCS && chars < BATCH_CHARS) {
        chars += charsOf.get(pending[pending.length - 1 - take]!.index) ?? 0;
        take++;
      }
      pool.submit(pending.splice(pending.length - take, take));
    }
  };
  let pulled = 0;
  let yielded = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pulled - yielded < maxAheadDocs && charsAhead < maxAheadChars) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const index = pulled++;
        const input = next.value;
        if (!isValidInput(input) || isIngestErrorRecord(input)) {
          ready.set(index, analyzeOne(setup, input, index, analyzeOptions));
          continue;
        }
        const chars = textLength(input);
        charsOf.set(index, chars);
        charsAhead += chars;
        pending.push({ index, input });
      }
      feed();
      if (exhausted && yielded === pulled) return;
      const result = ready.get(yielded);
      if (result) {
        ready.delete(yielded);
        charsAhead -= charsOf.get(yielded) ?? 0;
        charsOf.delete(yielded);
        yielded++;
        yield result;
        continue;
      }
      // This thread's own share: the oldest input not given to a worker, else one a worker has not reached.
      const own = pending.shift() ?? pool.steal();
      if (own) {
        ready.set(own.index, analyzeOne(setup, own.input, own.index, analyzeOptions));
        // Let the workers' answers in (they arrive as macrotasks, which a loop of awaits never reaches),
        // so they get new batches while this thread works.
        await new Promise<void>((resolve) => setImmediate(resolve));
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
