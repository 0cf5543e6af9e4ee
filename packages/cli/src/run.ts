import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import {
  type AnalyzedDocument,
  analyze,
  type Comparison,
  compare,
  renderHtml,
  renderJson,
  renderMarkdown,
} from '@corpus/compare';
import { type Document, ingestBytes, ingestFile } from '@corpus/ingest';
import { type CliOptions, STDIN } from './args';
import { withMinConfidence } from './confidence';
import { expandInputs, type Input, readLimited } from './inputs';
import { createProgress, type Progress } from './progress';
import { formatSize } from './size';
import { formatTable } from './table';

export interface Io {
  /** Prefix of the one-line messages: `corpus-compare`. */
  program: string;
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  cwd: string;
}

interface Failure {
  code: string;
  message: string;
}

interface Outcome extends Input {
  analysed?: AnalyzedDocument;
  error?: Failure;
}

function errorOf(error: unknown, fallback: string): Failure {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' && /^E_[A-Z_]+$/.test(e.code) ? e.code : fallback;
  return { code, message: String(e?.message ?? error).split('\n')[0]! };
}

/** The library's message names its `{ maxBytes }` option; a CLI user needs the flag instead. */
async function tooLarge(input: Input, maxBytes: number): Promise<Failure> {
  const size = input.path === STDIN ? undefined : (await stat(input.path).catch(() => undefined))?.size;
  const is = size === undefined ? 'is larger than' : `is ${formatSize(size)} (${n(size)} bytes), over`;
  return {
    code: 'E_TOO_LARGE',
    message: `${input.name} ${is} --max-bytes ${formatSize(maxBytes)}; split it or raise --max-bytes.`,
  };
}

async function pool<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

function render(comparison: Comparison, analysed: AnalyzedDocument[], options: CliOptions): string {
  if (options.format === 'json') return renderJson(comparison);
  if (options.format === 'md') return renderMarkdown(comparison);
  return renderHtml(comparison, { documents: analysed });
}

async function ingestOne(input: Input, options: CliOptions, io: Io): Promise<Document> {
  const ingestOptions = {
    name: input.name,
    maxBytes: options.maxBytes,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  };
  if (input.unreadable) {
    const message = `Cannot list the folder ${input.path}: ${input.unreadable}; check its permissions.`;
    throw Object.assign(new Error(message), { code: 'E_IO' });
  }
  if (input.path !== STDIN) return ingestFile(input.path, ingestOptions);
  const bytes = await readLimited(io.stdin, options.maxBytes);
  if (!bytes) throw Object.assign(new Error('stdin is too large'), { code: 'E_TOO_LARGE' });
  return ingestBytes(bytes, ingestOptions);
}

/** Ingests and analyses every input, `concurrency` at a time; a bad file becomes its outcome's error. */
async function analyseAll(inputs: Input[], options: CliOptions, io: Io, progress: Progress) {
  const outcomes: Outcome[] = inputs.map((i) => ({ ...i }));
  const analyseOptions = options.referenceDate ? { referenceDate: options.referenceDate } : {};
  await pool(outcomes, options.concurrency, async (o) => {
    let document: Document;
    try {
      document = await ingestOne(o, options, io);
      progress.step('ingest', o.name);
    } catch (error) {
      const failure = errorOf(error, 'E_IO');
      o.error = failure.code === 'E_TOO_LARGE' ? await tooLarge(o, options.maxBytes) : failure;
      progress.fail(o.name, o.error.code, o.error.message, 2);
      return;
    }
    try {
      o.analysed = analyze(document, analyseOptions);
      progress.step('analyse', o.name);
    } catch (error) {
      o.error = errorOf(error, 'E_ANALYZE');
      progress.fail(o.name, o.error.code, o.error.message, 1);
    }
  });
  return outcomes;
}

function summary(
  comparison: Comparison,
  outcomes: Outcome[],
  where: string,
  text: string,
  options: CliOptions,
  dropped: number,
) {
  const byName = new Map(comparison.documents.map((d) => [d.name, d]));
  const rows = outcomes.map((o) => {
    const d = o.analysed ? byName.get(o.analysed.document.source.name) : undefined;
    if (o.error || !d) return [o.name, '', '', '', '', '', o.error?.code ?? 'missing'];
    return [
      o.name,
      d.lang,
      n(d.characters),
      n(d.sentences),
      n(d.mentions),
      n(o.analysed!.facts.length),
      'ok',
    ];
  });
  const langs = [...new Set(comparison.documents.map((d) => d.lang))];
  const size = Buffer.byteLength(text);
  return [
    formatTable(['file', 'lang', 'characters', 'sentences', 'mentions', 'facts', 'status'], rows),
    '',
    `${comparison.documents.length} of ${outcomes.length} files compared · languages: ${langs.join(', ')}`,
    [
      plural(comparison.conflicts.length, 'disagreement'),
      plural(comparison.agreements.length, 'agreement'),
      plural(comparison.entities.length, 'entity', 'entities'),
      ...(dropped ? [`${n(dropped)} below --min-confidence ${options.minConfidence} left out`] : []),
    ].join(' · '),
    options.out === '-'
      ? `report (${options.format}, ${n(size)} bytes) written to stdout`
      : `wrote ${where} (${options.format}, ${n(size)} bytes)`,
    '',
  ].join('\n');
}

/**
 * Runs the CLI and returns its exit code: 0 every file compared and the report written; 1 some files
 * failed (the report covers the rest), none could be read, or the report could not be written.
 * Usage errors (2) are caught before; internal errors (3) are thrown to the caller.
 */
export async function run(options: CliOptions, io: Io): Promise<number> {
  const inputs = await expandInputs(options.inputs, io.cwd);
  const onTerminal = !options.quiet && io.stderr.isTTY === true;
  if (onTerminal && io.stdin.isTTY && inputs.some((i) => i.path === STDIN))
    io.stderr.write('Reading an article from standard input; end it with Ctrl-D.\n');
  const progress = createProgress(io.stderr, onTerminal ? 'tty' : 'quiet', inputs.length * 2 + 2);
  const outcomes = await analyseAll(inputs, options, io, progress);

  const analysed = outcomes.flatMap((o) => (o.analysed ? [o.analysed] : []));
  const failed = outcomes.filter((o) => o.error);
  const report = (text: string) => {
    if (!options.quiet) (options.out === '-' ? io.stderr : io.stdout).write(text);
  };
  const failures = failed.length
    ? `\nFailed (${failed.length}):\n${formatTable(
        ['file', 'code', 'message'],
        failed.map((f) => [f.name, f.error!.code, f.error!.message]),
      )}\n`
    : '';

  if (analysed.length === 0) {
    progress.done();
    io.stderr.write(
      `${inputs.length === 0 ? 'No files found in the given folders.' : 'No file could be read, so no report was written.'}\n`,
    );
    if (options.quiet) io.stderr.write(failures);
    else report(failures);
    return 1;
  }

  const analyseOptions = options.referenceDate ? { referenceDate: options.referenceDate } : {};
  const { comparison, dropped } = withMinConfidence(compare(analysed, analyseOptions), options.minConfidence);
  progress.step('compare', `${analysed.length} documents`);
  const text = render(comparison, analysed, options);
  const outPath = resolve(io.cwd, options.out);
  const where = relative(io.cwd, outPath) || outPath;
  if (options.out === '-') io.stdout.write(text);
  else {
    try {
      await mkdir(dirname(outPath), { recursive: true });
      await writeFile(outPath, text);
    } catch (error) {
      progress.done();
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr.write(
        `${io.program}: cannot write the report to ${where} (${code}); choose another --out.\n`,
      );
      return 1;
    }
  }
  progress.step('render', options.out === '-' ? 'stdout' : where);
  progress.done();
  report(summary(comparison, outcomes, where, text, options, dropped) + failures);
  if (options.quiet && failed.length) io.stderr.write(failures);
  return failed.length ? 1 : 0;
}
