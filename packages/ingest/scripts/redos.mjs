#!/usr/bin/env node
// ReDoS audit: every regular-expression literal in src/ (found through the TypeScript parser), checked
// with recheck (https://makenowjust-labs.github.io/recheck/), printed as a Markdown table for REDOS.md.
// Usage: node scripts/redos.mjs > /tmp/redos.md   (recheck is a devDependency of this package)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const ts = createRequire(import.meta.url)('typescript');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const found = [];
for (const file of files(join(root, 'src')).sort()) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const cut = literal.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({
        where: `${relative(root, file)}:${line}`,
        pattern: literal.slice(1, cut),
        flags: literal.slice(cut + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const rows = [];
let vulnerable = 0;
for (const r of found) {
  const diagnostics = await check(r.pattern, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
  const verdict =
    diagnostics.status === 'safe'
      ? `safe (${diagnostics.complexity.summary ?? diagnostics.complexity.type})`
      : diagnostics.status === 'vulnerable'
        ? `**vulnerable** (${diagnostics.complexity.summary}); attack: \`${String(diagnostics.attack?.pattern ?? '').slice(0, 60)}\``
        : `unknown (${diagnostics.error?.kind ?? 'timeout'})`;
  if (diagnostics.status === 'vulnerable') vulnerable++;
  const shown = r.pattern.length > 90 ? `${r.pattern.slice(0, 87)}…` : r.pattern;
  rows.push(
    `| \`${shown.replace(/\|/g, '\\|').replace(/`/g, 'ˋ')}\`${r.flags ? ` /${r.flags}` : ''} | ${r.where} | ${verdict} |`,
  );
}
console.log(`${found.length} regular-expression literals, ${vulnerable} reported vulnerable.\n`);
console.log('| regex | file:line | recheck verdict |');
console.log('|---|---|---|');
for (const row of rows) console.log(row);
