import type { Comparison, FactGroup } from '@corpus/compare';

/** A finding's confidence in [0, 1]; a finding the comparison did not rate counts as certain (1). */
export function confidenceOf(group: FactGroup): number {
  const rated = (group as FactGroup & { confidence?: unknown }).confidence;
  return typeof rated === 'number' && Number.isFinite(rated) ? rated : 1;
}

/**
 * The comparison without the disagreements and agreements rated below `min` (`--min-confidence`),
 * and how many were left out. Facts, the timeline and the entities stay as they are: they are what the
 * sources say, not findings about them.
 */
export function withMinConfidence(
  comparison: Comparison,
  min: number,
): { comparison: Comparison; dropped: number } {
  if (min <= 0) return { comparison, dropped: 0 };
  const keep = (groups: FactGroup[]) => groups.filter((g) => confidenceOf(g) >= min);
  const conflicts = keep(comparison.conflicts);
  const agreements = keep(comparison.agreements);
  const dropped =
    comparison.conflicts.length - conflicts.length + comparison.agreements.length - agreements.length;
  return { comparison: dropped ? { ...comparison, conflicts, agreements } : comparison, dropped };
}
