// Encoding detection accuracy on the legacy fixtures (test/fixtures/legacy-texts.json): ingest's
// detection next to chardet and jschardet on the same bytes. A guess is right when decoding the bytes
// with the encoding it names gives back exactly the original text (German in windows-1252 and in
// windows-1250 is the same text, so either name is right). Each paragraph is tried whole and sentence
// by sentence (the sentences that have a non-ASCII character: pure ASCII reads the same in all of
// them). Build first (`pnpm build`), then:
//   node scripts/encoding-accuracy.mjs            (Markdown table)
//   node scripts/encoding-accuracy.mjs --misses   (and every wrong guess)
//   node scripts/encoding-accuracy.mjs --baseline <another build's dist/index.js>   (a column for it)

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { ingestBytes } from '../dist/index.js';
import { LEGACY_FIXTURES } from '../test/fixtures/legacy-fixtures.mjs';

/** The paragraph, then each of its sentences with a non-ASCII character. */
function casesOf(text) {
  const sentences = text.match(/[^.!?。！？]+(?:[.!?。！？]+[»”“」]?|$)/gu) ?? [];
  return [text, ...sentences.map((s) => s.trim()).filter((s) => /[^\x00-\x7f]/.test(s))];
}
const showMisses = process.argv.includes('--misses');

function readsBack(bytes, name, text) {
  if (!name) return false;
  try {
    return iconv.decode(Buffer.from(bytes), name) === text;
  } catch {
    return false; // a name iconv-lite does not know
  }
}

const ingestGuess = (ingest) => (bytes) => {
  try {
    return ingest(bytes, { name: 'article.txt', format: 'text' }).source.encoding.name;
  } catch {
    return undefined;
  }
};
const baselineAt = process.argv.indexOf('--baseline');
const baseline =
  baselineAt > 0 ? await import(pathToFileURL(resolve(process.argv[baselineAt + 1])).href) : undefined;

const detectors = {
  '@corpus/ingest': ingestGuess(ingestBytes),
  ...(baseline ? { 'ingest before': ingestGuess(baseline.ingestBytes) } : {}),
  chardet: (bytes) => chardet.detect(bytes) ?? undefined,
  jschardet: (bytes) => jschardet.detect(Buffer.from(bytes)).encoding ?? undefined,
};

const rows = new Map();
const misses = [];
for (const fixture of LEGACY_FIXTURES) {
  const key = `${fixture.lang} | ${fixture.encoding}`;
  const row = Object.fromEntries([...Object.keys(detectors), 'cases'].map((d) => [d, 0]));
  for (const text of casesOf(fixture.text)) {
    const bytes = new Uint8Array(iconv.encode(text, fixture.encoding));
    row.cases++;
    for (const [name, detect] of Object.entries(detectors)) {
      const guess = detect(bytes);
      if (readsBack(bytes, guess, text)) row[name]++;
      else misses.push(`${name}: ${key}: ${guess} for "${text.slice(0, 60)}"`);
    }
  }
  rows.set(key, row);
}

const names = Object.keys(detectors);
console.log(`| language | encoding | texts | ${names.join(' | ')} |`);
console.log(`|---|---|---|${names.map(() => '---').join('|')}|`);
const totals = Object.fromEntries(names.map((n) => [n, 0]));
let cases = 0;
for (const [key, row] of rows) {
  console.log(`| ${key} | ${row.cases} | ${names.map((n) => row[n]).join(' | ')} |`);
  for (const n of names) totals[n] += row[n];
  cases += row.cases;
}
console.log(
  `| **all** | | ${cases} | ${names.map((n) => `**${totals[n]}/${cases} (${((100 * totals[n]) / cases).toFixed(1)}%)**`).join(' | ')} |`,
);
if (showMisses) for (const miss of misses) console.log(miss);
