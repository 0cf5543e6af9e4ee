// pnpm eval:news — runs the news comparison development set (../shared/eval/news: real coverage of
// four stories with gold contradictions and agreements) through the CLI and prints its scores.
// A development tool: it is never part of `pnpm test`, and a clone without ../shared says so and
// exits 0. Extra arguments go to the scorer (e.g. `pnpm eval:news -- -v`).
//
// `pnpm eval:news -- --pooled` puts every story's articles in one folder, runs the CLI once on it,
// and scores how it grouped them into stories (pairwise precision and recall of "same story"), how
// many of its agreements and conflicts mix articles of different stories (there should be none), and
// the claims of each story with the same scorer (each story is scored on the groups that hold one of
// its articles).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Beside the checkout, or beside the folder of worktrees that holds it.
const news = [
  join(root, '..', 'shared', 'eval', 'news'),
  join(root, '..', '..', 'shared', 'eval', 'news'),
].find((dir) => dir && existsSync(join(dir, 'run-all.sh')));
if (!news) {
  console.log(
    `eval:news: ${join(root, '..', 'shared', 'eval', 'news')} is not here (it sits beside a development checkout, not in a clone); nothing to do.`,
  );
  process.exit(0);
}
const candidates = ['packages/cli/dist/main.js', 'examples/news-compare/dist/main.js'];
const cli = candidates.find((c) => existsSync(join(root, c)));
if (!cli) {
  console.error('eval:news: no built CLI; run `pnpm build` first.');
  process.exit(2);
}
const given = process.argv.slice(2).filter((a) => a !== '--');
const pooled = given.includes('--pooled');
const args = given.filter((a) => a !== '--pooled');

if (!pooled) {
  const result = spawnSync(
    'bash',
    [join(news, 'run-all.sh'), root, ...(args.length ? ['--', ...args] : [])],
    {
      stdio: 'inherit',
      env: { ...process.env, NEWS_COMPARE_CLI: cli },
    },
  );
  process.exit(result.status ?? 1);
}

// Pooled: every article of every story in one folder.
const storiesDir = join(news, 'stories');
const storyOf = new Map();
const work = mkdtempSync(join(tmpdir(), 'news-pooled-'));
const folder = join(work, 'articles');
mkdirSync(folder);
for (const id of readdirSync(storiesDir).sort()) {
  const texts = join(storiesDir, id, 'texts');
  if (!existsSync(join(storiesDir, id, 'gold.json')) || !existsSync(texts)) continue;
  for (const file of readdirSync(texts)) {
    if (storyOf.has(file)) {
      console.error(`eval:news --pooled: two stories have an article named ${file}; cannot pool them.`);
      process.exit(2);
    }
    storyOf.set(file, id);
    copyFileSync(join(texts, file), join(folder, file));
  }
}
const report = join(work, 'pooled.json');
const run = spawnSync('node', [join(root, cli), folder, '-o', report, '-q'], { stdio: 'inherit' });
if (!existsSync(report)) {
  console.error(`eval:news --pooled: the CLI wrote no report (exit ${run.status}).`);
  process.exit(1);
}
const comparison = JSON.parse(readFileSync(report, 'utf8'));

// Pairwise precision and recall of "same story".
const found = new Map();
(comparison.stories ?? []).forEach((s, i) => {
  for (const d of s.documents) found.set(d, i);
});
const names = [...storyOf.keys()];
let both = 0;
let foundOnly = 0;
let goldOnly = 0;
for (let i = 0; i < names.length; i++) {
  for (let j = i + 1; j < names.length; j++) {
    const same = found.get(names[i]) !== undefined && found.get(names[i]) === found.get(names[j]);
    const gold = storyOf.get(names[i]) === storyOf.get(names[j]);
    if (same && gold) both++;
    else if (same) foundOnly++;
    else if (gold) goldOnly++;
  }
}
const precision = both + foundOnly ? both / (both + foundOnly) : 1;
const recall = both + goldOnly ? both / (both + goldOnly) : 1;

// Each gold story's share of the report: the groups holding one of its articles.
const split = join(work, 'stories');
mkdirSync(split);
const storiesOfGroup = (g) => new Set(g.values.flatMap((v) => v.sources.map((s) => storyOf.get(s))));
const mixed = [...comparison.conflicts, ...comparison.agreements].filter((g) => storiesOfGroup(g).size > 1);
for (const id of new Set(storyOf.values())) {
  const mine = (g) => storiesOfGroup(g).has(id);
  const part = {
    ...comparison,
    conflicts: comparison.conflicts.filter(mine),
    agreements: comparison.agreements.filter(mine),
  };
  writeFileSync(join(split, `${id}.json`), JSON.stringify(part));
}
const score = spawnSync('node', [join(news, 'score.mjs'), '--all', storiesDir, split, ...args], {
  stdio: 'inherit',
});
console.log(
  `POOLED (${names.length} articles in one folder): ${comparison.stories?.length ?? 0} stories found, ` +
    `${new Set(storyOf.values()).size} in the gold; same-story pairs precision ${precision.toFixed(3)}, ` +
    `recall ${recall.toFixed(3)}; groups mixing stories: ${mixed.length}`,
);
console.log(`comparison: ${report}`);
process.exit(score.status ?? 1);
