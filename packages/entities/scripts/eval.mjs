// Runs the Recognizers-Text scorer over every language and kind and prints Markdown tables: one row
// per kind and language, then (numbers and units) one row per spec family and language.
//   pnpm --filter @corpus/entities build
//   node scripts/eval.mjs ../../../shared/eval/recognizers-eval.mjs [adapter] [--kinds number,numberwithunit]
// Development only: the scorer and its data live outside the repository.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const kindsAt = args.indexOf('--kinds');
const kinds = kindsAt >= 0 ? args.splice(kindsAt, 2)[1].split(',') : ['datetime', 'number', 'numberwithunit'];
const scorer = args[0];
const adapter = args[1] ?? fileURLToPath(new URL('./eval-adapter.mjs', import.meta.url));
if (!scorer) {
  console.error('usage: node scripts/eval.mjs PATH/TO/recognizers-eval.mjs [adapter.mjs] [--kinds number,…]');
  process.exit(1);
}
const LANGS = ['it', 'de', 'ja', 'zh', 'en', 'fr', 'es', 'pt', 'ko'];
const f = (x) => (x == null ? '–' : x.toFixed(3));
const results = [];
for (const kind of kinds) {
  for (const lang of LANGS) {
    const out = execFileSync(
      process.execPath,
      [scorer, '--module', adapter, '--lang', lang, '--kind', kind, '--quiet'],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const j = JSON.parse(out.trim().split('\n').pop());
    if (j.expected) results.push({ kind, lang, j });
  }
}
console.log('| kind | lang | gold | exact P | exact R | exact F1 | overlap P | overlap R | value |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const { kind, lang, j } of results) {
  console.log(
    `| ${kind} | ${lang} | ${j.expected} | ${f(j.precision)} | ${f(j.recall)} | ${f(j.f1)} | ${f(j.overlapPrecision)} | ${f(j.overlapRecall)} | ${f(j.valueExact)} |`,
  );
}
const bySpec = results.filter((r) => r.kind !== 'datetime');
if (bySpec.length) {
  console.log('\n| spec | lang | gold | exact P | exact R | exact F1 | overlap R | value | unit |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const { lang, j } of bySpec) {
    for (const [spec, s] of Object.entries(j.bySpec)) {
      if (!s.expected) continue;
      console.log(
        `| ${spec} | ${lang} | ${s.expected} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${f(s.overlapRecall)} | ${f(s.valueExact)} | ${f(s.unitAccuracy)} |`,
      );
    }
  }
}
