// ReDoS audit of every regular expression in src/: the literals (found with the TypeScript parser)
// and every RegExp the package builds at run time from locale data (recorded while analysing text in
// every built-in language), each checked with recheck. Writes REDOS.md.
//   pnpm --filter @corpus/entities build && node --enable-source-maps scripts/redos.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const { check } = require('recheck');
const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}src/`;

// 1. Literals in the sources (tests excluded).
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(`${dir}${e.name}/`);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts'))
      files.push(`${dir}${e.name}`);
  }
};
walk(src);
const entries = new Map(); // `${source}/${flags}` -> { source, flags, sites: Set }
const add = (source, flags, site) => {
  const k = `${source}/${flags}`;
  if (!entries.has(k)) entries.set(k, { source, flags, sites: new Set() });
  entries.get(k).sites.add(site);
};
const constructorSites = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const rel = file.slice(root.length);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const slash = lit.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      add(lit.slice(1, slash), lit.slice(slash + 1), `${rel}:${line}`);
    }
    if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') {
      constructorSites.push(`${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// 2. RegExps built at run time: record each construction made by this package's code.
const Native = RegExp;
const dynamicSites = new Set();
const thirdParty = new Set();
globalThis.RegExp = new Proxy(Native, {
  construct(target, args, newTarget) {
    const re = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    // The frame that called `new RegExp`: ours, or a dependency's (chrono-node, wink-nlp) reached
    // through our calls, which is counted apart.
    const frame = (new Error().stack ?? '').split('\n')[2] ?? '';
    if (!frame.includes('/entities/src/') && !frame.includes('/entities/dist/')) {
      thirdParty.add(`${args[0]}`);
      return re;
    }
    const at = frame ? /(src\/[^:)]+:\d+)/.exec(frame)?.[1] : undefined;
    if (at && !(typeof args[0] === 'object' && args[0] instanceof Native && args[1] === undefined)) {
      add(re.source, re.flags, `${at} (built)`);
      dynamicSites.add(at);
    }
    return re;
  },
});
const { extractMentions } = await import('../dist/index.js');
const seeds = new URL('../../../seeds/', import.meta.url);
const texts = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, seeds), 'utf8'));
const arts = new URL('../test/fixtures/articles/', import.meta.url);
for (const f of readdirSync(arts)) texts.push(readFileSync(new URL(f, arts), 'utf8'));
for (const lang of ['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'zh', 'pt', 'und']) {
  for (const text of texts) {
    for (const referenceDate of ['2026-01-10', '2026-01', undefined])
      extractMentions({ text, lang }, { referenceDate });
  }
}
globalThis.RegExp = Native;

// 3. Check every distinct regex.
const rows = [];
let n = 0;
for (const e of entries.values()) {
  n++;
  let r;
  try {
    r = await check(e.source, e.flags.replace(/[gy]/g, ''), { timeout: 5_000 });
  } catch (err) {
    r = { status: 'unknown', error: { kind: String(err) } };
  }
  const complexity = r.complexity ? `${r.complexity.type}` : '';
  rows.push({
    ...e,
    status: r.status,
    complexity,
    checker: r.checker ?? '',
    error: r.error?.kind ?? '',
    attack: r.attack?.pattern ?? '',
  });
  if (n % 25 === 0) process.stderr.write(`${n}/${entries.size}\n`);
}
const order = { vulnerable: 0, unknown: 1, safe: 2 };
rows.sort((a, b) => order[a.status] - order[b.status] || [...a.sites][0].localeCompare([...b.sites][0]));
const esc = (s) => s.replaceAll('|', '\\|').replaceAll('`', 'ˋ');
const short = (s) => (s.length > 140 ? `${s.slice(0, 140)}…` : s);
const count = (st) => rows.filter((r) => r.status === st).length;
const lines = [
  '# ReDoS audit of @corpus/entities',
  '',
  'Every regular expression in `src/` (tests excluded): the literals, found with the TypeScript parser, and',
  'every RegExp the package builds at run time from locale data, recorded while analysing the seeds and the',
  'fixture articles in every built-in language (de, en, es, fr, it, ja, ko, zh) and two fallbacks (pt, und).',
  'Each distinct (source, flags) is checked with [recheck](https://makenowjust-labs.github.io/recheck/) 4.5.0',
  '(`auto` checker, 5 s timeout; `g`/`y` flags dropped, they do not change the matching).',
  `RegExps that dependencies build while we call them (chrono-node, wink-nlp: THIRD_PARTY) are not ours and not listed;`,
  "recheck finds many of chrono-node's polynomial — one reason our date pass is measured against chrono alone.",
  '',
  'Regenerate: `pnpm --filter @corpus/entities build && node --enable-source-maps scripts/redos.mjs`',
  '',
  `Result: ${rows.length} distinct regexes — ${count('safe')} safe, ${count('vulnerable')} vulnerable, ${count('unknown')} unknown`,
  `(\`new RegExp\` in src: ${constructorSites.length} call sites; ${dynamicSites.size} distinct source lines seen building one at run time).`,
  '',
  'Verdicts: `safe` = recheck proved or found no super-linear backtracking; `vulnerable` = it found an',
  'attack string (complexity given); `unknown` = it gave up (timeout or an unsupported construct, e.g. some',
  'lookbehinds); those are covered by the n-vs-4n tests in `test/reliability.test.ts`. The **fix** column says',
  'what was done or why the verdict does not apply.',
  '',
  '| regex | flags | where (file:line) | verdict | fix / note |',
  '|---|---|---|---|---|',
];
const NOTES = globalThis.REDOS_NOTES ?? {};
for (const r of rows) {
  const where = [...r.sites].slice(0, 3).join(', ') + (r.sites.size > 3 ? ` (+${r.sites.size - 3})` : '');
  const verdict =
    r.status === 'safe'
      ? `safe (${r.complexity})`
      : r.status === 'vulnerable'
        ? `**vulnerable** (${r.complexity})`
        : `unknown (${r.error})`;
  const note =
    NOTES[r.source] ?? (r.status === 'safe' ? '' : r.attack ? `attack: \`${esc(short(r.attack))}\`` : '');
  lines.push(`| \`${esc(short(r.source))}\` | ${r.flags} | ${where} | ${verdict} | ${note} |`);
}
const notes = readFileSync(`${root}scripts/redos-notes.md`, 'utf8');
const header = lines.slice(0, lines.indexOf('| regex | flags | where (file:line) | verdict | fix / note |'));
const table = lines.slice(header.length);
writeFileSync(
  `${root}REDOS.md`,
  `${[...header, notes, '## Every regex', '', ...table].join('\n').replace('THIRD_PARTY', `${thirdParty.size} distinct`)}\n`,
);
console.log(
  `${rows.length} regexes: ${count('safe')} safe, ${count('vulnerable')} vulnerable, ${count('unknown')} unknown`,
);
for (const r of rows.filter((x) => x.status !== 'safe'))
  console.log(
    r.status,
    r.complexity,
    r.error,
    [...r.sites][0],
    short(r.source),
    r.attack ? `attack ${short(r.attack)}` : '',
  );
