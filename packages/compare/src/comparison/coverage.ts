import type { Entity } from '@corpus/entities';

/**
 * coverage[entityKey][documentName] = mentions. Dense rows (every document, 0 where not named) grow
 * with entities × documents: small corpora only; above the exact limit a row lists the documents
 * that name the entity.
 */
export function entityCoverage(
  entities: readonly Entity[],
  names: readonly string[],
  dense: boolean,
): Record<string, Record<string, number>> {
  const coverage: Record<string, Record<string, number>> = {};
  for (const entity of entities) {
    const row: Record<string, number> = {};
    if (dense) for (const name of names) row[name] = 0;
    for (const ref of entity.mentions) row[ref.document] = (row[ref.document] ?? 0) + 1;
    coverage[entity.key] = row;
  }
  return coverage;
}
