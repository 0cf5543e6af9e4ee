// Entity recall per language on the sentences of test/fixtures/recall/<lang>.txt (written for this
// set, 40 a language): a name counts as found when extractMentions (the build) returns exactly its
// span as a person, organisation, product or place. Prints the README table; --misses lists the rest.
//   pnpm --filter @corpus/entities build && pnpm --filter @corpus/entities eval:recall [--misses]
import { extractMentions } from '../dist/index.js';
import { scoreRecall } from '../test/fixtures/recall';

const { rows, misses } = scoreRecall(extractMentions);
console.log('| language | names | found | recall | with the right type |');
console.log('|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.lang} | ${r.names} | ${r.found} | ${r.recall.toFixed(3)} | ${r.typedRecall.toFixed(3)} |`,
  );
if (process.argv.includes('--misses')) for (const m of misses) console.log(m);
