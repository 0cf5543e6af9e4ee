import { type Entity, linkEntities } from '@corpus/entities';
import type { AnalyzedDocument, Span } from '../types';

/** The documents' mentions linked into entities, and how a document's own key maps to its entity. */
export interface LinkedEntities {
  entities: Entity[];
  /** Canonical name of each entity key. */
  canonical: Record<string, string>;
  /** The entity key of a mention (by its span in a document), else of a key, else the key itself. */
  keyOf(document: string, span: Span | undefined, key: string): string;
}

const spanKey = (doc: string, span: Span) => `${doc}\u0000${span.start}:${span.end}`;

export function linkDocuments(docs: readonly AnalyzedDocument[]): LinkedEntities {
  const entities = linkEntities(
    docs.map((d) => ({ id: d.document.source.name, mentions: d.mentions, lang: d.document.lang })),
  );
  const bySpan = new Map<string, Entity>();
  const byKey = new Map<string, Entity>();
  const canonical: Record<string, string> = {};
  for (const entity of entities) {
    byKey.set(entity.key, entity);
    canonical[entity.key] = entity.canonical;
    for (const ref of entity.mentions) bySpan.set(spanKey(ref.document, ref.span), entity);
  }
  return {
    entities,
    canonical,
    keyOf: (doc, span, key) => (span && bySpan.get(spanKey(doc, span))?.key) ?? byKey.get(key)?.key ?? key,
  };
}
