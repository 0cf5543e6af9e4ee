import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, compare, renderHtml, renderJson, renderMarkdown } from '@corpus/compare';
import { ingestFile } from '@corpus/ingest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? 'out') : join(root, 'out'));
const seedsDir = resolve(
  args.find((a, i) => !a.startsWith('--') && i !== outIndex + 1) ?? join(root, 'seeds'),
);

// The articles are the .txt files; README.md and EXPECTED.md beside them describe the corpus.
const files = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
const analysed = [];
const failed: { name: string; code: string }[] = [];
for (const name of files) {
  try {
    analysed.push(analyze(await ingestFile(join(seedsDir, name))));
  } catch (error) {
    failed.push({ name, code: (error as { code?: string }).code ?? 'E_UNKNOWN' });
  }
}
const comparison = compare(analysed);

await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'report.json'), renderJson(comparison));
await writeFile(join(outDir, 'report.md'), renderMarkdown(comparison));
await writeFile(join(outDir, 'report.html'), renderHtml(comparison, { documents: analysed }));

const shared = comparison.entities.filter((e) => e.documents.length > 1).length;
const rows = [
  ['document', 'lang', 'sentences', 'tokens', 'mentions'],
  ...comparison.documents.map((d) => [d.name, d.lang, d.sentences, d.tokens, d.mentions].map(String)),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows)
  console.log(r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log();
for (const c of comparison.conflicts) {
  const values = c.values.map((v) => `${v.display} (${v.sources.join(', ')})`).join(' · ');
  console.log(`${c.kind}: ${c.subject.canonical} ${c.predicate}: ${values}`);
}
console.log();
console.log(
  [
    `documents: ${comparison.documents.length}`,
    `languages: ${[...new Set(comparison.documents.map((d) => d.lang))].join(', ')}`,
    `sentences: ${comparison.documents.reduce((n, d) => n + d.sentences, 0)}`,
    `tokens: ${comparison.documents.reduce((n, d) => n + d.tokens, 0)}`,
    `entities: ${comparison.entities.length} (shared by 2+ documents: ${shared})`,
    `conflicts: ${comparison.conflicts.length}, agreements: ${comparison.agreements.length}`,
    ...failed.map((f) => `failed: ${f.name} ${f.code}`),
    `wrote ${join(outDir, 'report.json')}, report.md, report.html`,
  ].join('\n'),
);
if (failed.length > 0) process.exitCode = 1;
