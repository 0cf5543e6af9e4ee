import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';

export type Format = 'html' | 'md' | 'json';

export interface CliOptions {
  inputs: string[];
  /** Output path; `-` writes to stdout. */
  out: string;
  format: Format;
  lang?: string;
  referenceDate?: string;
  concurrency: number;
  quiet: boolean;
}

export type Parsed =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'usage'; message: string };

export const USAGE = `Usage: news-compare <folder|files…> [options]

Reads news articles (text, Markdown, HTML, JSON) about one story, in any mix of languages, and
writes one report of what they agree on, where they contradict each other and what only one says.

Options
  -o, --out <file>              where to write the report (default: report.<format>; "-" = stdout)
  -f, --format <html|md|json>   report format (default: from --out's extension, else html)
      --lang <xx>               language of every input (BCP 47), instead of detecting it
      --reference-date <date>   YYYY-MM-DD to resolve dates written without a year
      --concurrency <n>         files read and analysed at once, 1-64 (default: min(4, CPUs))
  -q, --quiet                   no progress and no summary; failures still go to stderr
  -h, --help                    show this help

Exit codes
  0  every file was read and the report was written
  1  some files failed (listed with their error codes); the report covers the rest
  1  no file could be read: nothing written
  2  usage error
  3  internal error: no report written

Examples
  news-compare articles/ --out report.html
  news-compare a.txt b.html c.json --format md --out - > report.md`;

const FORMATS: Record<string, Format> = { html: 'html', htm: 'html', md: 'md', markdown: 'md', json: 'json' };

export function parseCliArgs(argv: string[]): Parsed {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { kind: 'usage', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0)
    return { kind: 'usage', message: 'Give at least one folder or file to compare.' };

  let format: Format | undefined;
  if (values.format !== undefined) {
    format = FORMATS[values.format.toLowerCase()];
    if (!format)
      return { kind: 'usage', message: `--format must be html, md or json, not "${values.format}".` };
  } else if (values.out !== undefined && values.out !== '-') {
    format = FORMATS[extname(values.out).slice(1).toLowerCase()];
  }
  format ??= 'html';
  const out = values.out ?? `report.${format}`;
  if (out === '') return { kind: 'usage', message: '--out needs a file name (or "-" for stdout).' };

  if (values.lang !== undefined && !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/.test(values.lang)) {
    return {
      kind: 'usage',
      message: `--lang must be a BCP 47 language tag such as en, ja or zh-Hant, not "${values.lang}".`,
    };
  }
  const date = values['reference-date'];
  if (date !== undefined && !isIsoDate(date)) {
    return { kind: 'usage', message: `--reference-date must be a date written YYYY-MM-DD, not "${date}".` };
  }
  let concurrency = Math.max(1, Math.min(4, availableParallelism()));
  if (values.concurrency !== undefined) {
    const n = Number(values.concurrency);
    if (!Number.isInteger(n) || n < 1 || n > 64) {
      return {
        kind: 'usage',
        message: `--concurrency must be a whole number from 1 to 64, not "${values.concurrency}".`,
      };
    }
    concurrency = n;
  }
  return {
    kind: 'run',
    options: {
      inputs: positionals,
      out,
      format,
      ...(values.lang !== undefined ? { lang: values.lang } : {}),
      ...(date !== undefined ? { referenceDate: date } : {}),
      concurrency,
      quiet: values.quiet === true,
    },
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string' },
      'reference-date': { type: 'string' },
      concurrency: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}
