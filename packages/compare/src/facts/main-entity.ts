import type { Entity, Mention } from '@corpus/entities';

/** A person as a candidate for what a story is about. */
export interface PersonCoverage {
  key: string;
  canonical: string;
  /** Documents that name the person. */
  documents: number;
  mentions: number;
}

/**
 * The one definition of a story's main entity (the subject of clauses that name none): the person
 * the most documents name, then the most often, then by key so that the choice does not depend on
 * input order. For one document, or for the documents linked into entities.
 */
export function mainPerson(
  people: readonly PersonCoverage[],
): { key: string; canonical: string } | undefined {
  const best = [...people].sort(
    (a, b) => b.documents - a.documents || b.mentions - a.mentions || a.key.localeCompare(b.key),
  )[0];
  return best ? { key: best.key, canonical: best.canonical } : undefined;
}

/** The people one document names, each under its longest surface form. */
export function peopleInDocument(mentions: readonly Mention[]): PersonCoverage[] {
  const byKey = new Map<string, PersonCoverage>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const p = byKey.get(m.key);
    if (!p) byKey.set(m.key, { key: m.key, canonical: m.text, documents: 1, mentions: 1 });
    else {
      p.mentions++;
      if (m.text.length > p.canonical.length) p.canonical = m.text;
    }
  }
  return [...byKey.values()];
}

/** The people of linked entities, under their canonical names. */
export function peopleInCorpus(entities: readonly Entity[]): PersonCoverage[] {
  return entities
    .filter((e) => e.type === 'PERSON')
    .map((e) => ({
      key: e.key,
      canonical: e.canonical,
      documents: e.documents.length,
      mentions: e.mentions.length,
    }));
}
