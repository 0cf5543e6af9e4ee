// How sure extraction is of one fact, and how several sources' certainties add up. The numbers are
// documented in the README ("Confidence"); change them there too.
import type { Mention } from '@corpus/entities';

/**
 * How firmly a value is tied to what it measures when no trigger distance says so: a value in
 * apposition to a name ("Maria Keller, 52", "CEO Sam Altman"), a social post's own date, a date carried
 * over from the sentence before ("1月7日。…宣布离职。"), a value no trigger word claims (what it measures
 * is known from its unit alone: an area, a percentage).
 */
export const LINK = { apposition: 0.9, postDate: 0.9, carriedDate: 0.6, openConcept: 0.6 } as const;

/** A mention that @corpus/entities resolved later (deferred dates carry 0) counts as this sure. */
const RESOLVED_LATER = 0.8;

/** Rounded to two decimals: the figure is a guide for readers and renderers, not a measurement. */
export function round2(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/**
 * How firmly a value is tied to its trigger word: 1 right beside it, falling linearly to 0.5 at the
 * edge of the trigger's reach (distance in characters plus a cost for each clause boundary between).
 */
export function linkStrength(cost: number, reach: number): number {
  if (reach <= 0) return 1;
  return 1 - 0.5 * Math.min(1, Math.max(0, cost) / reach);
}

/**
 * A fact's extraction certainty: how sure @corpus/entities was of the value mention times how firmly
 * the value is tied to what it measures.
 */
export function factConfidence(mention: Mention | undefined, link: number): number {
  const value = mention === undefined ? 1 : mention.confidence > 0 ? mention.confidence : RESOLVED_LATER;
  return round2(value * link);
}

/**
 * What independent sources stating one value add up to: the chance that at least one of them is read
 * right (noisy-OR), so two sources at 0.8 give 0.96 and one gives 0.8.
 */
export function support(certainties: Iterable<number>): number {
  let doubt = 1;
  for (const c of certainties) doubt *= 1 - Math.min(1, Math.max(0, c));
  return 1 - doubt;
}
