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

/** "Story 2: Notre-Dame (12 documents)": a story by its main entity, or by its position. */
export function storyTitle(story: NonNullable<Comparison['stories']>[number], index: number): string {
  const n = story.documents.length;
  const about = story.mainEntity ? `: ${story.mainEntity.canonical}` : '';
  return `Story ${index + 1}${about} (${n} document${n === 1 ? '' : 's'})`;
}

/** Whose "the story" a group speaks of: its own story's main entity when the input holds several. */
export function storyOf(
  comparison: Pick<Comparison, 'mainEntity' | 'stories'>,
  group: { story?: unknown },
): Pick<Comparison, 'mainEntity'> {
  const story = typeof group.story === 'number' ? comparison.stories?.[group.story] : undefined;
  return story ? { mainEntity: story.mainEntity } : comparison;
}
