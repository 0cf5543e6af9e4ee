// Precision and recall of cross-script linking on the pair set of test/fixtures/name-pairs.ts:
// each pair becomes two one-mention documents, and linkEntities (the build) either makes them one
// entity or not. Prints the per-script-pair table of the README; --misses lists every error.
//   pnpm --filter @corpus/entities build && pnpm --filter @corpus/entities eval:link [--misses]
import { extractMentions, linkEntities } from '../dist/index.js';
import { scorePairs } from '../test/fixtures/name-pairs';

const { rows, errors } = scorePairs({ extractMentions, linkEntities });
console.log(
  '| scripts | same pairs | different pairs | linked right | linked wrong | missed | precision | recall |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.scripts} | ${r.same} | ${r.different} | ${r.linkedRight} | ${r.linkedWrong} | ${r.missed} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} |`,
  );
if (process.argv.includes('--misses')) for (const e of errors) console.log(e);
