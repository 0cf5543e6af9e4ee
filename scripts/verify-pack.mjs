#!/usr/bin/env node
// Checks the packages as users meet them: packs each public package, lints the tarballs with
// publint and @arethetypeswrong/cli, installs @corpus/compare and @corpus/cli with their sibling
// tarballs into a temporary npm project outside the workspace, checks its size, and checks ESM and
// CJS consumers and the corpus-compare command there.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const packages = ['core', 'segment', 'ingest', 'entities', 'compare', 'cli'];
const work = mkdtempSync(join(tmpdir(), 'corpus-pack-'));
const failures = [];
let passedChecks = 0;
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
const check = (name, fn) => {
  try {
    fn();
    passedChecks++;
    console.log(`ok    ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`FAIL  ${name}\n${String(error.stdout ?? '') + String(error.stderr ?? '') || error.message}`);
  }
};

const tarballs = {};
for (const name of packages) {
  const dir = join(root, 'packages', name);
  const out = run('pnpm', ['pack', '--pack-destination', work], { cwd: dir });
  const tgz = out.trim().split('\n').pop();
  tarballs[name] = tgz.startsWith('/') ? tgz : join(work, tgz);
  check(`publint --strict @corpus/${name}`, () =>
    run('pnpm', ['exec', 'publint', '--strict', dir], { cwd: root }),
  );
  check(`attw @corpus/${name}`, () => run('pnpm', ['exec', 'attw', tarballs[name]], { cwd: root }));
}

const app = join(work, 'app');
execFileSync('mkdir', ['-p', app]);
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
);
check('npm install @corpus/compare and @corpus/cli from tarballs', () =>
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...Object.values(tarballs)], {
    cwd: app,
  }),
);

// Issue #15's budget: what a user installs with @corpus/compare (and @corpus/cli) stays under 50 MB
// (decimal), counted both ways `du` counts: blocks on disk (`du -s -B1`: every file takes whole 4 KiB
// blocks, so a dependency of many small files costs more than its bytes) and apparent size (`du -s -b`).
const INSTALL_BUDGET = 50_000_000;
check('installed node_modules under 50 MB, on disk and apparent', () => {
  const du = (flag) => Number(run('du', ['-s', flag, join(app, 'node_modules')]).split('\t')[0]);
  const onDisk = du('-B1');
  const apparent = du('-b');
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(`      node_modules: ${mb(onDisk)} on disk (du -s -B1), ${mb(apparent)} apparent (du -s -b)`);
  if (onDisk >= INSTALL_BUDGET || apparent >= INSTALL_BUDGET)
    throw new Error(`over the ${mb(INSTALL_BUDGET)} budget: ${mb(onDisk)} on disk, ${mb(apparent)} apparent`);
});

const input = JSON.stringify([
  { name: 'a.txt', text: 'Anna Weber joined Acme Corp in March 2019. She left on 5 January 2026.' },
  { name: 'b.txt', text: 'Anna Weber joined Acme Corp in 2018, Reuters reported. She left in January 2026.' },
]);
const esm = `import { compareTexts } from '@corpus/compare';\nconst c = await compareTexts(${input});\nconsole.log(JSON.stringify({ v: c.schemaVersion, docs: c.documents.map((d) => d.name) }));\n`;
const cjs = `const { compareTexts } = require('@corpus/compare');\nPromise.resolve(compareTexts(${input})).then((c) => console.log(JSON.stringify({ v: c.schemaVersion, docs: c.documents.map((d) => d.name) })));\n`;
writeFileSync(join(app, 'esm.mjs'), esm);
writeFileSync(join(app, 'cjs.cjs'), cjs);
// The packed build must report the schema version the workspace declares.
const schemaVersion = JSON.parse(readFileSync(join(root, 'packages/compare/schema.json'), 'utf8')).properties
  ?.schemaVersion?.const;
const expected = JSON.stringify({ v: schemaVersion, docs: ['a.txt', 'b.txt'] });
check('ESM consumer: import @corpus/compare and compare two texts', () => {
  const out = run('node', ['esm.mjs'], { cwd: app }).trim();
  if (out !== expected) throw new Error(`expected ${expected}, got ${out}`);
});
check('CJS consumer: require @corpus/compare and compare two texts', () => {
  const out = run('node', ['cjs.cjs'], { cwd: app }).trim();
  if (out !== expected) throw new Error(`expected ${expected}, got ${out}`);
});
check('@corpus/compare/render: the renderers alone, from ESM and CJS', () => {
  const names = "Object.keys(m).filter((k) => k.startsWith('render')).sort().join(',')";
  const esm = run(
    'node',
    ['--input-type=module', '-e', `import * as m from '@corpus/compare/render'; console.log(${names})`],
    { cwd: app },
  ).trim();
  const cjs = run('node', ['-e', `const m = require('@corpus/compare/render'); console.log(${names})`], {
    cwd: app,
  }).trim();
  const expected = 'renderHtml,renderJson,renderMarkdown';
  if (esm !== expected || cjs !== expected) throw new Error(`expected ${expected}, got ${esm} / ${cjs}`);
});
check('importing @corpus/compare prints nothing', () => {
  writeFileSync(join(app, '.env'), 'CORPUS_DOTENV_PROBE=1\n');
  const out = run(
    'node',
    ['-e', "import('@corpus/compare').then(() => console.log(process.env.CORPUS_DOTENV_PROBE ?? ''))"],
    { cwd: app },
  );
  if (out.trim() !== '') throw new Error(`import printed or loaded .env: ${JSON.stringify(out)}`);
});
check('installed tree holds no database client', () => {
  const banned = ['mongoose', 'mongodb', 'pg', 'redis', 'memjs', 'dotenv', 'natural'];
  const present = banned.filter((name) => existsSync(join(app, 'node_modules', name)));
  if (present.length) throw new Error(`found in node_modules: ${present.join(', ')}`);
});
check('@corpus/ingest ships its pre-converted language model (dist/ngrams.bin)', () => {
  const file = join(app, 'node_modules', '@corpus', 'ingest', 'dist', 'ngrams.bin');
  if (!existsSync(file)) throw new Error(`missing ${file}: cold start would fall back to eld's files`);
  const size = readFileSync(file).length;
  if (size < 100_000) throw new Error(`ngrams.bin is only ${size} bytes`);
});
const compareTwo = join(root, 'examples', 'compare-two', 'main.mjs');
if (existsSync(compareTwo)) {
  check('examples/compare-two runs against the installed tarballs', () => {
    writeFileSync(join(app, 'compare-two.mjs'), readFileSync(compareTwo, 'utf8'));
    const out = run('node', ['compare-two.mjs'], { cwd: app });
    if (!out.includes('contradiction: Anna Weber joined')) throw new Error(`unexpected output: ${out}`);
  });
}

// The command a journalist runs: the seed articles in a folder of their own, compared by the bin npm
// installed (`npx --no` never fetches from the registry), the report checked for the four seed
// conflicts by their values, whatever the headings are called.
const seedFolder = join(app, 'articles');
// A user's shell, not pnpm's: under `pnpm test` npm_config_* variables make npx print warnings.
const userEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')),
);
mkdirSync(seedFolder);
for (const file of readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')))
  copyFileSync(join(root, 'seeds', file), join(seedFolder, file));
check('npx corpus-compare <folder> --format md writes a report with the four seed conflicts', () => {
  run('npx', ['--no', 'corpus-compare', 'articles', '--format', 'md'], { cwd: app, env: userEnv });
  const report = readFileSync(join(app, 'report.md'), 'utf8');
  const conflicts = report.split(/^## /m).find((section) => section.startsWith('Conflicts'));
  if (!conflicts) throw new Error(`no Conflicts section in report.md:\n${report.slice(0, 2000)}`);
  const groups = conflicts
    .split(/^### /m)
    .map((group) => [...group.matchAll(/^- \*\*(.+?)\*\*:/gm)].map((m) => m[1]));
  const expected = {
    'joined 2019 vs 2017': (v) => v.includes('2019') && v.some((x) => /\b2017$/.test(x)),
    'announced 5, 6 or 7 January': (v) => [5, 6, 7].every((d) => v.includes(`${d} January 2026`)),
    'announced on X vs LinkedIn': (v) => v.includes('X') && v.includes('LinkedIn'),
    'Twerk / Tworek spelling': (v) => v.includes('Jerry Twerk') && v.includes('Jerry Tworek'),
  };
  const missing = Object.entries(expected).filter(([, found]) => !groups.some(found));
  if (missing.length)
    throw new Error(`missing ${missing.map(([name]) => name).join(', ')}; groups: ${JSON.stringify(groups)}`);
});
check('npx @corpus/cli -- --version, and a usage error in one line with exit 2', () => {
  // Without `--`, npx reads a --version right after the package as its own flag.
  const version = run('npx', ['--no', '--', '@corpus/cli', '--version'], { cwd: app, env: userEnv }).trim();
  if (!/^corpus-compare \d+\.\d+\.\d+\S* \(@corpus\/compare /.test(version))
    throw new Error(`--version: ${version}`);
  const usage = spawnSync('npx', ['--no', 'corpus-compare', 'articles', '--bogus'], {
    cwd: app,
    env: userEnv,
    encoding: 'utf8',
  });
  const line = 'corpus-compare: unknown option --bogus. Run corpus-compare --help.\n';
  if (usage.status !== 2 || usage.stderr !== line)
    throw new Error(`exit ${usage.status}, stderr ${JSON.stringify(usage.stderr)}`);
});

check('release dry run: pnpm publish -r --dry-run', () =>
  run('pnpm', ['publish', '-r', '--dry-run', '--no-git-checks'], { cwd: root }),
);

if (!process.env.CORPUS_KEEP_PACK) rmSync(work, { recursive: true, force: true });
writeFileSync(
  join(root, '.verify-pack.json'),
  JSON.stringify({ passed: passedChecks, failed: failures.length }),
);
console.log(
  `\nverify-pack: ${failures.length === 0 ? 'all checks passed' : `${failures.length} failed: ${failures.join('; ')}`}`,
);
process.exit(failures.length === 0 ? 0 : 1);
