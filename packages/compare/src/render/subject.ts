import { STORY_SUBJECT } from '../facts/predicates';
import type { Comparison } from '../types';

/**
 * A subject as a reader knows it. Facts about the story itself (a magnitude, a death toll) carry the
 * placeholder subject "the story"; the reports name them by the story's main entity instead.
 */
export function subjectName(
  comparison: Pick<Comparison, 'mainEntity'>,
  subject: { key?: unknown; canonical?: unknown } | undefined,
): string {
  const main = comparison.mainEntity?.canonical;
  if (subject?.key === STORY_SUBJECT.key && main) return `the story about ${main}`;
  return String(subject?.canonical ?? '');
}
