// Flat memory of analyzeMany over a stream: generates N small synthetic articles in memory (an async
// iterable, never an array: sentences of the seeds in five languages, with a generated lead sentence of
// varied names, organisations, years and numbers), analyses them with analyzeMany, and keeps of each
// only what compare needs besides the text (name, language, mentions, facts). Prints, per size, the peak
// RSS (all threads) and peak heapUsed of this thread, sampled every 50 ms, and the heap the retained
// analyses take (after a full GC). Run after `pnpm build`:
//   node --expose-gc packages/compare/scripts/memory.mjs [--sizes 10000,100000] [--concurrency 2]
//        [--retain facts|none] [--one-word 1000000]
// `--retain none` keeps nothing (the streaming floor); `--one-word N` also streams N one-word documents
// (the adversarial case of issue #9) and prints their time and peak memory.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { analyzeMany } from '@corpus/compare';
import { prng } from './synthetic.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    concurrency: { type: 'string', default: '2' },
    retain: { type: 'string', default: 'facts' },
    'one-word': { type: 'string', default: '0' },
  },
});
const sizes = args.sizes.split(',').filter(Boolean).map(Number);
const concurrency = Number(args.concurrency);
const gc = globalThis.gc ?? (() => {});
if (!globalThis.gc) console.warn('(run with node --expose-gc for the retained-heap figures)');

// ---- synthetic articles ------------------------------------------------------------------------------
const seeds = new URL('../../../seeds/', import.meta.url);
const LANGS = ['it', 'de', 'ja', 'en', 'zh'];
const sentencesByLang = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) =>
    readFileSync(new URL(f, seeds), 'utf8')
      .split(/(?<=[.!?。！？])\s*|\n+/u)
      .map((s) => s.trim())
      .filter((s) => s.length >= 20 && s.length <= 300 && !/^[#|>-]/.test(s)),
  );
const FIRST = [
  'Anna',
  'Marco',
  'Lena',
  'Kenji',
  'Wei',
  'Sofia',
  'David',
  'Yuki',
  'Paolo',
  'Mei',
  'Jonas',
  'Clara',
];
const LAST = ['Weber', 'Rossi', 'Tanaka', 'Chen', 'Keller', 'Bianchi', 'Sato', 'Miller', 'Wang', 'Schmidt'];
const ORG = ['Acme', 'Brightloop', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay'];
const LEAD = {
  it: (p, o, y, n) => `${p} è entrato in ${o} nel ${y} e ha guidato un team di ${n} persone.`,
  de: (p, o, y, n) => `${p} kam ${y} zu ${o} und leitete ein Team von ${n} Leuten.`,
  ja: (p, o, y, n) => `${p}氏は${y}年に${o}に入社し、${n}人のチームを率いた。`,
  en: (p, o, y, n) => `${p} joined ${o} in ${y} and led a team of ${n} people.`,
  zh: (p, o, y, n) => `${p}于${y}年加入${o}，领导一个${n}人的团队。`,
};
function article(i, rand) {
  const lang = LANGS[i % LANGS.length];
  const pool = sentencesByLang[LANGS.indexOf(lang)];
  const person = `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`;
  const org = ORG[Math.floor(rand() * ORG.length)];
  const parts = [LEAD[lang](person, org, 2000 + Math.floor(rand() * 27), 2 + Math.floor(rand() * 400))];
  for (let k = 0; k < 3; k++) {
    parts.push(pool[Math.floor(rand() * pool.length)].replace(/\d/g, () => String(Math.floor(rand() * 10))));
  }
  return {
    name: `a${String(i).padStart(7, '0')}.txt`,
    lang,
    text: parts.join(lang === 'ja' || lang === 'zh' ? '' : ' '),
  };
}
async function* articles(n, stats) {
  const rand = prng(20261123);
  for (let i = 0; i < n; i++) {
    const a = article(i, rand);
    stats.chars += a.text.length;
    stats.largest = Math.max(stats.largest, a.text.length);
    yield a;
  }
}
async function* oneWord(n, stats) {
  const words = ['Acme', 'Berlin', 'Tokyo', '2019', 'OpenAI', 'magnitude', '東京', '地震', 'hello', 'Roma'];
  for (let i = 0; i < n; i++) {
    const text = words[i % words.length];
    stats.chars += text.length;
    stats.largest = Math.max(stats.largest, text.length);
    yield { name: `w${i}`, lang: i % 3 === 0 ? 'en' : undefined, text };
  }
}

// ---- measurement ---------------------------------------------------------------------------------------
const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
async function run(label, source, n, retain) {
  gc();
  const base = process.memoryUsage();
  const peak = { rss: base.rss, heap: base.heapUsed };
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peak.rss) peak.rss = m.rss;
    if (m.heapUsed > peak.heap) peak.heap = m.heapUsed;
  };
  const timer = setInterval(sample, 50);
  const stats = { chars: 0, largest: 0 };
  const kept = [];
  let errors = 0;
  let results = 0;
  const t0 = performance.now();
  for await (const r of analyzeMany(source(n, stats), { concurrency })) {
    results++;
    if (r.kind === 'error') {
      errors++;
      continue;
    }
    if (retain === 'facts') {
      kept.push({
        name: r.document.source.name,
        lang: r.document.lang,
        mentions: r.mentions,
        facts: r.facts,
      });
    }
    if ((results & 1023) === 0) sample();
  }
  clearInterval(timer);
  sample();
  const seconds = (performance.now() - t0) / 1000;
  gc();
  const retained = process.memoryUsage().heapUsed - base.heapUsed;
  if (results !== n) throw new Error(`${n} inputs, ${results} results`);
  console.log(
    `${label} n=${n}: ${seconds.toFixed(0)} s (${(n / seconds).toFixed(0)} docs/s, ${(stats.chars / 1e6 / seconds).toFixed(2)} M chars/s), ` +
      `${(stats.chars / 1e6).toFixed(1)} M chars in all, largest document ${stats.largest} chars, ${errors} error records; ` +
      `peak RSS ${mb(peak.rss)} (start ${mb(base.rss)}), peak heapUsed ${mb(peak.heap)} (start ${mb(base.heapUsed)}); ` +
      `retained ${retain === 'facts' ? `${kept.length} analyses (mentions + facts)` : 'nothing'}: ${mb(retained)} after GC` +
      (retain === 'facts' && kept.length ? ` (${(retained / kept.length).toFixed(0)} B each)` : '') +
      `; peak RSS − retained ${mb(peak.rss - Math.max(0, retained))}`,
  );
  kept.length = 0;
}

console.log(
  `node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; analyzeMany concurrency ${concurrency}`,
);
for (const n of sizes) await run('articles', articles, n, args.retain);
const words = Number(args['one-word']);
if (words > 0) await run('one-word documents', oneWord, words, 'none');
