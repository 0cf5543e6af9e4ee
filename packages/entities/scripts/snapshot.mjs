// Output snapshot of extractMentions + linkEntities over the seeds, the fixture articles and a fixed
// set of generated strings: run before and after a refactor and diff, to prove the output unchanged.
//   pnpm --filter @corpus/entities build && node scripts/snapshot.mjs > /tmp/before.json
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extractMentions, linkEntities } from '../dist/index.js';

const seedsDir = new URL('../../../seeds/', import.meta.url);
const LANG_OF = { '000': 'it', '001': 'de', '002': 'ja', '003': 'en', '004': 'zh' };
const inputs = [];
for (const f of readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  inputs.push({
    id: f,
    lang: LANG_OF[f.slice(0, 3)] ?? 'und',
    text: readFileSync(new URL(f, seedsDir), 'utf8'),
  });
}
const arts = new URL('../test/fixtures/articles/', import.meta.url);
for (const f of readdirSync(arts).sort()) {
  inputs.push({ id: `art-${f}`, lang: f.slice(0, 2), text: readFileSync(new URL(f, arts), 'utf8') });
}
// The test's news-like pieces (test/fixtures/news-pieces.json), and forms that once took a slow path.
const pieces = fc.constantFrom(
  ...JSON.parse(readFileSync(new URL('../test/fixtures/news-pieces.json', import.meta.url), 'utf8')),
  'May 5, 2026',
  '14:32 JST',
  '1,000,000',
  'In 2019',
  'Windows 2000',
  'University of Warsaw',
  'said',
  'CEO Sam Altman',
  '2025-2026 年',
  '午後2時32分',
  '3.5 Mio. Euro',
  'end of the month',
  'last day of January',
  'the end of ',
  'May',
  'in May',
  'the second',
  '5/2026',
  '1/2/2026',
  'Maria Keller, Jan Novak und Sam Altman',
  '，',
  ' and ',
  'Tworek',
  'Tworek said',
);
const gen = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((a) => a.join(''));
const langs = ['it', 'de', 'ja', 'zh', 'en', 'fr', 'es', 'ko', 'und'];
fc.sample(gen, { seed: 42, numRuns: 1500 }).forEach((text, i) => {
  inputs.push({ id: `gen-${i}`, lang: langs[i % langs.length], text });
});

const out = {};
const docs = [];
for (const inp of inputs) {
  const a = extractMentions({ text: inp.text, lang: inp.lang });
  const b = extractMentions({ text: inp.text, lang: inp.lang }, { referenceDate: '2026-01-10' });
  const c = extractMentions({ text: inp.text, lang: inp.lang }, { referenceDate: '2026-01' });
  out[inp.id] = { a, b, c };
  if (!inp.id.startsWith('gen-') || Number(inp.id.slice(4)) < 200)
    docs.push({ id: inp.id, lang: inp.lang, mentions: b });
}
out.link = linkEntities(docs);
const json = JSON.stringify(out);
process.stderr.write(`${inputs.length} inputs, sha256 ${createHash('sha256').update(json).digest('hex')}\n`);
process.stdout.write(json);
