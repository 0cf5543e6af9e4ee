// Two short articles about one story: where do they contradict each other, and what do they agree on?
import { compareTexts } from '@corpus/compare';

const comparison = compareTexts([
  {
    name: 'wire.txt',
    text: 'Anna Weber joined Acme Corp in March 2019. She left the company on 5 January 2026.',
  },
  { name: 'daily.txt', text: 'Anna Weber joined Acme Corp in 2017. She left the company in January 2026.' },
]);

for (const group of [...comparison.conflicts, ...comparison.agreements]) {
  const values = group.values.map((v) => `${v.display} (${v.sources.join(', ')})`);
  console.log(
    `${group.kind ?? 'agreement'}: ${group.subject.canonical} ${group.predicate}: ${values.join(' vs ')}`,
  );
  for (const v of group.values) for (const e of v.evidence) console.log(`  ${e.source}: "${e.sentence}"`);
}
