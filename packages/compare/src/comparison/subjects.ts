import type { Mention } from '@corpus/entities';
import { STORY_SUBJECT } from '../facts/predicates';
import type { AnalyzedDocument, CompareWarning, Fact, Span } from '../types';
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
    const sourceSpan = attributionSpans(doc);
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
      if (fact.attributionKey) {
        // By the source's own mention: one agency or person written in two scripts is one source.
        fact.attributionKey = linked.keyOf(name, sourceSpan(fact), fact.attributionKey);
      }
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

/**
 * The mention a fact's attribution names, found again among the document's mentions by its key and
 * text within the fact's evidence (facts keep the source's key, not its span).
 */
function attributionSpans(doc: AnalyzedDocument): (fact: Fact) => Span | undefined {
  let byKey: Map<string, Mention[]> | undefined;
  return (fact) => {
    if (!fact.attributionKey || !fact.attribution) return undefined;
    if (!byKey) {
      byKey = new Map();
      for (const m of doc.mentions) {
        const list = byKey.get(m.key);
        if (list) list.push(m);
        else byKey.set(m.key, [m]);
      }
    }
    const { span } = fact.evidence;
    return byKey
      .get(fact.attributionKey)
      ?.find((m) => m.text === fact.attribution && m.span.start >= span.start && m.span.end <= span.end)
      ?.span;
  };
}
