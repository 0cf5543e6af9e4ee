#!/usr/bin/env node
// Adds up the vitest JSON reports of every package and example (and the packaging checks) into one
// plain closing line, so a reader of CI output sees the whole count at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const group of ['packages', 'examples']) {
  for (const name of readdirSync(join(root, group)).sort()) {
    const file = join(root, group, name, '.vitest-report.json');
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    rows.push(
      `${`${group}/${name}`.padEnd(28)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
    );
  }
}
const pack = join(root, '.verify-pack.json');
if (existsSync(pack)) {
  const checks = JSON.parse(readFileSync(pack, 'utf8'));
  passed += checks.passed;
  failed += checks.failed;
  rows.push(`${'verify-pack'.padEnd(28)} ${checks.passed} passed, ${checks.failed} failed`);
}
console.log(['', ...rows, ''].join('\n'));
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && rows.length > 0 ? 0 : 1);
