// Runs the Recognizers-Text scorer over every language and kind and prints a Markdown table.
//   pnpm --filter @corpus/entities build
//   node scripts/eval.mjs ../../../shared/eval/recognizers-eval.mjs [adapter]
// Development only: the scorer and its data live outside the repository.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const scorer = process.argv[2];
const adapter = process.argv[3] ?? fileURLToPath(new URL('./eval-adapter.mjs', import.meta.url));
if (!scorer) {
  console.error('usage: node scripts/eval.mjs PATH/TO/recognizers-eval.mjs [adapter.mjs]');
  process.exit(1);
}
const f = (x) => (x == null ? '–' : x.toFixed(3));
console.log('| kind | lang | gold | exact P | exact R | exact F1 | overlap P | overlap R | value |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const kind of ['datetime', 'number', 'numberwithunit']) {
  for (const lang of ['it', 'de', 'ja', 'zh', 'en', 'fr', 'es', 'ko']) {
    const out = execFileSync(
      process.execPath,
      [scorer, '--module', adapter, '--lang', lang, '--kind', kind, '--quiet'],
      {
        encoding: 'utf8',
      },
    );
    const j = JSON.parse(out.trim().split('\n').pop());
    if (!j.expected) continue;
    console.log(
      `| ${kind} | ${lang} | ${j.expected} | ${f(j.precision)} | ${f(j.recall)} | ${f(j.f1)} | ${f(j.overlapPrecision)} | ${f(j.overlapRecall)} | ${f(j.valueExact)} |`,
    );
  }
}
