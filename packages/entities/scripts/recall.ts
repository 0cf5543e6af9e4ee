// Entity recall per language on the sentences of test/fixtures/recall/<lang>.txt (the tuning half,
// 40 a language) and test/fixtures/recall-heldout/<lang>.txt (the held-out half, 20 a language, the
// figure of record): a name counts as found when extractMentions (the build) returns exactly its
// span as a person, organisation, product, place or name; a name returned with a span that is no
// gold name's is a false positive. --misses and --fp list the tuning half's; add --heldout for the
// held-out half's (read them only when done tuning).
//   pnpm --filter @corpus/entities build && pnpm --filter @corpus/entities eval:recall [--misses] [--fp]
import { extractMentions } from '../dist/index.js';
import { recallSentences, scoreRecall } from '../test/fixtures/recall';

const tuning = scoreRecall(extractMentions, recallSentences('tuning'));
const heldout = scoreRecall(extractMentions, recallSentences('heldout'));
console.log(
  '| language | held-out names | held-out recall | held-out typed | held-out FP | tuning names | tuning recall | tuning typed | tuning FP |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
const total = (rows: typeof tuning.rows) =>
  rows.reduce(
    (a, r) => ({
      names: a.names + r.names,
      found: a.found + r.found,
      typed: a.typed + r.typed,
      fp: a.fp + r.falsePositives,
    }),
    { names: 0, found: 0, typed: 0, fp: 0 },
  );
for (const t of tuning.rows) {
  const h = heldout.rows.find((r) => r.lang === t.lang);
  const held = h
    ? `${h.names} | ${h.recall.toFixed(3)} | ${h.typedRecall.toFixed(3)} | ${h.falsePositives}`
    : '– | – | – | –';
  console.log(
    `| ${t.lang} | ${held} | ${t.names} | ${t.recall.toFixed(3)} | ${t.typedRecall.toFixed(3)} | ${t.falsePositives} |`,
  );
}
const [h, t] = [total(heldout.rows), total(tuning.rows)];
console.log(
  `| all | ${h.names} | ${(h.found / h.names).toFixed(3)} | ${(h.typed / h.names).toFixed(3)} | ${h.fp} | ${t.names} | ${(t.found / t.names).toFixed(3)} | ${(t.typed / t.names).toFixed(3)} | ${t.fp} |`,
);
const shown = process.argv.includes('--heldout') ? heldout : tuning;
if (process.argv.includes('--misses')) for (const m of shown.misses) console.log(`miss ${m}`);
if (process.argv.includes('--fp')) for (const m of shown.falsePositives) console.log(`fp ${m}`);
