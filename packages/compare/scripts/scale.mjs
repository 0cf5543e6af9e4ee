// How compare() grows with the number of documents. Builds synthetic AnalyzedDocuments by analysing the
// seeds once and copying them under new names (r0001-<seed>, …), times compare() at each size and
// prints the growth exponent between consecutive sizes (1 = linear, 2 = quadratic). Run after `pnpm build`:
//   node packages/compare/scripts/scale.mjs [--sizes 100,200,400] [--max-seconds 120]
// A size is skipped when the previous one predicts it to take longer than --max-seconds.
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, compare } from '@corpus/compare';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,200,400' },
    'max-seconds': { type: 'string', default: '120' },
  },
});
const sizes = args.sizes.split(',').map(Number);
const maxMs = Number(args['max-seconds']) * 1000;

const seeds = new URL('../../../seeds/', import.meta.url);
const base = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  // A fixed reference date, so compare() re-analyses nothing and only the comparison is timed.
  .map((f) =>
    analyze({ name: f, text: readFileSync(new URL(f, seeds), 'utf8') }, { referenceDate: '2026-01-05' }),
  );

/** The k-th copy of a seed's analysis, renamed everywhere a document name appears. */
function copy(a, k) {
  const name = `r${String(Math.floor(k / base.length)).padStart(5, '0')}-${a.document.source.name}`;
  const rename = (fact) => ({ ...fact, source: name, evidence: { ...fact.evidence, source: name } });
  return {
    ...a,
    document: { ...a.document, id: `${a.document.id}-${k}`, source: { ...a.document.source, name } },
    facts: a.facts.map(rename),
  };
}

const timings = [];
for (const n of sizes) {
  const last = timings.at(-1);
  if (last) {
    const predicted = last.ms * (n / last.n) ** 2;
    if (predicted > maxMs) {
      console.log(`${n} documents: skipped (quadratic growth predicts ${(predicted / 1000).toFixed(0)} s)`);
      continue;
    }
  }
  const docs = Array.from({ length: n }, (_, k) => copy(base[k % base.length], k));
  const t0 = performance.now();
  const c = compare(docs, { referenceDate: '2026-01-05' });
  const ms = performance.now() - t0;
  const heap = process.memoryUsage().heapUsed / 1e6;
  let line = `${n} documents: compare ${(ms / 1000).toFixed(2)} s, ${c.facts.length} facts, heap ${heap.toFixed(0)} MB`;
  if (last)
    line += `; growth exponent vs ${last.n}: ${(Math.log(ms / last.ms) / Math.log(n / last.n)).toFixed(2)}`;
  console.log(line);
  timings.push({ n, ms });
}
