#!/usr/bin/env node
// ReDoS audit of every regular expression in src/ (tests excluded), with recheck in pure-JS mode.
//
//   pnpm --filter @corpus/segment redos                 # prints a Markdown table
//   node packages/segment/scripts/redos.mjs --check    # exits 1 if any regex is vulnerable
//
// Regex literals are found with the TypeScript parser; `new RegExp(...)` calls are listed too
// (their source is built at run time, so they are reported for review rather than checked).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// recheck's pure-JS backend (no native binary or JVM needed)
process.env.RECHECK_BACKEND ??= 'pure';
const { check } = await import('recheck');

const root = new URL('..', import.meta.url).pathname;
const files = [];
(function walk(dir) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.d.ts')) files.push(p);
  }
})(join(root, 'src'));

const found = [];
for (const file of files.sort()) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const where = `${relative(root, file)}:${line}`;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText();
      const slash = lit.lastIndexOf('/');
      found.push({ where, source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      found.push({ where, dynamic: node.getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

const rows = [];
let vulnerable = 0;
for (const r of found) {
  if (r.dynamic) {
    rows.push(`| \`${r.dynamic}\` | ${r.where} | dynamic: not checked | |`);
    continue;
  }
  const res = await check(r.source, r.flags, { timeout: 60_000 });
  if (res.status === 'vulnerable') vulnerable++;
  const detail =
    res.status === 'vulnerable'
      ? `${res.complexity.summary}; attack: \`${res.attack.pattern}\``
      : res.status === 'safe'
        ? res.complexity.summary
        : (res.error?.kind ?? '');
  rows.push(
    `| \`/${r.source.replace(/\|/g, '\\|')}/${r.flags}\` | ${r.where} | **${res.status}** | ${detail} |`,
  );
}
console.log('| regex | file:line | recheck | complexity |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`\n${found.length} regular expressions, ${vulnerable} vulnerable.`);
if (process.argv.includes('--check') && vulnerable > 0) process.exit(1);
