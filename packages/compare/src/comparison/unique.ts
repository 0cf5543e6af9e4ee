import type { Entity } from '@corpus/entities';
import { valueKey } from '../facts/values';
import type { Comparison, Fact } from '../types';

/** Two distinct sources seen so far: enough to tell whether any source other than a given one exists. */
class TwoSources {
  private a?: string;
  private b?: string;
  add(source: string): void {
    if (this.a === undefined) this.a = source;
    else if (this.b === undefined && source !== this.a) this.b = source;
  }
  hasOtherThan(source: string): boolean {
    return (this.a !== undefined && this.a !== source) || (this.b !== undefined && this.b !== source);
  }
}

const claimKey = (f: Fact) => `${f.subject.key}\u0000${f.predicate}`;
const textKey = (f: Fact) =>
  f.value.kind === 'text' ? `${claimKey(f)}\u0000${f.value.normalized}` : undefined;

/**
 * Whether another source states a fact's claim: it gives the claim a value that is not text, or the
 * same text. Indexed once: scanning all facts for each fact grows with the square of the corpus.
 */
function statedElsewhere(facts: readonly Fact[]): (f: Fact) => boolean {
  const nonText = new Map<string, TwoSources>();
  const text = new Map<string, TwoSources>();
  const sourcesIn = (map: Map<string, TwoSources>, key: string) => {
    let s = map.get(key);
    if (!s) {
      s = new TwoSources();
      map.set(key, s);
    }
    return s;
  };
  for (const f of facts) {
    const t = textKey(f);
    if (t === undefined) sourcesIn(nonText, claimKey(f)).add(f.source);
    else sourcesIn(text, t).add(f.source);
  }
  return (f) => {
    const t = textKey(f);
    return (
      nonText.get(claimKey(f))?.hasOtherThan(f.source) === true ||
      (t !== undefined && text.get(t)?.hasOtherThan(f.source) === true)
    );
  };
}

/** What only one document says: entities no other names, facts no other states. */
export function uniqueContent(
  entities: readonly Entity[],
  facts: readonly Fact[],
  names: readonly string[],
): Comparison['unique'] {
  const onlyIn = new Map<string, string[]>();
  for (const e of entities) {
    if (e.documents.length !== 1) continue;
    const list = onlyIn.get(e.documents[0]!) ?? [];
    list.push(e.key);
    onlyIn.set(e.documents[0]!, list);
  }
  const elsewhere = statedElsewhere(facts);
  const seen = new Set<string>();
  const uniqueFacts = new Map<string, Fact[]>(names.map((name) => [name, []]));
  for (const f of facts) {
    // Once per claim: the title and the body saying the same thing are one thing only it says.
    const once = `${f.source}\u0000${claimKey(f)}\u0000${valueKey(f.value)}`;
    if (seen.has(once)) continue;
    seen.add(once);
    if (!elsewhere(f)) uniqueFacts.get(f.source)?.push(f);
  }
  const unique: Comparison['unique'] = {};
  for (const name of names) {
    unique[name] = { entities: onlyIn.get(name) ?? [], facts: uniqueFacts.get(name) ?? [] };
  }
  return unique;
}
