import type { Entity } from '@corpus/entities';
import { round2, support } from '../facts/confidence';
import type { AnalyzedDocument, Evidence, FactGroup, Span } from '../types';
import { type Backing, groupReasons, NAME_ALIGNMENT, NAME_CERTAINTY } from './confidence';

/** The sentence of a document around a span, as evidence. */
function sentenceAround(doc: AnalyzedDocument, span: Span): Evidence {
  const sentence = doc.segmentation.sentences.find((s) => s.start <= span.start && span.end <= s.end) ?? span;
  return {
    source: doc.document.source.name,
    span: { start: sentence.start, end: sentence.end },
    sentence: doc.document.text.slice(sentence.start, sentence.end),
    mentions: [{ start: span.start, end: span.end }],
  };
}

/** One spelling-variant conflict: the longest variant and the canonical spelling, each with its sources. */
function variantConflict(
  entity: Entity,
  docByName: ReadonlyMap<string, AnalyzedDocument>,
  position: ReadonlyMap<string, number>,
): FactGroup | undefined {
  const variants = entity.forms.filter((f) => f.spellingVariant);
  if (variants.length === 0) return undefined;
  const inOrder = (docs: Iterable<string>) =>
    [...docs].sort((a, b) => (position.get(a) ?? -1) - (position.get(b) ?? -1));
  const regular = entity.forms.filter((f) => !f.spellingVariant);
  const mentionsIn = new Map<string, (typeof entity.mentions)[number][]>();
  for (const m of entity.mentions) {
    const list = mentionsIn.get(m.document);
    if (list) list.push(m);
    else mentionsIn.set(m.document, [m]);
  }
  const evidenceFor = (docName: string, forms: readonly { text: string }[]): Evidence[] => {
    const ref = mentionsIn.get(docName)?.find((m) => forms.some((f) => f.text === m.text));
    const doc = docByName.get(docName);
    return ref && doc ? [sentenceAround(doc, ref.span)] : [];
  };
  const longestVariant = [...variants].sort((a, b) => b.text.length - a.text.length)[0]!;
  const variantSources = inOrder(new Set(variants.flatMap((f) => f.documents)));
  const values: FactGroup['values'] = [
    {
      value: longestVariant.text,
      display: longestVariant.text,
      sources: variantSources,
      evidence: variantSources.flatMap((d) => evidenceFor(d, variants)),
    },
  ];
  const regularSources = inOrder(new Set(regular.flatMap((f) => f.documents)));
  if (regularSources.length > 0) {
    values.push({
      value: entity.canonical,
      display: entity.canonical,
      sources: regularSources,
      evidence: regularSources.flatMap((d) => evidenceFor(d, regular)),
    });
  }
  // Each side as sure as its documents, each counting NAME_CERTAINTY; the weaker side bounds the conflict.
  const sides = values.map((v) => support(v.sources.map(() => NAME_CERTAINTY)));
  return {
    kind: 'spellingVariant',
    predicate: 'name',
    subject: { key: entity.key, canonical: entity.canonical },
    values,
    confidence: round2(NAME_ALIGNMENT * Math.min(...sides)),
    reasons: groupReasons(
      'spellingVariant',
      'name',
      values.map(
        (v): Backing => ({ certainty: new Map(v.sources.map((s) => [s, NAME_CERTAINTY])), explicit: true }),
      ),
      'name',
    ),
  };
}

/** Spelling variants that entity linking merged into one referent, as conflicts. */
export function spellingVariants(
  entities: readonly Entity[],
  docs: readonly AnalyzedDocument[],
): FactGroup[] {
  const docByName = new Map(docs.map((d) => [d.document.source.name, d]));
  const position = new Map(docs.map((d, i) => [d.document.source.name, i]));
  return entities.flatMap((entity) => variantConflict(entity, docByName, position) ?? []);
}
