import { STORY_SUBJECT } from '../facts/predicates';
import type { AnalyzedDocument, CompareWarning, Fact } from '../types';
import type { LinkedEntities } from './link';

/**
 * Every document's facts with their subjects, values and sources as linked entities: a clause that
 * named no subject is about the story's main entity (or the story itself when there is none).
 */
export function linkedFacts(
  docs: readonly AnalyzedDocument[],
  linked: LinkedEntities,
  mainEntity: { key: string; canonical: string } | undefined,
): { facts: Fact[]; warnings: CompareWarning[] } {
  const facts: Fact[] = [];
  const warnings: CompareWarning[] = [];
  for (const doc of docs) {
    const name = doc.document.source.name;
    for (const original of doc.facts) {
      // A shallow copy: the fields replaced below are new objects, nothing after this step changes a
      // fact, and compare() returns a JSON copy (a deep clone per fact was a tenth of its time).
      const fact: Fact = { ...original };
      if (fact.implicitSubject) {
        fact.subject = mainEntity ? { ...mainEntity } : { ...STORY_SUBJECT };
      } else if (fact.subject.key !== STORY_SUBJECT.key) {
        const key = linked.keyOf(name, fact.subjectSpan, fact.subject.key);
        fact.subject = { key, canonical: linked.canonical[key] ?? fact.subject.canonical };
      }
      if (fact.value.kind === 'text') {
        fact.value = { kind: 'text', normalized: linked.keyOf(name, fact.valueSpan, fact.value.normalized) };
      }
      if (fact.attributionKey) fact.attributionKey = linked.keyOf(name, undefined, fact.attributionKey);
      facts.push(fact);
    }
    if (doc.facts.length === 0 && doc.document.text.trim().length > 0) {
      warnings.push({
        code: 'W_NO_FACTS',
        message: `No facts found in ${name} (${doc.document.lang}); add trigger words for this language (a FactLocale in the locales option, or src/locales/ in @corpus/compare).`,
        document: name,
      });
    }
  }
  return { facts, warnings };
}
