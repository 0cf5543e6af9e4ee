import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReferenceDate, SUPPORTED_LANGUAGES } from '@corpus/core';
import { DEFAULT_MAX_BYTES } from '@corpus/ingest';
import { checkLanguage } from './language';
import { formatSize, MAX_BYTES_LIMIT, parseSize } from './size';
import { closest } from './suggest';

export type Format = 'html' | 'md' | 'json';

/** The positional that reads one article from standard input. */
export const STDIN = '-';

export interface CliOptions {
  /** Folders, files, and `-` for standard input, in the order given. */
  inputs: string[];
  /** Output path; `-` writes to stdout. */
  out: string;
  format: Format;
  /** Canonical BCP 47 tag of every input, instead of detecting it. */
  lang?: string;
  /** ISO 8601 date, as given. */
  referenceDate?: string;
  concurrency: number;
  /** Largest file (or stdin) read, in bytes. */
  maxBytes: number;
  /** Findings rated below this confidence (0–1) are left out of the report; 0 keeps all. */
  minConfidence: number;
  quiet: boolean;
}

export type Parsed =
  | { kind: 'run'; options: CliOptions; warnings: string[] }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage'; message: string };

export const USAGE = `Usage: corpus-compare <folder|files…|-> [options]

Reads news articles (text, Markdown, HTML, JSON) about one story, in any mix of languages, and
writes one report of what they agree on, where they contradict each other and what only one says.
A folder stands for the files directly in it; "-" reads one article from standard input.

Options
  -o, --out <file>              where to write the report (default: report.<format>; "-" = stdout)
  -f, --format <html|md|json>   report format (default: from --out's extension, else html)
      --lang <tag>              language of every input (a BCP 47 tag), instead of detecting it;
                                fully supported: ${SUPPORTED_LANGUAGES.join(' ')}
      --reference-date <date>   ISO date (2026-01-08, 2026-01 or 2026) for dates without a year
      --max-bytes <size>        largest file read, e.g. 500KB, 50MB (default: ${formatSize(DEFAULT_MAX_BYTES).replace(' ', '')})
      --min-confidence <0-1>    leave out disagreements and agreements rated less sure than this,
                                e.g. 0.8 (default: 0, keep all; an unrated finding counts as 1)
      --concurrency <n>         files read and analysed at once, 1-64 (default: min(4, CPUs))
  -q, --quiet                   no progress, warnings or summary; failures still go to stderr
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes
  0  every file was read and the report was written
  1  some files failed (listed with their error codes; the report covers the rest),
     or nothing could be read or written
  2  usage error
  3  internal error: no report written

Examples
  corpus-compare articles/ --out report.html
  corpus-compare a.txt b.html c.json --format md --out - > report.md
  curl -s https://example.com/story.html | corpus-compare - other.txt -f json -o -`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  'reference-date': { type: 'string' },
  'max-bytes': { type: 'string' },
  'min-confidence': { type: 'string' },
  concurrency: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;
type Values = { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : true };

const FORMATS: Record<string, Format> = { html: 'html', htm: 'html', md: 'md', markdown: 'md', json: 'json' };

interface OptionToken {
  name: string;
  rawName: string;
  index: number;
  value?: string | undefined;
  inlineValue?: boolean | undefined;
}

/** What is wrong with one option as typed (`typed`: its whole argument), or undefined if nothing is. */
function optionProblem(token: OptionToken, typed: string | undefined): string | undefined {
  if (!Object.hasOwn(OPTIONS, token.name)) {
    const near = token.rawName.startsWith('--') ? closest(token.name, Object.keys(OPTIONS)) : undefined;
    // A short option inside a group (`-qz`, `-q=1`) is named with the argument it came from.
    const within = typed && !typed.startsWith('--') && typed !== token.rawName ? ` (in ${typed})` : '';
    return `unknown option ${token.rawName}${within}${near ? ` (did you mean --${near}?)` : ''}.`;
  }
  const type = OPTIONS[token.name as OptionName].type;
  if (type === 'boolean' && token.value !== undefined) return `${token.rawName} takes no value.`;
  if (type === 'string' && token.value === undefined) return `${token.rawName} needs a value.`;
  // `--out --format md` would otherwise write a file named "--format"; `--out=-x` still can, and a
  // negative number (`--concurrency -1`) gets its own option's message.
  if (type === 'string' && !token.inlineValue && /^-(?:-|[A-Za-z])/.test(token.value ?? ''))
    return `${token.rawName} needs a value, not the option ${token.value}.`;
  return undefined;
}

/**
 * Reads argv without throwing: node's parseArgs tokenises (non-strict), and every mistake becomes one
 * usage message in words a user knows, never parseArgs' own text.
 */
function readTokens(argv: string[]): { values: Values; inputs: string[]; problem?: string } {
  const { tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | true> = {};
  const inputs: string[] = [];
  let problem: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') inputs.push(token.value);
    if (token.kind !== 'option') continue;
    const issue = optionProblem(token, argv[token.index]);
    if (issue) problem ??= issue;
    else values[token.name] = token.value ?? true;
  }
  return { values: values as Values, inputs, ...(problem ? { problem } : {}) };
}

export function parseCliArgs(argv: string[]): Parsed {
  const { values, inputs, problem } = readTokens(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (problem) return usage(problem);
  if (inputs.length === 0) return usage('give at least one folder or file to compare, or - to read stdin.');
  if (inputs.filter((i) => i === STDIN).length > 1)
    return usage('- (standard input) can be given only once.');

  let format: Format | undefined;
  if (values.format !== undefined) {
    format = FORMATS[values.format.toLowerCase()];
    if (!format) return usage(`--format must be html, md or json, not "${values.format}".`);
  } else if (values.out !== undefined && values.out !== '-') {
    format = FORMATS[extname(values.out).slice(1).toLowerCase()];
  }
  format ??= 'html';
  const out = values.out ?? `report.${format}`;
  if (out === '') return usage('--out needs a file name (or - for stdout).');

  const warnings: string[] = [];
  let lang: string | undefined;
  if (values.lang !== undefined) {
    const checked = checkLanguage(values.lang);
    if (!checked.ok) return usage(checked.message);
    lang = checked.tag;
    if (!checked.supported) {
      warnings.push(
        `--lang ${checked.tag}: ${checked.name} is not a supported language (${SUPPORTED_LANGUAGES.join(', ')}); ` +
          'sentences come from Intl.Segmenter and names and numbers are found, but no facts, so nothing can agree or conflict.',
      );
    }
  }
  const date = values['reference-date'];
  if (date !== undefined && !parseReferenceDate(date)) {
    return usage(`--reference-date must be an ISO date such as 2026-01-08, 2026-01 or 2026, not "${date}".`);
  }
  const concurrency = readConcurrency(values.concurrency);
  if (typeof concurrency === 'string') return usage(concurrency);
  const maxBytes = readMaxBytes(values['max-bytes']);
  if (typeof maxBytes === 'string') return usage(maxBytes);
  const minConfidence = readMinConfidence(values['min-confidence']);
  if (typeof minConfidence === 'string') return usage(minConfidence);
  return {
    kind: 'run',
    options: {
      inputs,
      out,
      format,
      ...(lang !== undefined ? { lang } : {}),
      ...(date !== undefined ? { referenceDate: date } : {}),
      concurrency,
      maxBytes,
      minConfidence,
      quiet: values.quiet === true,
    },
    warnings,
  };
}

function usage(message: string): Parsed {
  return { kind: 'usage', message };
}

/** The number, or the usage message saying why not. */
function readConcurrency(text: string | undefined): number | string {
  if (text === undefined) return Math.max(1, Math.min(4, availableParallelism()));
  const n = Number(text);
  if (/^\d+$/.test(text) && n >= 1 && n <= 64) return n;
  return `--concurrency must be a whole number from 1 to 64, not "${text}".`;
}

function readMaxBytes(text: string | undefined): number | string {
  if (text === undefined) return DEFAULT_MAX_BYTES;
  const bytes = parseSize(text);
  if (bytes !== undefined && bytes >= 1 && bytes <= MAX_BYTES_LIMIT) return bytes;
  return `--max-bytes must be a size from 1 byte to 1GB such as 500KB or 50MB, not "${text}".`;
}

function readMinConfidence(text: string | undefined): number | string {
  if (text === undefined) return 0;
  const n = Number(text);
  if (/^(?:0|1|0?\.\d+|1\.0*)$/.test(text.trim()) && n >= 0 && n <= 1) return n;
  return `--min-confidence must be a number from 0 to 1 such as 0.8, not "${text}".`;
}
