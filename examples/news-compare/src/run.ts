import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
  type AnalyzedDocument,
  analyze,
  type Comparison,
  compare,
  renderHtml,
  renderJson,
  renderMarkdown,
} from '@corpus/compare';
import { type Document, ingestFile } from '@corpus/ingest';
import type { CliOptions } from './args';
import { createProgress } from './progress';

interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  cwd: string;
}

interface Input {
  name: string;
  path: string;
}

interface Outcome extends Input {
  analysed?: AnalyzedDocument;
  error?: { code: string; message: string };
}

/** Folders expand to the files directly in them (hidden files skipped), in name order. */
async function expand(inputs: string[], cwd: string): Promise<Input[]> {
  const found: Input[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      found.push({ name: basename(path), path });
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    const names = entries
      .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
      .map((e) => e.name)
      .sort();
    for (const name of names) found.push({ name, path: join(path, name) });
  }
  // Two inputs with one file name would be one source in the report: name them by path instead.
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  return found.map((f) =>
    (counts.get(f.name) ?? 0) > 1 ? { ...f, name: relative(cwd, f.path) || f.path } : f,
  );
}

function errorOf(error: unknown, fallback: string): { code: string; message: string } {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' && /^E_[A-Z_]+$/.test(e.code) ? e.code : fallback;
  return { code, message: String(e?.message ?? error).split('\n')[0]! };
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

/** Display width: East Asian wide characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[\d,]*$/.test(r[i] ?? '')));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - width(c));
        return numeric[i] ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

function render(comparison: Comparison, analysed: AnalyzedDocument[], options: CliOptions): string {
  if (options.format === 'json') return renderJson(comparison);
  if (options.format === 'md') return renderMarkdown(comparison);
  return renderHtml(comparison, { documents: analysed });
}

/** Runs the CLI and returns its exit code (0 ok, 1 some files failed). Usage errors are caught before. */
export async function run(options: CliOptions, io: Io): Promise<number> {
  const inputs = await expand(options.inputs, io.cwd);
  const mode = options.quiet ? 'quiet' : io.stderr.isTTY ? 'tty' : 'lines';
  const progress = createProgress(io.stderr, mode, inputs.length * 2 + 2);
  const outcomes: Outcome[] = inputs.map((i) => ({ ...i }));
  const ingestOptions = {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  };
  const analyseOptions = options.referenceDate ? { referenceDate: options.referenceDate } : {};

  await pool(outcomes, options.concurrency, async (o) => {
    let document: Document;
    try {
      document = await ingestFile(o.path, { ...ingestOptions, name: o.name });
      progress.step('ingest', o.name, `${document.lang}, ${n(document.text.length)} characters`);
    } catch (error) {
      o.error = errorOf(error, 'E_IO');
      progress.fail(o.name, o.error.code, o.error.message, 2);
      return;
    }
    try {
      o.analysed = analyze(document, analyseOptions);
      progress.step(
        'analyse',
        o.name,
        `${o.analysed.mentions.length} mentions, ${o.analysed.facts.length} facts`,
      );
    } catch (error) {
      o.error = errorOf(error, 'E_ANALYZE');
      progress.fail(o.name, o.error.code, o.error.message, 1);
    }
  });

  const analysed = outcomes.flatMap((o) => (o.analysed ? [o.analysed] : []));
  const failed = outcomes.filter((o) => o.error);
  const report = (text: string) => {
    if (!options.quiet) (options.out === '-' ? io.stderr : io.stdout).write(text);
  };
  const listFailures = () =>
    failed.length
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
    if (options.quiet) io.stderr.write(listFailures());
    else report(listFailures());
    return 1;
  }

  const comparison = compare(analysed, analyseOptions);
  progress.step('compare', `${analysed.length} documents`);
  const text = render(comparison, analysed, options);
  const outPath = resolve(io.cwd, options.out);
  if (options.out === '-') io.stdout.write(text);
  else {
    await mkdir(dirname(outPath), { recursive: true });
    await writeFile(outPath, text);
  }
  progress.step('render', options.out === '-' ? 'stdout' : relative(io.cwd, outPath));
  progress.done();

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
  report(
    [
      formatTable(['file', 'lang', 'characters', 'sentences', 'mentions', 'facts', 'status'], rows),
      '',
      `${analysed.length} of ${inputs.length} files compared · languages: ${langs.join(', ')}`,
      [
        plural(comparison.conflicts.length, 'disagreement'),
        plural(comparison.agreements.length, 'agreement'),
        plural(comparison.entities.length, 'entity', 'entities'),
      ].join(' · '),
      options.out === '-'
        ? `report (${options.format}, ${n(size)} bytes) written to stdout`
        : `wrote ${relative(io.cwd, outPath) || outPath} (${options.format}, ${n(size)} bytes)`,
      '',
    ].join('\n') + listFailures(),
  );
  if (options.quiet && failed.length) io.stderr.write(listFailures());
  return failed.length ? 1 : 0;
}
