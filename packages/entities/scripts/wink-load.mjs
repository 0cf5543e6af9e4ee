// What wink-nlp costs (not a timed test). Usage: pnpm build && node scripts/wink-load.mjs
// 1. loading wink-nlp + wink-eng-lite-web-model alone, as the package does on its first English call;
// 2. importing the package (wink is not loaded) and an Italian call (never loads wink);
// 3. the first English call (loads wink), then another English call.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// Wall and CPU time since a mark: on a busy machine the wall clock counts other processes' turns.
const mark = () => [performance.now(), cpu()];
const ms = ([t, c]) => `${(performance.now() - t).toFixed(0)} ms (${(cpu() - c).toFixed(0)} ms CPU)`;
const require = createRequire(import.meta.url);
const loaded = () => Object.keys(require.cache).some((k) => k.includes('wink-nlp'));

let t = mark();
const { extractMentions } = await import('../dist/index.js');
console.log(`import @corpus/entities: ${ms(t)} (wink loaded: ${loaded()})`);
t = mark();
extractMentions({ text: 'Tworek ha lasciato OpenAI dopo quasi sette anni.', lang: 'it' });
console.log(`first Italian call: ${ms(t)} (wink loaded: ${loaded()})`);
t = mark();
extractMentions({ text: 'Tworek left OpenAI after nearly seven years.', lang: 'en' });
console.log(`first English call: ${ms(t)} (wink loaded: ${loaded()})`);
t = mark();
extractMentions({ text: 'Sutskever declined to comment, Nadella said.', lang: 'en' });
console.log(`next English call: ${ms(t)}`);
