// Every public function that reads text, over every pathological shape (scripts/pathological.ts), in
// every supported language: the CPU time at n and 4n characters, and whether the 4n input stays under
// the limits (< 1 s, and < 5× the time of n). A report, not a test: `pnpm linear` after a build.
//   pnpm linear [--n 20000] [--lang en,ja] [--shape spaces] [--fn analyze] [--out FILE]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SUPPORTED_LANGUAGES } from '../packages/core/src/index';
import { cpuMs } from './linear-time';
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

/** The public functions that read text, each run the way a user calls it. */
const FUNCTIONS: Record<string, { perLanguage: boolean; run: Run }> = {
  ingestText: { perLanguage: false, run: (text) => ingest.ingestText(text, { format: 'text' }) },
  ingestHtml: {
    perLanguage: false,
    run: (text) => ingest.ingestBytes(new TextEncoder().encode(text), { name: 'x.html', format: 'html' }),
  },
  segment: { perLanguage: true, run: (text, lang) => segmentPkg.segment(text, { lang }) },
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

const collect = (globalThis as { gc?: () => void }).gc;

/**
 * CPU ms of one call, after a full collection so that no earlier garbage is charged to it (run with
 * `node --expose-gc`; `pnpm linear` does). A throw is a result too: misuse errors are instant.
 */
function time(run: Run, text: string, lang: string): number {
  collect?.();
  const t0 = cpuMs();
  try {
    run(text, lang);
  } catch {
    // a typed error on hostile input is an answer; the time is what matters here
  }
  return cpuMs() - t0;
}

const n = Number(values.n);
const rows: string[] = [];
const failures: string[] = [];
let count = 0;
for (const shape of pick(Object.keys(PATHOLOGICAL_SHAPES), values.shape)) {
  const make = PATHOLOGICAL_SHAPES[shape]!;
  const small = make(n);
  const large = make(4 * n);
  for (const [name, fn] of Object.entries(FUNCTIONS).filter(
    ([k]) => !values.fn || values.fn.split(',').includes(k),
  )) {
    for (const lang of fn.perLanguage ? pick(SUPPORTED_LANGUAGES, values.lang) : ['und']) {
      time(fn.run, small, lang);
      const least = (text: string, k: number) =>
        Math.min(...Array.from({ length: k }, () => time(fn.run, text, lang)));
      const ts = least(small, 3);
      const tl = least(large, 2);
      // Below ~10 ms the ratio is mostly timer, cache and collector noise: the growth is then taken
      // one size up (4n against 16n); the 1-second limit still applies at 4n.
      let ratio = tl / Math.max(ts, 1);
      if (ts < 10 || ratio >= 5) {
        const huge = make(16 * n);
        ratio = Math.min(ratio, least(huge, 2) / Math.max(least(large, 2), 1));
      }
      const ok = tl < 1000 && ratio < 5;
      count++;
      const row = `| ${shape} | ${name} | ${lang} | ${ts.toFixed(1)} | ${tl.toFixed(1)} | ${ratio.toFixed(2)} | ${ok ? 'ok' : '**FAIL**'} |`;
      rows.push(row);
      if (!ok) {
        failures.push(row);
        console.log(row);
      }
    }
  }
  process.stderr.write(`${shape}: done\n`);
  // The table so far, after each shape: a full run takes an hour on a loaded machine, and one that is
  // stopped early still leaves what it measured.
  if (values.out) writeFileSync(values.out, table(` (partial, up to "${shape}")`));
}

function table(status: string): string {
  return [
    `Linear-time report${status}: ${count} runs (shape × function × language), n = ${n} and 4n = ${4 * n} characters, CPU ms.`,
    `Limits: 4n under 1000 ms, and 4× the input under 5× the time (n → 4n, or 4n → 16n where n takes < 10 ms). Failures: ${failures.length}.`,
    '',
    '| shape | function | lang | n (ms) | 4n (ms) | ratio | |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const report = table('');
if (values.out) writeFileSync(values.out, report);
console.log(report.split('\n').slice(0, 2).join('\n'));
process.exit(failures.length > 0 ? 1 : 0);
