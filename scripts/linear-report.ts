// Every public function that reads text, over every pathological shape (scripts/pathological.ts), in
// every supported language: the CPU time at n and 4n characters, and whether the 4n input stays under
// the limits (< 1 s, and < 5× the time of n). A report, not a test: `pnpm linear` after a build.
//   pnpm linear [--n 20000] [--lang en,ja] [--shape spaces] [--fn analyze] [--out FILE] [--one-process]
// Each language's rows (and the language-free functions' rows) run in a process of their own: once a
// process has compiled about 1 MB of regular-expression code and holds 16 MB of executable code, V8
// compiles new expressions without its optimisations (`TooMuchRegExpCode`), so in one process for
// everything a row's time depended on the rows before it (compareTexts ru 0.6 s alone, 2.3 s after
// seven languages; RELIABILITY.md, "Session 12"). `--one-process` measures everything in this one.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SUPPORTED_LANGUAGES } from '../packages/core/src/index';
import { checkRow, type RowCheck, type RowMeasure, selfCheck } from './linear-time';
import { PATHOLOGICAL_SHAPES } from './pathological';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20000' },
    lang: { type: 'string' },
    shape: { type: 'string' },
    fn: { type: 'string' },
    out: { type: 'string' },
    'one-process': { type: 'boolean', default: false },
    // Internal: the rows of one group ('und', or a language) in this process, each printed as JSON.
    group: { type: 'string' },
  },
});

const ingest = await import('../packages/ingest/dist/index.js');
const segmentPkg = await import('../packages/segment/dist/index.js');
const entities = await import('../packages/entities/dist/index.js');
const compare = await import('../packages/compare/dist/index.js');

type Run = (text: string, lang: string) => unknown;

/** Every offset of a segmentation's token table, summed: what a user who needs offsets reads. */
function readTokenTable(seg: ReturnType<typeof segmentPkg.segment>): number {
  const { length, starts, ends } = segmentPkg.tokenTable(seg);
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (ends[i] as number) - (starts[i] as number);
  return sum;
}

/**
 * The public functions that read text, each run the way a user calls it. `extra` ones run only when
 * named with `--fn`: `segmentTokens` is `segment` with every token object made (`Segmentation.tokens`
 * read), the cost of V8 allocating N live objects (RELIABILITY.md).
 */
const FUNCTIONS: Record<string, { perLanguage: boolean; run: Run; extra?: boolean }> = {
  ingestText: { perLanguage: false, run: (text) => ingest.ingestText(text, { format: 'text' }) },
  ingestHtml: {
    perLanguage: false,
    run: (text) => ingest.ingestBytes(new TextEncoder().encode(text), { name: 'x.html', format: 'html' }),
  },
  segment: { perLanguage: true, run: (text, lang) => readTokenTable(segmentPkg.segment(text, { lang })) },
  segmentTokens: {
    perLanguage: true,
    extra: true,
    run: (text, lang) => segmentPkg.segment(text, { lang }).tokens,
  },
  extractMentions: {
    perLanguage: true,
    run: (text, lang) => entities.extractMentions({ text, lang }, { referenceDate: '2026-01-10' }),
  },
  analyze: { perLanguage: true, run: (text, lang) => compare.analyze({ name: 'x.txt', text, lang }) },
  compareTexts: {
    perLanguage: true,
    run: (text, lang) =>
      compare.compareTexts([
        { name: 'a.txt', text, lang },
        { name: 'b.txt', text: text.slice(0, text.length >> 1), lang },
      ]),
  },
};

const pick = <T>(all: readonly T[], list: string | undefined) =>
  list ? all.filter((x) => list.split(',').includes(String(x))) : all;

const LIMITS = { maxMs: 1000, maxRatio: 5 };

/** The check itself, checked before any row is trusted (see `selfCheck`). */
function selfTest(size: number): void {
  for (const { what, ok, expected, detail } of selfCheck(size, LIMITS.maxRatio)) {
    if (ok !== expected) {
      console.error(`self-test failed, the measurements cannot be trusted: ${what}: ${detail}`);
      process.exit(2);
    }
    process.stderr.write(`self-test: ${what}: ${detail}, ${ok ? 'passes' : 'fails'} as it should\n`);
  }
}

const n = Number(values.n);
const cell = (m: RowMeasure) => `${m.smallMs.toFixed(1)} | ${m.largeMs.toFixed(1)} | ${m.ratio.toFixed(2)}`;

interface Row {
  shape: string;
  fn: string;
  lang: string;
  check: RowCheck;
}

const shapes = pick(Object.keys(PATHOLOGICAL_SHAPES), values.shape);
const functions = Object.entries(FUNCTIONS).filter(([k, f]) =>
  values.fn ? values.fn.split(',').includes(k) : !f.extra,
);
const languages = pick(SUPPORTED_LANGUAGES, values.lang);

/** The rows of `group` ('und': the functions that take no language; else one language), or of all. */
function measure(group: string | undefined, onRow: (row: Row) => void): void {
  for (const shape of shapes) {
    const make = PATHOLOGICAL_SHAPES[shape]!;
    for (const [name, fn] of functions) {
      const langs = fn.perLanguage ? languages : ['und'];
      for (const lang of langs) {
        if (group !== undefined && (fn.perLanguage ? lang !== group : group !== 'und')) continue;
        onRow({ shape, fn: name, lang, check: checkRow((text) => fn.run(text, lang), make, n, LIMITS) });
      }
    }
    process.stderr.write(`${group ?? 'all'}: ${shape}: done\n`);
  }
}

const rows: Row[] = [];
const order = (r: Row) => [
  shapes.indexOf(r.shape),
  functions.findIndex(([k]) => k === r.fn),
  r.lang === 'und' ? -1 : languages.indexOf(r.lang as (typeof languages)[number]),
];
const byOrder = (a: Row, b: Row) => {
  const [x, y] = [order(a), order(b)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
};

selfTest(n);
if (values.group !== undefined) {
  // A child: its rows as JSON lines for the parent.
  measure(values.group, (row) => console.log(`ROW ${JSON.stringify(row)}`));
  process.exit(0);
}
if (values['one-process']) {
  measure(undefined, (row) => {
    rows.push(row);
    if (row.check.rerun) console.log(rowLine(row));
  });
} else {
  const groups = ['und', ...languages].filter(
    (g) => g !== 'und' || functions.some(([, f]) => !f.perLanguage),
  );
  const forwarded = process.argv.slice(2).filter((a, i, all) => a !== '--out' && all[i - 1] !== '--out');
  for (const group of groups) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1]!, ...forwarded, '--group', group],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
    );
    if (child.status !== 0) {
      console.error(`linear-report: the process for ${group} ended with ${child.status ?? child.signal}`);
      process.exit(2);
    }
    for (const line of child.stdout.split('\n')) {
      if (!line.startsWith('ROW ')) continue;
      const row = JSON.parse(line.slice(4)) as Row;
      rows.push(row);
      if (row.check.rerun) console.log(rowLine(row));
    }
    // The table so far, after each process: a full run takes an hour on a loaded machine, and one
    // that is stopped early still leaves what it measured.
    if (values.out) writeFileSync(values.out, table(` (partial, up to "${group}")`));
  }
}

function rowLine({ shape, fn, lang, check }: Row): string {
  const { first, rerun, upward, ok } = check;
  const again = rerun ? cell(rerun) : ' | | ';
  const up = upward ? `${upward.largeMs.toFixed(1)} | ${upward.ratio.toFixed(2)}` : ' | ';
  return `| ${shape} | ${fn} | ${lang} | ${cell(first)} | ${again} | ${up} | ${ok ? 'ok' : '**FAIL**'} |`;
}

function table(status: string): string {
  const sorted = [...rows].sort(byOrder);
  const failures = sorted.filter((r) => !r.check.ok);
  const kept = sorted.map((r) => r.check.rerun ?? r.check.first);
  const worstMs = Math.max(0, ...kept.map((m) => m.largeMs));
  const worstRatio = Math.max(
    0,
    ...sorted.map((r) => {
      const m = r.check.rerun ?? r.check.first;
      return Math.min(m.ratio, r.check.upward?.ratio ?? m.ratio);
    }),
  );
  const where = values['one-process'] ? 'all in one process' : 'each language in a process of its own';
  return [
    `Linear-time report${status}: ${sorted.length} runs (shape × function × language; ${where}), n = ${n} and 4n = ${4 * n} characters, CPU ms.`,
    'Each time: CPU ms per call, the median of three samples, each repeating the call until it has taken 10 ms; a row over a limit is measured again, and, if that fails too and n takes under 10 ms, one size up (4n → 16n); it fails only if every measurement does.',
    `Limits: 4n under 1000 ms, and 4× the input under 5× the time. Failures: ${failures.length}. Slowest 4n (kept measurement): ${worstMs.toFixed(0)} ms; highest ratio: ×${worstRatio.toFixed(2)}.`,
    '',
    '| shape | function | lang | n (ms) | 4n (ms) | ratio | rerun n | rerun 4n | rerun ratio | 16n (ms) | 4n → 16n | |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...sorted.map(rowLine),
    '',
  ].join('\n');
}

const report = table('');
if (values.out) writeFileSync(values.out, report);
console.log(report.split('\n').slice(0, 3).join('\n'));
process.exit(rows.some((r) => !r.check.ok) ? 1 : 0);
