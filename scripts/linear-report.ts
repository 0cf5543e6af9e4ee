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

/** CPU ms of one call; a throw is a result too (misuse errors are fine, they are instant). */
function time(run: Run, text: string, lang: string): number {
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
      let ts = Math.min(time(fn.run, small, lang), time(fn.run, small, lang));
      let tl = time(fn.run, large, lang);
      // Noise only adds time: measure again before calling a row a failure.
      for (let retry = 0; retry < 2 && (tl >= 1000 || tl / Math.max(ts, 1) >= 5); retry++) {
        ts = Math.min(ts, time(fn.run, small, lang));
        tl = Math.min(tl, time(fn.run, large, lang));
      }
      const ratio = tl / Math.max(ts, 1);
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
}

const report = [
  `Linear-time report: ${count} runs (shape × function × language), n = ${n} and 4n = ${4 * n} characters, CPU ms.`,
  `Limits: 4n under 1000 ms and under 5× the time of n (small times floored at 1 ms). Failures: ${failures.length}.`,
  '',
  '| shape | function | lang | n (ms) | 4n (ms) | ratio | |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');
if (values.out) writeFileSync(values.out, report);
console.log(report.split('\n').slice(0, 2).join('\n'));
process.exit(failures.length > 0 ? 1 : 0);
