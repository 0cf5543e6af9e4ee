// ReDoS audit of @corpus/compare: every regular expression in its own source (literals and
// `new RegExp` built from the trigger lexicons, as src/facts/patterns.ts builds them), checked with recheck
// (https://makenowjust-labs.github.io/recheck/, pure-JS backend). Writes REDOS.md beside this folder.
// Run after `pnpm build` (it reads the lexicons from dist):
//   node packages/compare/scripts/redos.mjs [--out packages/compare/REDOS.md]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { parseArgs } from 'node:util';

process.env.RECHECK_BACKEND ??= 'pure';
const require = createRequire(import.meta.url);
const ts = require('typescript');
const { checkSync } = require('recheck');
const { BUILT_IN_LOCALES } = await import('@corpus/compare');

const { values: args } = parseArgs({
  options: { out: { type: 'string', default: new URL('../REDOS.md', import.meta.url).pathname } },
});

// Every source file but tests and the locale lexicons (checked below, as the expressions they become).
const FILES = readdirSync(new URL('../src/', import.meta.url), { recursive: true })
  .map((f) => `src/${String(f).split(sep).join('/')}`)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('/locales/'))
  .sort();

/** Regular-expression literals of a file, and `new RegExp('literal', 'flags')` with literal arguments. */
function literals(file) {
  const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      found.push({
        where: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        source: text.slice(1, end),
        flags: text.slice(end + 1),
      });
    } else if (
      ts.isNewExpression(node) &&
      node.expression.getText() === 'RegExp' &&
      node.arguments?.[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({
        where: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        source: node.arguments[0].text,
        flags: node.arguments[1] && ts.isStringLiteral(node.arguments[1]) ? node.arguments[1].text : '',
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

// The expressions src/facts/patterns.ts `wrap` builds from each locale's lists are alternations of the patterns,
// with no repetition around them: each pattern is checked alone, placed as `wrap` places it (for
// languages with spaces: followed by the word-edge lookahead, and preceded by the word-edge lookbehind
// when a pattern of its list repeats without bound, as in src/facts/patterns.ts), once per distinct result.
// recheck gives up on the whole alternations of up to 60 words after 20 s; an alternation with no
// repetition around it is linear when each alternative is.
const unbounded = (p) => /(?:^|[^\\])(?:[*+]|\{\d+,\})/.test(p.replace(/\[(?:\\.|[^\]])*\]/g, '[]'));
const built = [];
const seen = new Set();
for (const [lang, locale] of Object.entries(BUILT_IN_LOCALES)) {
  const lists = [
    ...Object.entries(locale.triggers).map(([trigger, patterns]) => [`triggers.${trigger}`, patterns]),
    ...['sourceAfter', 'sourceBefore'].map((side) => [`attribution.${side}`, locale.attribution[side] ?? []]),
  ];
  for (const [list, patterns] of lists) {
    const before = locale.wordBoundaries && patterns.some(unbounded) ? '(?<![\\p{L}\\p{N}])' : '';
    for (const pattern of patterns) {
      const source = locale.wordBoundaries ? `${before}(?:${pattern})(?![\\p{L}\\p{N}])` : pattern;
      if (seen.has(source)) continue;
      seen.add(source);
      built.push({ where: `src/locales/${lang} ${list}`, source, flags: 'giu' });
    }
  }
}

const all = [...FILES.flatMap(literals), ...built];
const rows = [];
let vulnerable = 0;
let flaggedLinear = 0;
let unknown = 0;
for (const r of all) {
  const t0 = performance.now();
  let result;
  try {
    result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
  } catch (error) {
    result = { status: 'unknown', error: { kind: String(error) } };
  }
  const ms = performance.now() - t0;
  // recheck's fuzzer flags some expressions that V8 runs in linear time (its own backtracking machine
  // does not skip what V8 skips): run its attack string in V8 at two sizes, n and 4n.
  if (result.status === 'vulnerable' && result.attack?.pattern) {
    const attack = (k) =>
      // recheck's attack is a string expression ('a'.repeat(31) + …): rebuilt at another size.
      new Function(`return ${result.attack.pattern.replace(/\.repeat\(\d+\)/g, `.repeat(${k})`)};`)();
    const re = new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`);
    const time = (k) => {
      const text = attack(k);
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        for (const _ of text.matchAll(re));
        best = Math.min(best, performance.now() - t);
      }
      return { best, length: text.length };
    };
    time(1000);
    const n = time(20_000);
    const n4 = time(80_000);
    r.v8 = `V8 on recheck's attack: ${n.best.toFixed(2)} ms at ${n.length} chars, ${n4.best.toFixed(2)} ms at ${n4.length} (×${(n4.best / Math.max(n.best, 0.01)).toFixed(1)} for ×4)`;
    if (n4.best < 8 * Math.max(n.best, 0.05)) r.linearInV8 = true;
  }
  if (result.status === 'vulnerable' && !r.linearInV8) vulnerable++;
  if (result.status === 'unknown') unknown++;
  if (r.linearInV8) flaggedLinear++;
  const verdict =
    result.status === 'safe'
      ? `safe (${result.complexity?.summary ?? 'linear'})`
      : result.status === 'vulnerable'
        ? `**vulnerable** (${result.complexity?.summary}); attack ${result.attack?.pattern}`
        : `unknown (${result.error?.kind ?? ''})`;
  rows.push({ ...r, verdict: r.v8 ? `${verdict}; ${r.v8}` : verdict });
  process.stderr.write(`${r.where}: ${verdict} ${ms.toFixed(0)} ms\n`);
}

const cell = (s) => s.replace(/\|/g, '\\|').replace(/`/g, 'ˋ');
const short = (s) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);
const md = `# ReDoS audit of @corpus/compare

Generated by \`node packages/compare/scripts/redos.mjs\` (after \`pnpm build\`) with
[recheck](https://makenowjust-labs.github.io/recheck/) ${require('recheck/package.json').version}, pure-JS
backend, on every regular-expression literal and \`new RegExp('…')\` in ${FILES.map((f) => `\`${f}\``).join(', ')},
and on each of the ${built.length} distinct patterns of the built-in trigger lexicons (\`src/locales/*\`) as
\`src/facts/patterns.ts\` places them in the expressions it builds (alternations with no repetition around them, so
linear when every alternative is; recheck gives up on the whole alternations after 20 s). \`g\`/\`y\` flags are dropped for the check (they do
not change the matcher).

**${all.length} expressions: ${all.length - vulnerable - unknown - flaggedLinear} safe, ${flaggedLinear} flagged by recheck's fuzzer but linear in V8 on its own attack string (n vs 4n), ${vulnerable} vulnerable, ${unknown} unknown (recheck gave up after 10 s).**

Two quadratic cases were found and fixed before this record: \`/0+$/\` in \`roundingTolerance\` (8.5 s on
\`1\` + 50 000 zeros + \`1\`; now trimmed by index), and the trigger patterns ending in \`\\p{L}*\` once the
leading word-edge lookbehind was dropped for speed (tried at every position inside a long word; the
lookbehind is now kept for every list with an unbounded repeat). Both have n-vs-4n tests in
\`test/reliability.test.ts\`.

Why the "unknown" ones are linear: each is one locale pattern inside an alternation with no repetition
around it (so the alternation costs at most the sum of its alternatives at each start position). With
word boundaries, a pattern with an unbounded repeat (\`\\p{L}*\`) is preceded by the lookbehind
\`(?<![\\p{L}\\p{N}])\`, so it starts only at the first character of a word and its repeat (letters
only) spans that one word: O(word length) per word, O(n) in all. The others repeat only within a bound
(\`[^.;]{0,30}\`, \`(?:s|ed)?\`): O(bound) per start position, O(n) in all. \`test/reliability.test.ts\`
measures every built-in list on a 2 000-repetition word against a 500-repetition one.

| where | expression | flags | recheck |
|---|---|---|---|
${rows.map((r) => `| ${cell(r.where)} | \`${cell(short(r.source))}\` | ${r.flags} | ${cell(r.verdict)} |`).join('\n')}
`;
writeFileSync(args.out, md);
console.log(`${all.length} expressions: ${vulnerable} vulnerable, ${unknown} unknown; written ${args.out}`);
