// Every public function that reads text, over every pathological shape (scripts/pathological.ts), in
// every supported language: the CPU time at n and 4n characters, and whether the 4n input stays under
// the limits (< 1 s, and < 5× the time of n). A report, not a test: `pnpm linear` after a build.
//   pnpm linear [--n 20000] [--lang en,ja] [--shape spaces] [--fn analyze] [--out FILE]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SUPPORTED_LANGUAGES } from '../packages/core/src/index';
import { checkRow, type RowMeasure, selfCheck } from './linear-time';
import { PATHOLOGICAL_SHAPES } from './pathological';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20000' },
    lang: { type: 'string' },
    shape: { type: 'string' },
    fn: { type: 'string' },
    out: { type: 'string' },
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
selfTest(n);
const rows: string[] = [];
const failures: string[] = [];
let count = 0;
let worstMs = 0;
let worstRatio = 0;
const cell = (m: RowMeasure) => `${m.smallMs.toFixed(1)} | ${m.largeMs.toFixed(1)} | ${m.ratio.toFixed(2)}`;
for (const shape of pick(Object.keys(PATHOLOGICAL_SHAPES), values.shape)) {
  const make = PATHOLOGICAL_SHAPES[shape]!;
  for (const [name, fn] of Object.entries(FUNCTIONS).filter(([k, f]) =>
    values.fn ? values.fn.split(',').includes(k) : !f.extra,
  )) {
    for (const lang of fn.perLanguage ? pick(SUPPORTED_LANGUAGES, values.lang) : ['und']) {
      const { first, rerun, upward, ok } = checkRow((text) => fn.run(text, lang), make, n, LIMITS);
      const kept = rerun ?? first;
      worstMs = Math.max(worstMs, kept.largeMs);
      worstRatio = Math.max(worstRatio, Math.min(kept.ratio, upward?.ratio ?? kept.ratio));
      count++;
      const again = rerun ? cell(rerun) : ' | | ';
      const up = upward ? `${upward.largeMs.toFixed(1)} | ${upward.ratio.toFixed(2)}` : ' | ';
      const row = `| ${shape} | ${name} | ${lang} | ${cell(first)} | ${again} | ${up} | ${ok ? 'ok' : '**FAIL**'} |`;
      rows.push(row);
      if (!ok) failures.push(row);
      if (rerun) console.log(row);
    }
  }
  process.stderr.write(`${shape}: done (${count} rows, ${failures.length} failing)\n`);
  // The table so far, after each shape: a full run takes an hour on a loaded machine, and one that is
  // stopped early still leaves what it measured.
  if (values.out) writeFileSync(values.out, table(` (partial, up to "${shape}")`));
}

function table(status: string): string {
  return [
    `Linear-time report${status}: ${count} runs (shape × function × language), n = ${n} and 4n = ${4 * n} characters, CPU ms.`,
    'Each time: CPU ms per call, the median of three samples, each repeating the call until it has taken 10 ms; a row over a limit is measured again, and, if that fails too and n takes under 10 ms, one size up (4n → 16n); it fails only if every measurement does.',
    `Limits: 4n under 1000 ms, and 4× the input under 5× the time. Failures: ${failures.length}. Slowest 4n (kept measurement): ${worstMs.toFixed(0)} ms; highest ratio: ×${worstRatio.toFixed(2)}.`,
    '',
    '| shape | function | lang | n (ms) | 4n (ms) | ratio | rerun n | rerun 4n | rerun ratio | 16n (ms) | 4n → 16n | |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const report = table('');
if (values.out) writeFileSync(values.out, report);
console.log(report.split('\n').slice(0, 3).join('\n'));
process.exit(failures.length > 0 ? 1 : 0);
