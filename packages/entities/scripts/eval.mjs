// Runs the Recognizers-Text scorer over every language and kind and prints Markdown tables: one row
// per kind and language, then (numbers and units) one row per spec family and language.
//   pnpm --filter @corpus/entities build
//   node scripts/eval.mjs ../../../shared/eval/recognizers-eval.mjs [--split dev|test|all] [--kind datetime,number] [--chrono] [adapter]
// Development only: the scorer and its data live outside the repository.
//
// --split: the specs have no split of their own, so one is made here, by a hash of each case's
// text (the same sentence sits in several spec files; it lands on one side only). Tune on `dev`,
// report `test`. --chrono adds chrono-node alone (scripts/eval-chrono.mjs) beside each row.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const split = option('--split', 'all');
const kinds = option('--kind', option('--kinds', 'datetime,number,numberwithunit')).split(',');
const withChrono = flag('--chrono');
const [scorer, adapterArg] = args;
const adapter = adapterArg ?? fileURLToPath(new URL('./eval-adapter.mjs', import.meta.url));
const chronoAdapter = fileURLToPath(new URL('./eval-chrono.mjs', import.meta.url));
if (!scorer || !['dev', 'test', 'all'].includes(split)) {
  console.error(
    'usage: node scripts/eval.mjs PATH/TO/recognizers-eval.mjs [--split dev|test|all] [--kind K] [--chrono] [adapter.mjs]',
  );
  process.exit(1);
}

/** FNV-1a over the text: even hashes are dev, odd ones test. */
function sideOf(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'dev' : 'test';
}

function dataDir() {
  const gold = join(dirname(scorer), 'recognizers');
  if (split === 'all') return gold;
  const dir = join(tmpdir(), `corpus-recognizers-${split}`);
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(gold).filter((f) => f.endsWith('.jsonl'))) {
    const lines = readFileSync(join(gold, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const kept = lines.filter((l) => sideOf(JSON.parse(l).text) === split);
    writeFileSync(join(dir, file), `${kept.join('\n')}\n`);
  }
  return dir;
}

const data = dataDir();
function score(module, kind, lang) {
  const out = execFileSync(
    process.execPath,
    [scorer, '--module', module, '--lang', lang, '--kind', kind, '--data', data, '--quiet'],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  return JSON.parse(out.trim().split('\n').pop());
}

const f = (x) => (x == null ? '–' : x.toFixed(3));
const columns = '| kind | lang | gold | exact P | exact R | exact F1 | overlap P | overlap R | value |';
console.log(`split: ${split}`);
console.log(withChrono ? `${columns} chrono exact F1 | chrono value |` : columns);
console.log(
  withChrono
    ? '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
    : '|---|---|---:|---:|---:|---:|---:|---:|---:|',
);
const results = [];
for (const kind of kinds) {
  for (const lang of ['it', 'de', 'ja', 'zh', 'en', 'fr', 'es', 'pt', 'ko']) {
    const j = score(adapter, kind, lang);
    if (!j.expected) continue;
    results.push({ kind, lang, j });
    let row = `| ${kind} | ${lang} | ${j.expected} | ${f(j.precision)} | ${f(j.recall)} | ${f(j.f1)} | ${f(j.overlapPrecision)} | ${f(j.overlapRecall)} | ${f(j.valueExact)} |`;
    if (withChrono) {
      const c = kind === 'datetime' ? score(chronoAdapter, kind, lang) : undefined;
      row += ` ${f(c?.f1)} | ${f(c?.valueExact)} |`;
    }
    console.log(row);
  }
}
const bySpec = results.filter((r) => r.kind !== 'datetime');
if (bySpec.length) {
  console.log('\n| spec | lang | gold | exact P | exact R | exact F1 | overlap R | value | unit |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const { lang, j } of bySpec) {
    for (const [spec, s] of Object.entries(j.bySpec ?? {})) {
      if (!s.expected) continue;
      console.log(
        `| ${spec} | ${lang} | ${s.expected} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${f(s.overlapRecall)} | ${f(s.valueExact)} | ${f(s.unitAccuracy)} |`,
      );
    }
  }
}
