// Rough throughput of extractMentions on the seed articles repeated to ~200 KB (not a timed test).
//   pnpm --filter @corpus/entities build && node scripts/bench.mjs
import { readFileSync } from 'node:fs';
import { extractMentions } from '../dist/index.js';

const seeds = new URL('../../../seeds/', import.meta.url);
const files = [
  ['000_0d68ef0380570c1c.txt', 'it'],
  ['001_b97ef14892a8822d.txt', 'de'],
  ['002_6dd7badc20102f5c.txt', 'ja'],
  ['003_8d3bda8906caf15d.txt', 'en'],
  ['004_d6f6ce7bd07823ad.txt', 'zh'],
];
console.log('| lang | chars | mentions | ms (with segmentation) | ms (sentences given) |');
console.log('|---|---:|---:|---:|---:|');
for (const [file, lang] of files) {
  const base = readFileSync(new URL(file, seeds), 'utf8');
  const text = base.repeat(Math.ceil(200_000 / base.length));
  extractMentions({ text: base, lang }); // warm-up
  let t = performance.now();
  const ms = extractMentions({ text, lang }, { referenceDate: '2026-01' });
  const full = performance.now() - t;
  t = performance.now();
  extractMentions({ text, lang, sentences: [{ start: 0, end: text.length }] }, { referenceDate: '2026-01' });
  const bare = performance.now() - t;
  console.log(`| ${lang} | ${text.length} | ${ms.length} | ${Math.round(full)} | ${Math.round(bare)} |`);
}
