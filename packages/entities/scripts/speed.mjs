// Throughput of extractMentions per language, and of its date recogniser against chrono-node alone on
// the same sentences, measured side by side in one run (medians; ratios are what to compare, the
// machine is shared). Not a test: it never fails.
//   pnpm --filter @corpus/entities build && node scripts/speed.mjs [--size 1000000] [--runs 5] [--dist path/to/index.js]
import { readFileSync } from 'node:fs';
import { segment } from '@corpus/segment';
import * as chrono from 'chrono-node';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const size = Number(arg('size', 1_000_000));
const runs = Number(arg('runs', 5));
const dist = arg('dist', new URL('../dist/index.js', import.meta.url).href);
const { extractMentions } = await import(dist.startsWith('/') ? `file://${dist}` : dist);

const seeds = new URL('../../../seeds/', import.meta.url);
const files = [
  ['000_0d68ef0380570c1c.txt', 'it'],
  ['001_b97ef14892a8822d.txt', 'de'],
  ['002_6dd7badc20102f5c.txt', 'ja'],
  ['003_8d3bda8906caf15d.txt', 'en'],
  ['004_d6f6ce7bd07823ad.txt', 'zh'],
];
const ref = new Date(Date.UTC(2026, 0, 15));
const PEERS = { it: chrono.it, de: chrono.de, ja: chrono.ja, en: chrono.en, zh: chrono.zh };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mcs = (chars, ms) => (chars / ms / 1000).toFixed(3);

console.log(
  `extractMentions on each seed repeated to ${size} chars; sentences from @corpus/segment given to every contestant; median of ${runs}.`,
);
console.log(
  '| lang | chars | all types M chars/s | dates only M chars/s | chrono alone, per sentence M chars/s | dates ÷ chrono time |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const [file, lang] of files) {
  const base = readFileSync(new URL(file, seeds), 'utf8');
  const text = base.repeat(Math.ceil(size / base.length));
  const sentences = segment(text, { lang }).sentences;
  const parser = PEERS[lang];
  // Warm-up on the base text, so that lazy loads (wink-nlp for English) are not timed.
  extractMentions({ text: base, lang }, { referenceDate: '2026-01-15' });
  extractMentions({ text: base, lang }, { referenceDate: '2026-01-15', types: ['DATE'] });
  for (const s of segment(base, { lang }).sentences) parser.parse(base.slice(s.start, s.end), ref);
  const all = [];
  const dates = [];
  const peer = [];
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    extractMentions({ text, lang, sentences }, { referenceDate: '2026-01-15' });
    all.push(performance.now() - t);
    t = performance.now();
    extractMentions({ text, lang, sentences }, { referenceDate: '2026-01-15', types: ['DATE'] });
    dates.push(performance.now() - t);
    t = performance.now();
    for (const s of sentences) parser.parse(text.slice(s.start, s.end), ref);
    peer.push(performance.now() - t);
  }
  const [a, d, p] = [median(all), median(dates), median(peer)];
  console.log(
    `| ${lang} | ${text.length} | ${mcs(text.length, a)} | ${mcs(text.length, d)} | ${mcs(text.length, p)} | ${(d / p).toFixed(2)} |`,
  );
}
