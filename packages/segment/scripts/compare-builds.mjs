#!/usr/bin/env node
// Speed of two builds of @corpus/segment side by side: `sentences()` and `segment()` on each seed
// article repeated to ~1 MB, the two builds interleaved pass by pass, CPU time (process.cpuUsage),
// best of --runs passes (the minimum is the figure least disturbed by other jobs on the machine).
//
//   pnpm --filter @corpus/segment build
//   git worktree add /tmp/seg-old <commit> && (cd /tmp/seg-old && pnpm install && pnpm --filter @corpus/segment build)
//   node packages/segment/scripts/compare-builds.mjs --before /tmp/seg-old/packages/segment/dist [--runs 31]
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const beforeDir = arg('--before');
if (!beforeDir) throw new Error('usage: compare-builds.mjs --before path/to/other/dist [--runs N]');
const runs = Number(arg('--runs', 31));
const root = resolve(import.meta.dirname, '../../..');
const load = (dir) => import(pathToFileURL(resolve(dir, 'index.js')).href);
const [before, after] = await Promise.all([load(beforeDir), load(resolve(import.meta.dirname, '../dist'))]);

const cpuSeconds = (fn) => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e6;
};
console.log('| lang | call | before M chars/CPU-s | after M chars/CPU-s | after/before |');
console.log('|---|---|---:|---:|---:|');
for (const file of readdirSync(resolve(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const seed = readFileSync(resolve(root, 'seeds', file), 'utf8');
  // the language as the segmenter's own script test reads it: enough to route the five seeds
  const lang = /[\u3040-\u30ff]/.test(seed)
    ? 'ja'
    : /\p{Script=Han}/u.test(seed)
      ? 'zh'
      : / (?:der|und|die) /.test(seed)
        ? 'de'
        : / (?:il|della|che) /.test(seed)
          ? 'it'
          : 'en';
  const text = Array.from({ length: Math.round(1e6 / Buffer.byteLength(seed)) }, () => seed).join('\n\n');
  for (const [name, call] of [
    ['sentences()', (m) => m.sentences(text, { lang })],
    ['segment()', (m) => m.segment(text, { lang })],
  ]) {
    call(before);
    call(after);
    const b = [];
    const a = [];
    for (let r = 0; r < runs; r++) {
      b.push(cpuSeconds(() => call(before)));
      a.push(cpuSeconds(() => call(after)));
    }
    const rate = (xs) => text.length / 1e6 / Math.min(...xs);
    console.log(
      `| ${lang} | ${name} | ${rate(b).toFixed(1)} | ${rate(a).toFixed(1)} | ${(rate(a) / rate(b)).toFixed(2)} |`,
    );
  }
}
