import type { Mention } from '@corpus/entities';
import type { Document } from '@corpus/ingest';
import type { Segmentation } from '@corpus/segment';
import type { FactLocale } from '../locales/types';
import type { Fact } from '../types';
import { extractFacts } from './extract';
import { mainPerson, peopleInDocument } from './main-entity';

/**
 * A document's facts from its segmentation and its (date-resolved) mentions; clauses that name no
 * subject are about the document's main person (compare() sets the story's instead).
 */
export function documentFacts(
  document: Document,
  segmentation: Segmentation,
  mentions: readonly Mention[],
  locale: FactLocale | undefined,
): Fact[] {
  const facts = extractFacts({
    name: document.source.name,
    text: document.text,
    blocks: document.blocks,
    sentences: segmentation.sentences,
    mentions,
    locale,
  });
  const main = mainPerson(peopleInDocument(mentions));
  if (main) {
    for (const fact of facts) if (fact.implicitSubject) fact.subject = { ...main };
  }
  return facts;
}
