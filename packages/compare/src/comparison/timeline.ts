import type { Comparison, Fact } from '../types';

/** Dated facts by date, ascending: one entry per (date, document, predicate, subject). */
export function timeline(facts: readonly Fact[]): Comparison['timeline'] {
  const dated = new Map<string, Fact[]>();
  const onTimeline = new Set<string>();
  for (const fact of facts) {
    if (fact.value.kind !== 'date') continue;
    const list = dated.get(fact.value.iso) ?? [];
    const once = `${fact.value.iso}\u0000${fact.source}\u0000${fact.predicate}\u0000${fact.subject.key}`;
    if (!onTimeline.has(once)) {
      onTimeline.add(once);
      list.push(fact);
    }
    dated.set(fact.value.iso, list);
  }
  return [...dated.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, list]) => ({ date, facts: list }));
}
