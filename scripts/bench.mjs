#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
// pnpm bench: throughput of each stage, per language, next to the peer a user would pick instead,
// measured side by side in the same run. Prints a Markdown table, writes bench-results.json/.md.
// It never fails on slowness; `--smoke` runs a tiny corpus once so CI checks the harness still works.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, packageEntry, seedFile } from './fresh-process.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const sizeArg = args.indexOf('--mb');
const targetBytes = smoke ? 20_000 : Number(sizeArg >= 0 ? args[sizeArg + 1] : 5) * 1_000_000;
const runs = smoke ? 1 : 3;
const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1].split(',') : null;
// --before <checkout>: the pipeline row of that build (built) and of this one, measured in this run by
// pipeline-ab.mjs (each language in a fresh process, the two builds' calls interleaved).
const optionValue = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const beforeRoot = optionValue('--before', null);

// Peers are resolved from the package that depends on them, so the root needs no copies.
const from = (pkg, name) => createRequire(join(root, 'packages', pkg, 'package.json'))(name);
const load = (pkg) => import(pathToFileURL(join(root, 'packages', pkg, 'dist', 'index.js')).href);
const [ingest, segmentPkg, entities, compare] = await Promise.all(
  ['ingest', 'segment', 'entities', 'compare'].map(load),
);
const TinySegmenter = from('segment', 'tiny-segmenter');
const rootRequire = createRequire(join(root, 'package.json'));
const winkNLP = rootRequire('wink-nlp');
const winkModel = rootRequire('wink-eng-lite-web-model');
const chrono = from('entities', 'chrono-node');
const { eld } = await import(
  pathToFileURL(join(root, 'packages', 'ingest', 'node_modules', 'eld', 'src', 'entries', 'static.small.js'))
    .href
);

// The corpus: each seed repeated up to the target size, so every language has the same volume.
const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const corpora = {};
for (const text of seeds) {
  const lang = ingest.ingestText(text, { name: 'probe' }).lang;
  corpora[lang] = text;
}
corpora.mixed = Object.values(corpora).join('\n\n');
const grow = (text) => {
  const unit = Buffer.byteLength(text);
  return Array.from({ length: Math.max(1, Math.round(targetBytes / unit)) }, () => text).join('\n\n');
};
const sentencesOf = (text, lang) =>
  segmentPkg.segment(text, { lang }).sentences.map((s) => text.slice(s.start, s.end));

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/**
 * Median wall-clock seconds and median CPU seconds of `runs` calls. CPU time is this process's (its
 * thread plus V8's collector and compiler threads): on a busy machine the wall clock also counts the
 * time other processes held the cores, CPU time only the work done, so "per core" speed is bytes per
 * CPU second.
 */
function measure(fn) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    fn();
    cpus.push(cpuMs() - c0);
    walls.push(performance.now() - t0);
  }
  const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] / 1000;
  return { wall: mid(walls), cpu: mid(cpus) };
}
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const rows = [];
function row(lang, stage, chars, bytes, ours, peerName, peer) {
  const our = measure(ours);
  const other = peer ? measure(peer) : null;
  const r = {
    lang,
    stage,
    mbPerS: bytes / 1e6 / our.wall,
    mbPerCpuS: bytes / 1e6 / our.cpu,
    mCharsPerS: chars / 1e6 / our.wall,
    peer: peerName,
    peerMCharsPerS: other ? chars / 1e6 / other.wall : null,
    peerMbPerCpuS: other ? bytes / 1e6 / other.cpu : null,
    ratio: other ? other.wall / our.wall : null,
    cpuRatio: other ? other.cpu / our.cpu : null,
    load: loadAverage(),
  };
  rows.push(r);
  console.error(
    `${lang.padEnd(5)} ${stage.padEnd(10)} ${r.mbPerCpuS.toFixed(2)} MB/s per core (${r.mCharsPerS.toFixed(2)} M chars/s wall)` +
      (other
        ? `  vs ${peerName} ${r.peerMbPerCpuS.toFixed(2)} MB/s per core (×${r.cpuRatio.toFixed(2)} in CPU time, ×${r.ratio.toFixed(2)} wall)`
        : '') +
      `  load ${r.load}`,
  );
}

const chronoFor = { it: chrono.it, de: chrono.de, ja: chrono.ja, zh: chrono.zh, en: chrono.en };
let wink;
for (const [lang, seed] of Object.entries(corpora)) {
  if (only && !only.includes(lang)) continue;
  const text = grow(seed);
  const bytes = Buffer.byteLength(text);
  const encoded = new TextEncoder().encode(text);
  const chars = text.length;
  const segLang = lang === 'mixed' ? 'en' : lang;
  row(
    lang,
    'ingest',
    chars,
    bytes,
    () => ingest.ingestBytes(encoded, { name: 'bench.txt' }),
    'TextDecoder+NFC',
    () => new TextDecoder().decode(encoded).normalize('NFC'),
  );
  // Intl.Segmenter's iterator slows down quadratically on very long strings, so the peers get the
  // text paragraph by paragraph, as a careful user would feed it.
  const paragraphs = text.split('\n');
  const intlSentences = new Intl.Segmenter(segLang, { granularity: 'sentence' });
  const intlSentencePass = () => {
    for (const p of paragraphs) for (const _ of intlSentences.segment(p));
  };
  row(
    lang,
    'segment',
    chars,
    bytes,
    () => segmentPkg.segment(text, { lang: segLang }),
    'Intl sentences',
    intlSentencePass,
  );
  const intlWords = new Intl.Segmenter(segLang, { granularity: 'word' });
  let peerName = 'Intl words';
  let peer = () => {
    for (const p of paragraphs) for (const _ of intlWords.segment(p));
  };
  if (lang === 'ja') {
    const tiny = new TinySegmenter();
    peerName = 'tiny-segmenter';
    peer = () => {
      for (const p of paragraphs) tiny.segment(p);
    };
  } else if (lang === 'en') {
    wink ??= winkNLP(winkModel);
    peerName = 'wink-nlp readDoc';
    peer = () => {
      for (const p of paragraphs) wink.readDoc(p);
    };
  }
  row(lang, 'words', chars, bytes, () => segmentPkg.segment(text, { lang: segLang }), peerName, peer);
  const sentences = sentencesOf(text, segLang);
  const ref = new Date('2026-01-15T00:00:00Z');
  const parser = chronoFor[segLang] ?? chrono.en;
  row(
    lang,
    'dates',
    chars,
    bytes,
    // Dates only (options.types), so the row compares our date recogniser with chrono alone.
    () => entities.extractMentions({ text, lang: segLang }, { referenceDate: ref, types: ['DATE'] }),
    'chrono-node',
    () => {
      for (const s of sentences) parser.parse(s, ref);
    },
  );
  // Language identification on 300-character pieces, as a feed of short items would call it,
  // next to eld (the n-gram library inside ingest) called directly on the same pieces.
  const pieces = [];
  for (let i = 0; i + 300 <= Math.min(text.length, 600_000); i += 300) pieces.push(text.slice(i, i + 300));
  const pieceChars = pieces.length * 300;
  const pieceBytes = pieces.reduce((n, p) => n + Buffer.byteLength(p), 0);
  row(
    lang,
    'lang-id',
    pieceChars,
    pieceBytes,
    () => {
      for (const p of pieces) ingest.identifyLanguage(p);
    },
    'eld detect',
    () => {
      for (const p of pieces) eld.detect(p);
    },
  );
  const document = ingest.ingestText(text, { name: `bench-${lang}.txt` });
  row(lang, 'pipeline', chars, bytes, () => compare.analyze(document), 'Intl sentences', intlSentencePass);
}

/**
 * The pipeline of the `--before` build next to this one's: `analyze` of each seed repeated to 300 kB
 * (`--before-kb`), 7 interleaved rounds (`--before-rounds`), CPU time.
 */
function beforeAndAfter() {
  const script = join(root, 'packages', 'compare', 'scripts', 'pipeline-ab.mjs');
  const kb = smoke ? '20' : optionValue('--before-kb', '300');
  const rounds = smoke ? '1' : optionValue('--before-rounds', '7');
  const out = execFileSync(
    process.execPath,
    [
      script,
      resolve(beforeRoot),
      root,
      '--json',
      '--kb',
      kb,
      '--rounds',
      rounds,
      ...(only ? ['--lang', only.join(',')] : []),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const results = out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  for (const r of results) {
    console.error(
      `${r.lang.padEnd(5)} pipeline before ${(r.bytes / 1e3 / r.before.least).toFixed(2)} MB/s per core, after ${(r.bytes / 1e3 / r.after.least).toFixed(2)}: ` +
        `after/before ×${r.ratio.least.toFixed(2)} least, ×${r.ratio.median.toFixed(2)} median, ×${r.ratio.pairedMedian.toFixed(2)} median of rounds; load ${r.load}`,
    );
  }
  return { before: resolve(beforeRoot), kb: Number(kb), rounds: Number(rounds), results };
}
const comparedWithBefore = beforeRoot ? beforeAndAfter() : null;

// Cold start: a fresh Node process imports @corpus/compare and analyses one seed (the Italian and the
// English one), next to a process that only starts Node (the floor). Median of 5 spawns each; the
// probe reports wall and CPU milliseconds of import + first analysis.
const coldScript = (
  seed,
) => `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const text = (await import('node:fs')).readFileSync(${JSON.stringify(seed)}, 'utf8');
const t0 = performance.now();
const c0 = cpu();
const c = await import(${JSON.stringify(packageEntry('compare'))});
c.analyze({ name: 'seed', text });
console.log(JSON.stringify({ ms: performance.now() - t0, cpuMs: cpu() - c0 }));`;
function spawnMs(args) {
  const times = [];
  for (let i = 0; i < (smoke ? 1 : 5); i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();
    times.push({ wallMs: performance.now() - t0, ...(out ? JSON.parse(out) : {}) });
  }
  const mid = (k) => median(times.map((t) => t[k]));
  return { wallMs: mid('wallMs'), ms: mid('ms'), cpuMs: mid('cpuMs') };
}
const nodeOnlyMs = spawnMs(['-e', '']).wallMs;
const coldStart = { nodeStartMs: nodeOnlyMs, load: loadAverage(), seeds: [] };
for (const [name, prefix] of [
  ['Italian seed', '000_'],
  ['English seed', '003_'],
]) {
  const cold = spawnMs(['--input-type=module', '-e', coldScript(seedFile(prefix))]);
  coldStart.seeds.push({ name, ...cold });
  console.error(
    `cold start, ${name}: import @corpus/compare + first analyze ${cold.ms.toFixed(0)} ms wall, ${cold.cpuMs.toFixed(0)} ms CPU in-process; ` +
      `process ${cold.wallMs.toFixed(0)} ms vs bare node ${nodeOnlyMs.toFixed(0)} ms; load ${coldStart.load}`,
  );
}

const peakRssMb = process.resourceUsage().maxRSS / 1024;
function beforeTable({ before, kb, rounds, results }) {
  return [
    `Pipeline (\`analyze\`) of ${before} (before) and of this checkout (after), measured together: each seed repeated to ~${kb} kB, ` +
      `${rounds} rounds, each language in a fresh process with the two builds' calls interleaved (packages/compare/scripts/pipeline-ab.mjs).`,
    '',
    "| lang | before MB/s per core (least) | after MB/s per core (least) | after ÷ before, least | median | median of the rounds' ratios | same output | load (1/5/15 min), start → end |",
    '|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.lang} | ${fmt(r.bytes / 1e3 / r.before.least)} | ${fmt(r.bytes / 1e3 / r.after.least)} | ×${r.ratio.least.toFixed(2)} | ×${r.ratio.median.toFixed(2)} | ×${r.ratio.pairedMedian.toFixed(2)} | ${r.same} | ${r.load} |`,
    ),
    '',
  ];
}
const fmt = (n) => (n == null ? '–' : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const table = [
  `| lang | stage | MB/s per core | MB/s wall | M chars/s wall | peer | peer MB/s per core | ours ÷ peer, CPU time | load (1/5/15 min) |`,
  `|---|---|---|---|---|---|---|---|---|`,
  ...rows.map(
    (r) =>
      `| ${r.lang} | ${r.stage} | ${fmt(r.mbPerCpuS)} | ${fmt(r.mbPerS)} | ${fmt(r.mCharsPerS)} | ${r.peer ?? '–'} | ${fmt(r.peerMbPerCpuS)} | ${r.cpuRatio == null ? '–' : `×${fmt(r.cpuRatio)}`} | ${r.load} |`,
  ),
  '',
  `Corpus: each seed repeated to ~${(targetBytes / 1e6).toFixed(2)} MB; median of ${runs} run(s); peak RSS ${peakRssMb.toFixed(0)} MB; Node ${process.version}.`,
  `"Per core" is bytes per second of this process's CPU time (its thread plus V8's helper threads); "wall" counts`,
  `time other processes held the cores too. A ratio above 1 means ours is faster than the peer.`,
  '',
  ...(comparedWithBefore ? beforeTable(comparedWithBefore) : []),
  ...coldStart.seeds.map(
    (c) =>
      `Cold start, ${c.name}: \`import('@corpus/compare')\` + first \`analyze\` ${c.ms.toFixed(0)} ms wall, ${c.cpuMs.toFixed(0)} ms CPU in a fresh process ` +
      `(whole process ${c.wallMs.toFixed(0)} ms; bare \`node -e ''\` ${nodeOnlyMs.toFixed(0)} ms; load ${coldStart.load}).`,
  ),
].join('\n');
console.log(table);
if (!smoke) {
  writeFileSync(
    join(root, 'bench-results.json'),
    JSON.stringify(
      { rows, coldStart, comparedWithBefore, peakRssMb, node: process.version, load: loadAverage() },
      null,
      2,
    ),
  );
  writeFileSync(join(root, 'bench-results.md'), table + '\n');
}
