// One party, fire or team named differently across articles ("CDU" and "CDU/CSU", an acronym and an
// entity): scoped claims are aligned by the values they carry. When exactly two scope names carry one
// value of one concept in different articles ("CDU/CSU 208 seats", "CDU will receive 208 seats"), the
// two names are taken for one scope, and every claim of either then meets the other's.
import { PREDICATES } from '../facts/predicates';
import { valueKey } from '../facts/values';
import type { Fact } from '../types';

const STORY = 'story';

/** Union–find over scope keys: the root is the key most claims use (then the first in order). */
function unite(pairs: readonly [string, string][], uses: ReadonlyMap<string, number>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const better = (a: string, b: string) =>
    (uses.get(a) ?? 0) > (uses.get(b) ?? 0) || ((uses.get(a) ?? 0) === (uses.get(b) ?? 0) && a < b);
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    if (better(ra, rb)) parent.set(rb, ra);
    else parent.set(ra, rb);
  }
  const out = new Map<string, string>();
  for (const k of parent.keys()) if (find(k) !== k) out.set(k, find(k));
  return out;
}

/**
 * The facts with the scope names of scoped concepts aligned across articles by shared values. A value
 * that three names or more carry (a 5 % threshold beside several parties) says nothing and is skipped;
 * so is a value carried within one article only. Facts about the story itself are left as they are.
 */
export function alignScopes(facts: readonly Fact[]): Fact[] {
  const carriers = new Map<string, Map<string, Set<string>>>();
  const uses = new Map<string, number>();
  for (const f of facts) {
    if (!PREDICATES[f.predicate]?.scoped || f.subject.key === STORY || f.implicitSubject) continue;
    uses.set(f.subject.key, (uses.get(f.subject.key) ?? 0) + 1);
    const key = `${f.predicate}\u0000${valueKey(f.value)}`;
    const byName = carriers.get(key) ?? new Map<string, Set<string>>();
    carriers.set(key, byName);
    const docs = byName.get(f.subject.key) ?? new Set<string>();
    byName.set(f.subject.key, docs);
    docs.add(f.source);
  }
  const pairs: [string, string][] = [];
  for (const byName of carriers.values()) {
    if (byName.size !== 2) continue;
    const [[a, da], [b, db]] = [...byName] as [[string, Set<string>], [string, Set<string>]];
    // Two articles, not one article naming two things with one figure.
    if ([...da].some((d) => !db.has(d)) || [...db].some((d) => !da.has(d)))
      pairs.push([a, b].sort() as [string, string]);
  }
  if (pairs.length === 0) return [...facts];
  const merged = unite(pairs.sort(), uses);
  const canonical = new Map(facts.map((f) => [f.subject.key, f.subject.canonical]));
  return facts.map((f) => {
    const to = PREDICATES[f.predicate]?.scoped ? merged.get(f.subject.key) : undefined;
    return to ? { ...f, subject: { key: to, canonical: canonical.get(to) ?? f.subject.canonical } } : f;
  });
}
