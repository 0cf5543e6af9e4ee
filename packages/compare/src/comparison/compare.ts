import type { StructureOptions } from '../corpus/stories';
import { mainPerson, peopleInCorpus } from '../facts/main-entity';
import type { AnalyzeOptions } from '../pipeline/analyze';
import { assertAnalyzed } from '../pipeline/input';
import { referenceDateOption } from '../reference-date';
import { type AnalyzedDocument, type Comparison, SCHEMA_VERSION } from '../types';
import { entityCoverage } from './coverage';
import { addDocumentSimilarity } from './document-similarity';
import { comparedDocuments, publishedDates } from './documents';
import { groupFacts } from './group';
import { linkDocuments } from './link';
import { withReferenceDates } from './reference-date';
import { linkedFacts } from './subjects';
import { timeline } from './timeline';
import { uniqueContent } from './unique';
import { spellingVariants } from './variants';

export interface CompareOptions extends AnalyzeOptions, StructureOptions {
  /**
   * Up to this many documents the comparison computes every pair: the dense similarity matrix, exact
   * near duplicates and stories. Beyond it, pairs come from the index (shared keys, MinHash/LSH), the
   * matrix is left empty (read `similarity.pairs`) and coverage rows list only documents that mention
   * the entity. Default 1000.
   */
  exactLimit?: number;
}

/** Default for `CompareOptions.exactLimit`. */
export const EXACT_LIMIT = 1000;

/**
 * Compares analysed documents: entities and their coverage, facts grouped into agreements and
 * conflicts, what only one document says, document similarity and a timeline. Deterministic; the
 * result is plain JSON (see `@corpus/compare/schema.json`).
 */
export function compare(analyzed: readonly AnalyzedDocument[], options: CompareOptions = {}): Comparison {
  assertAnalyzed(analyzed, { distinctNames: true });
  const given = referenceDateOption(options.referenceDate);
  const { docs, referenceDate } = withReferenceDates(analyzed, given, options.locales);
  const names = docs.map((d) => d.document.source.name);
  const linked = linkDocuments(docs);
  const mainEntity = mainPerson(peopleInCorpus(linked.entities));
  const { facts, warnings } = linkedFacts(docs, linked, mainEntity);
  const grouped = groupFacts(facts, {
    documents: names,
    published: publishedDates(docs),
    names: linked.canonical,
  });
  grouped.conflicts.push(...spellingVariants(linked.entities, docs));
  const exact = docs.length <= (options.exactLimit ?? EXACT_LIMIT);

  const comparison: Comparison = {
    schemaVersion: SCHEMA_VERSION,
    documents: comparedDocuments(docs),
    entities: linked.entities,
    coverage: entityCoverage(linked.entities, names, exact),
    facts,
    agreements: grouped.agreements,
    conflicts: grouped.conflicts,
    unique: uniqueContent(linked.entities, facts, names),
    similarity: { documents: names, matrix: [] },
    timeline: timeline(facts),
    warnings,
  };
  if (referenceDate) comparison.referenceDate = referenceDate;
  if (mainEntity) comparison.mainEntity = mainEntity;
  // Plain JSON out: no undefined fields, no shared references. The similarity matrix (n × n fresh
  // arrays of numbers) and the corpus structure are already plain and join after the round trip.
  const plain = JSON.parse(JSON.stringify(comparison)) as Comparison;
  return addDocumentSimilarity(plain, docs, linked.entities, exact, options);
}
