// The producer: documents from a folder of files or a JSONL file become one job each. A job's id is the
// document's content key, so enqueuing the same corpus twice adds nothing that is still queued, and a
// worker skips what is already stored.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RunStore } from './store';

/** What a job carries: text (from JSONL) or the file's bytes, base64, ingested by the worker. */
export type JobData =
  | { key: string; name: string; text: string; lang?: string }
  | { key: string; name: string; bytes: string };

export interface EnqueueOptions {
  /** Analysis attempts per document before it goes to the dead-letter list. */
  attempts: number;
  /** First retry delay; each further retry waits twice as long. */
  backoffMs: number;
}

function contentKey(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return 'doc-' + hash.digest('hex').slice(0, 40);
}

/** `{ name, text, lang? }` per line; blank lines are skipped, anything else malformed stops the run. */
async function* fromJsonl(path: string): AsyncGenerator<JobData> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let d: { name?: unknown; text?: unknown; lang?: unknown } | null;
    try {
      d = JSON.parse(line);
    } catch (error) {
      throw new Error(`${path}:${n}: not JSON (${(error as Error).message})`);
    }
    if (typeof d?.name !== 'string' || typeof d.text !== 'string') {
      throw new Error(`${path}:${n}: expected {"name": string, "text": string, "lang"?: string}`);
    }
    const lang = typeof d.lang === 'string' ? d.lang : undefined;
    const key = contentKey(d.name, lang ?? '', d.text);
    yield lang ? { key, name: d.name, text: d.text, lang } : { key, name: d.name, text: d.text };
  }
}

/** The files directly in a folder, hidden ones skipped, in name order. */
async function* fromFolder(dir: string): AsyncGenerator<JobData> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
  for (const name of files.sort()) {
    const bytes = await readFile(join(dir, name));
    yield { key: contentKey(name, bytes), name, bytes: bytes.toString('base64') };
  }
}

export async function* readDocuments(path: string): AsyncGenerator<JobData> {
  yield* (await stat(path)).isDirectory() ? fromFolder(path) : fromJsonl(path);
}

/**
 * Adds one job per document, in bulks, then marks the run sealed so a collector knows the total is
 * final. Returns the number of distinct documents of this input.
 */
export async function enqueue(
  store: RunStore,
  documents: AsyncIterable<JobData>,
  options: EnqueueOptions,
  onProgress: (count: number) => void = () => {},
): Promise<number> {
  await store.redis.del(store.key('sealed'));
  const names = new Set<string>();
  let bulk: JobData[] = [];
  const flush = async () => {
    const jobs = bulk.map((data) => ({
      name: 'analyse',
      data,
      opts: {
        jobId: data.key,
        attempts: options.attempts,
        backoff: { type: 'exponential', delay: options.backoffMs },
        removeOnComplete: true,
        removeOnFail: false,
      },
    }));
    await store.queue.addBulk(jobs);
    // After the jobs: a crash in between leaves a job the total does not count yet, never a
    // counted document without a job.
    await store.redis.sadd(store.key('docs'), ...bulk.map((d) => d.key));
    bulk = [];
    onProgress(names.size);
  };
  for await (const doc of documents) {
    if (names.has(doc.name)) throw new Error(`Two documents are named ${JSON.stringify(doc.name)}.`);
    names.add(doc.name);
    bulk.push(doc);
    if (bulk.length >= 500) await flush();
  }
  if (bulk.length > 0) await flush();
  await store.redis.set(store.key('sealed'), String(Date.now()));
  return names.size;
}
