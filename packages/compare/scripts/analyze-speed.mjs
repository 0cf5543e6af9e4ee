// Speed of analyze() per language, by stage, on one document per seed repeated to ~1 M characters.
// Stages: ingest (ingestText), segment, entities (extractMentions) from their built packages, and fact
// extraction (src/facts/extract.ts, bundled from source with esbuild for this run, since it is not exported).
// Run after `pnpm build`:
//   node packages/compare/scripts/analyze-speed.mjs [--chars 1000000] [--runs 3] [--facts src/facts/extract.ts]
// `--facts` times another version of the fact extractor (e.g. a copy of an older src/facts/extract.ts placed
// in src/) against the same mentions, for before/after figures in one run.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '@corpus/compare';
import { extractMentions } from '@corpus/entities';
import { ingestText } from '@corpus/ingest';
import { segment } from '@corpus/segment';

const { values: args } = parseArgs({
  options: {
    chars: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    facts: { type: 'string', multiple: true, default: ['src/facts/extract.ts'] },
  },
});
const pkg = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(createRequire(join(pkg, 'package.json')).resolve('tsup'));
const esbuild = require('esbuild');
const out = mkdtempSync(join(tmpdir(), 'compare-speed-'));
const extractors = [];
for (const [i, file] of args.facts.entries()) {
  const entry = join(out, `entry${i}.ts`);
  esbuild.buildSync({
    stdin: {
      contents: `export { extractFacts } from ${JSON.stringify(join(pkg, file).replace(/\.ts$/, ''))};\nexport { BUILT_IN_LOCALES } from ${JSON.stringify(join(pkg, 'src/locales/index'))};`,
      resolveDir: pkg,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: entry.replace(/\.ts$/, '.mjs'),
    external: ['@corpus/*'],
    logLevel: 'error',
  });
  extractors.push({ file, ...(await import(pathToFileURL(entry.replace(/\.ts$/, '.mjs')).href)) });
}
rmSync(out, { recursive: true });

const seeds = new URL('../../../seeds/', import.meta.url);
const files = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const runs = Number(args.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const time = (fn) => {
  const ms = [];
  let result;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), result };
};
console.log(`median of ${runs} runs; M chars/s (MB/s of UTF-8)`);
for (const f of files) {
  const seed = readFileSync(new URL(f, seeds), 'utf8');
  let text = '';
  while (text.length < Number(args.chars)) text += `${seed}\n\n`;
  const bytes = Buffer.byteLength(text);
  analyze({ name: f, text: seed }); // warm-up
  const ingest = time(() => ingestText(text, { name: f }));
  const doc = ingest.result;
  const seg = time(() => segment(doc.text, { lang: doc.lang }));
  const ent = time(() =>
    extractMentions({
      text: doc.text,
      lang: doc.lang,
      sentences: seg.result.sentences,
      tokens: seg.result.tokens,
    }),
  );
  const whole = time(() => analyze(doc));
  const rate = (ms) => `${(text.length / 1e3 / ms).toFixed(2)} (${(bytes / 1e3 / ms).toFixed(2)})`;
  const facts = extractors.map(({ file, extractFacts, BUILT_IN_LOCALES }) => {
    const input = {
      name: f,
      text: doc.text,
      blocks: doc.blocks,
      sentences: seg.result.sentences,
      mentions: ent.result,
      locale: BUILT_IN_LOCALES[doc.lang.split('-')[0]],
    };
    extractFacts(input);
    const t = time(() => extractFacts(input));
    return `facts[${file}] ${rate(t.ms)} ${t.result.length} facts`;
  });
  console.log(
    `${doc.lang} ${(text.length / 1e6).toFixed(2)} M chars: ingest ${rate(ingest.ms)}, segment ${rate(seg.ms)}, ` +
      `entities ${rate(ent.ms)}, ${facts.join(', ')}; analyze() ${rate(whole.ms)}`,
  );
}
