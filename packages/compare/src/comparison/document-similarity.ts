import type { Entity } from '@corpus/entities';
import { termCounts, valuesOf, wordsOf } from '../corpus/comparison-index';
import { minhashSignature, shingleHashes } from '../corpus/minhash';
import {
  exactStructure,
  indexedStructure,
  type Structure,
  type StructureOptions,
  sharedEntities,
} from '../corpus/stories';
import { type SimilarityFeatures, similarityMatrix } from '../corpus/tfidf-similarity';
import type { AnalyzedDocument, Comparison } from '../types';

/** What each document brings to similarity: its words, linked entities and normalised values. */
function similarityFeatures(
  docs: readonly AnalyzedDocument[],
  entities: readonly Entity[],
): SimilarityFeatures[] {
  const entityKeysOf = new Map<string, string[]>(docs.map((d) => [d.document.source.name, []]));
  for (const e of entities) for (const name of new Set(e.documents)) entityKeysOf.get(name)?.push(e.key);
  return docs.map((d) => ({
    name: d.document.source.name,
    lang: d.document.lang,
    words: wordsOf(d),
    entities: new Set(entityKeysOf.get(d.document.source.name)),
    values: valuesOf(d),
  }));
}

/**
 * Fills in the comparison's similarity, near duplicates and stories: from every pair (the dense
 * matrix) up to the exact limit, from the index's candidate pairs beyond it. The stories are the
 * groups the comparison was made in (document positions), named by the entities they share.
 */
export function addDocumentSimilarity(
  comparison: Comparison,
  docs: readonly AnalyzedDocument[],
  entities: readonly Entity[],
  exact: boolean,
  options: StructureOptions,
  stories: readonly number[][],
): Comparison {
  const features = similarityFeatures(docs, entities);
  const structureDocs = features.map((f) => {
    const shingles = shingleHashes(f.words);
    return {
      name: f.name,
      lang: f.lang,
      entities: [...f.entities],
      values: [...f.values],
      ...termCounts(f.words),
      shingles,
      signature: exact ? [] : minhashSignature(shingles),
    };
  });
  let structure: Structure;
  if (exact) {
    const matrix = similarityMatrix(features);
    comparison.similarity.matrix = matrix;
    structure = exactStructure(structureDocs, (i, j) => matrix[i]![j]!, options);
  } else {
    structure = indexedStructure(structureDocs, options);
  }
  const names = comparison.similarity.documents;
  comparison.similarity.pairs = structure.pairs;
  comparison.nearDuplicates = structure.nearDuplicates.map((c) => c.map((i) => names[i]!));
  comparison.stories = stories.map((s) => ({
    documents: s.map((i) => names[i]!),
    entities: sharedEntities(s, structureDocs),
  }));
  return comparison;
}
