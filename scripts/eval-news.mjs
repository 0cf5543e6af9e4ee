// pnpm eval:news — runs the news comparison development set (../shared/eval/news: real coverage of
// four stories with gold contradictions and agreements) through the CLI and prints its scores.
// A development tool: it is never part of `pnpm test`, and a clone without ../shared says so and
// exits 0. Extra arguments go to the scorer (e.g. `pnpm eval:news -- -v`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const news = join(root, '..', 'shared', 'eval', 'news');
if (!existsSync(join(news, 'run-all.sh'))) {
  console.log(
    `eval:news: ${news} is not here (it sits beside a development checkout, not in a clone); nothing to do.`,
  );
  process.exit(0);
}
const candidates = ['packages/cli/dist/main.js', 'examples/news-compare/dist/main.js'];
const cli = candidates.find((c) => existsSync(join(root, c)));
if (!cli) {
  console.error('eval:news: no built CLI; run `pnpm build` first.');
  process.exit(2);
}
const args = process.argv.slice(2).filter((a) => a !== '--');
const result = spawnSync('bash', [join(news, 'run-all.sh'), root, ...(args.length ? ['--', ...args] : [])], {
  stdio: 'inherit',
  env: { ...process.env, NEWS_COMPARE_CLI: cli },
});
process.exit(result.status ?? 1);
