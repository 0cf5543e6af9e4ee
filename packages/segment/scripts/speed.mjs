#!/usr/bin/env node
// Throughput of @corpus/segment against the peers a user would pick instead, measured in the
// same run so that the ratios survive a loaded machine. Not a test; nothing here fails.
//
//   pnpm --filter @corpus/segment build
//   node packages/segment/scripts/speed.mjs [--mb 1] [--runs 5] [--lang ja,zh] [--dist DIR]
//
// Each seed article is repeated as separate documents up to ~--mb MB of characters; every
// segmenter gets the same documents. Figures are chars per CPU-second of this process, medians
// of --runs passes.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const TinySegmenter = require('tiny-segmenter');

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const MB = Number(opt('mb', '1'));
const RUNS = Number(opt('runs', '5'));
const only = opt('lang', null)?.split(',');
// --dist DIR: measure another build (e.g. a copy of an older dist/) against the same peers
const distDir = opt('dist', null);
const entry = distDir
  ? new URL(`${distDir.replace(/\/?$/, '/')}index.js`, `file://${process.cwd()}/`)
  : new URL('../dist/index.js', import.meta.url);
const { defaultSegmenter } = await import(entry.href);

const seedDir = new URL('../../../seeds/', import.meta.url);
const LANG_OF = { '000': 'it', '001': 'de', '002': 'ja', '003': 'en', '004': 'zh' };
const seeds = readdirSync(seedDir)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .map((f) => ({ lang: LANG_OF[f.slice(0, 3)], text: readFileSync(new URL(f, seedDir), 'utf8') }))
  .filter((s) => s.lang && (!only || only.includes(s.lang)));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** chars/s of `fn` over `docs`, median of RUNS passes (one warm-up pass first). */
function rate(docs, fn, chars = docs.reduce((n, d) => n + d.length, 0)) {
  for (const d of docs.slice(0, 20)) fn(d);
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    // CPU time of this process (user + system), not wall time: other jobs on the machine then
    // matter much less, and it is what "per core" means
    const t0 = process.cpuUsage();
    for (const d of docs) fn(d);
    const t = process.cpuUsage(t0);
    times.push((t.user + t.system) / 1000);
  }
  return chars / (median(times) / 1000);
}

const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(0)} k`);
const tiny = new TinySegmenter();
const rows = [];
for (const { lang, text } of seeds) {
  const docs = Array.from({ length: Math.max(1, Math.round((MB * 1e6) / text.length)) }, () => text);
  const intlS = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const intlW = new Intl.Segmenter(lang, { granularity: 'word' });
  const r = {
    lang,
    sentences: rate(docs, (d) => defaultSegmenter.sentences(d, { lang })),
    intlSentence: rate(docs, (d) => {
      for (const _ of intlS.segment(d));
    }),
    words: rate(docs, (d) => defaultSegmenter.segment(d, { lang })),
    intlWord: rate(docs, (d) => {
      for (const _ of intlW.segment(d));
    }),
  };
  // Intl word run sentence by sentence (our sentences), the way segment() feeds its word plugins
  const pieces = defaultSegmenter.sentences(text, { lang }).map((s) => text.slice(s.start, s.end));
  const pieceDocs = docs.map(() => pieces);
  // (chars/s of the whole text, as for every other column)
  r.intlWordSentences = rate(
    pieceDocs,
    (ps) => {
      for (const p of ps) for (const _ of intlW.segment(p));
    },
    docs.length * text.length,
  );
  if (lang === 'ja') r.tiny = rate(docs, (d) => tiny.segment(d));
  rows.push(r);
}

console.log(
  `${MB} MB per language, median of ${RUNS} passes, chars per CPU-second (node ${process.version})\n`,
);
console.log(
  '| lang | sentences() | Intl sentence | ratio | segment() (words) | Intl word | ratio | Intl word per sentence | ratio | tiny-segmenter | ratio |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const t = r.tiny ? `${fmt(r.tiny)} | ${(r.words / r.tiny).toFixed(1)}×` : ' | ';
  console.log(
    `| ${r.lang} | ${fmt(r.sentences)} | ${fmt(r.intlSentence)} | ${(r.sentences / r.intlSentence).toFixed(2)}× | ${fmt(r.words)} | ${fmt(r.intlWord)} | ${(r.words / r.intlWord).toFixed(2)}× | ${fmt(r.intlWordSentences)} | ${(r.words / r.intlWordSentences).toFixed(2)}× | ${t} |`,
  );
}
