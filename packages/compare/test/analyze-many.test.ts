import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Document, ingestFile } from '@corpus/ingest';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AnalyzeManyInput,
  type AnalyzeManyResult,
  analyze,
  analyzeMany,
  CompareError,
  createAnalyzer,
} from '../src/index';

// analyzeMany with workers runs the built worker (dist/worker.js): turbo builds before testing.
const seeds = new URL('../../../seeds/', import.meta.url);
const threadModule = new URL('./modules/thread-segmenter.mjs', import.meta.url).href;
const slowWorkerModule = new URL('./modules/slow-worker-segmenter.mjs', import.meta.url).href;
let docs: Document[] = [];

beforeAll(async () => {
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  docs = await Promise.all(files.map((f) => ingestFile(fileURLToPath(new URL(f, seeds)))));
});

async function collect(results: AsyncIterable<AnalyzeManyResult>): Promise<AnalyzeManyResult[]> {
  const out: AnalyzeManyResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

const bad = { name: 'broken.txt', body: 'no text field' } as unknown as AnalyzeManyInput;
const unreadable: AnalyzeManyInput = {
  kind: 'error',
  name: 'gone.txt',
  path: '/nowhere/gone.txt',
  code: 'E_IO',
  message: 'Could not read /nowhere/gone.txt.',
};

describe('analyzeMany', () => {
  it('in worker threads gives what sequential analyze gives, in input order, one error record per bad input', async () => {
    const referenceDate = '2026-01-05';
    const inputs: AnalyzeManyInput[] = [...docs.slice(0, 2), bad, ...docs.slice(2), unreadable];
    let pulled = 0;
    let maxAhead = 0;
    let consumed = 0;
    let closed = false;
    async function* feed() {
      try {
        for (const input of inputs) {
          pulled++;
          maxAhead = Math.max(maxAhead, pulled - consumed);
          yield input;
        }
      } finally {
        closed = true;
      }
    }
    const results: AnalyzeManyResult[] = [];
    for await (const r of analyzeMany(feed(), { concurrency: 2, referenceDate })) {
      results.push(r);
      consumed++;
    }
    expect(closed).toBe(true);
    // never more than 256 × concurrency inputs read ahead of the one being yielded (+1: the one being read)
    expect(maxAhead).toBeLessThanOrEqual(256 * 2 + 1);
    expect(results).toHaveLength(inputs.length);
    const names = results.map((r) => (r.kind === 'error' ? `error:${r.name}` : r.document.source.name));
    expect(names).toEqual([
      docs[0]!.source.name,
      docs[1]!.source.name,
      'error:broken.txt',
      ...docs.slice(2).map((d) => d.source.name),
      'error:gone.txt',
    ]);
    expect(results[2]).toMatchObject({ kind: 'error', index: 2, code: 'E_INVALID_INPUT' });
    expect(results.at(-1)).toEqual({
      kind: 'error',
      index: inputs.length - 1,
      name: 'gone.txt',
      code: 'E_IO',
      message: 'Could not read /nowhere/gone.txt.',
    });
    const analysed = results.filter(
      (r): r is Exclude<AnalyzeManyResult, { kind: 'error' }> => r.kind === 'analyzed',
    );
    expect(analysed).toEqual(docs.map((d) => analyze(d, { referenceDate })));
    expect(analysed.every((a) => a.referenceDate === referenceDate)).toBe(true);
  });

  it('with concurrency 1 analyses in this thread, with the same records', async () => {
    const short = { name: 'short.txt', lang: 'en', text: 'Acme hired Anna Weber in 2019.' };
    const inputs = [docs[3]!, bad, short];
    const results = await collect(analyzeMany(inputs, { concurrency: 1 }));
    expect(results[0]).toEqual(analyze(docs[3]!));
    expect(results[1]).toMatchObject({
      kind: 'error',
      index: 1,
      name: 'broken.txt',
      code: 'E_INVALID_INPUT',
    });
    expect(results[2]).toEqual(analyze(short));
  });

  it('stops reading its input when the caller stops early', async () => {
    let closed = false;
    function* feed() {
      try {
        yield* docs;
      } finally {
        closed = true;
      }
    }
    for await (const r of analyzeMany(feed(), { concurrency: 2 })) {
      expect(r.kind).toBe('analyzed');
      break;
    }
    expect(closed).toBe(true);
  });

  it('keeps its workers warm for the next call, which brings its own options', async () => {
    const { segmenter } = await import(threadModule);
    const analyzer = createAnalyzer({ segmenter, workerModule: threadModule });
    const text = 'Anna Weber joined Acme Corp in March 2019. She left on 5 January.';
    const inputs = Array.from({ length: 60 }, (_, i) => ({ name: `${i}.txt`, text, lang: 'en' }));
    const here = analyzer.analyze(inputs[0]!).segmentation.segmenter;
    const threadsOf = async (referenceDate: string) => {
      const names = new Set<string>();
      let i = 0;
      for await (const r of analyzer.analyzeMany(inputs, { concurrency: 2, referenceDate })) {
        if (r.kind !== 'analyzed') throw new Error(r.message);
        const expected = analyzer.analyze(inputs[i++]!, { referenceDate });
        const { segmenter: name } = r.segmentation;
        expect(r).toEqual({ ...expected, segmentation: { ...expected.segmentation, segmenter: name } });
        names.add(name);
      }
      names.delete(here);
      return names;
    };
    const first = await threadsOf('2026-01-10');
    const second = await threadsOf('2025-03-01');
    expect(first.size).toBe(1);
    expect(second).toEqual(first);
  });

  it('analyses in this thread the inputs a slow worker holds behind its current batch', async () => {
    const { segmenter } = await import(slowWorkerModule);
    const analyzer = createAnalyzer({ segmenter, workerModule: slowWorkerModule });
    const text = 'Anna Weber joined Acme Corp in March 2019.';
    const here = analyzer.analyze({ name: 'here.txt', text, lang: 'en' }).segmentation.segmenter;
    // A first call starts the worker: only a worker that has answered once is relieved of inputs.
    const warmUp = [1, 2].map((i) => ({ name: `${i}.txt`, text, lang: 'en' }));
    for await (const r of analyzer.analyzeMany(warmUp, { concurrency: 2 })) expect(r.kind).toBe('analyzed');
    const inputs = Array.from({ length: 200 }, (_, i) => ({ name: `${i}.txt`, text, lang: 'en' }));
    const threads: string[] = [];
    for await (const r of analyzer.analyzeMany(inputs, { concurrency: 2 })) {
      if (r.kind !== 'analyzed') throw new Error(r.message);
      expect(r.document.source.name).toBe(inputs[threads.length]!.name);
      threads.push(r.segmentation.segmenter);
    }
    // Without sharing, this thread would keep only the inputs the worker was not given (72 of 200)
    // and wait for the worker (20 ms a document) to work through the other 128.
    const mine = threads.filter((name) => name === here).length;
    expect(mine).toBeGreaterThan(inputs.length / 2);
    expect(mine).toBeLessThan(inputs.length);
  });

  it('throws only on misuse', async () => {
    const codeOf = async (run: () => Promise<unknown>) =>
      run().then(
        () => 'resolved',
        (e) => (CompareError.isInstance(e) ? e.code : String(e)),
      );
    expect(await codeOf(() => analyzeMany(42 as never).next())).toBe('E_INVALID_INPUT');
    expect(await codeOf(() => analyzeMany('text' as never).next())).toBe('E_INVALID_INPUT');
    expect(await codeOf(() => analyzeMany(docs, { concurrency: 0 }).next())).toBe('E_INVALID_INPUT');
    expect(await codeOf(() => analyzeMany(docs, { concurrency: 1.5 }).next())).toBe('E_INVALID_INPUT');
    expect(await codeOf(() => analyzeMany(docs, { referenceDate: 'soon' }).next())).toBe(
      'E_INVALID_REFERENCE_DATE',
    );
  });
});
