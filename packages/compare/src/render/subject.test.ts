import { describe, expect, it } from 'vitest';
import type { Comparison, FactGroup } from '../types';
import { renderMarkdown } from './markdown';
import { subjectName } from './subject';

const story = { key: 'story', canonical: 'the story' };
const main = { key: 'place:noto', canonical: 'Noto' };

describe('subjectName', () => {
  it('names facts about the story by its main entity, and leaves every other subject as it is', () => {
    expect(subjectName({ mainEntity: main }, story)).toBe('the story about Noto');
    expect(subjectName({}, story)).toBe('the story');
    expect(subjectName({ mainEntity: main }, { key: 'person:anna weber', canonical: 'Anna Weber' })).toBe(
      'Anna Weber',
    );
  });

  it('is what the Markdown report writes for a story fact', () => {
    const group: FactGroup = {
      kind: 'contradiction',
      predicate: 'magnitude',
      subject: story,
      values: [
        { value: '7.5', display: 'M7.5', sources: ['a.txt'], evidence: [] },
        { value: '7.6', display: 'M7.6', sources: ['b.txt'], evidence: [] },
      ],
      confidence: 0.9,
    };
    const comparison = {
      schemaVersion: 2,
      documents: [],
      entities: [],
      coverage: {},
      facts: [],
      agreements: [],
      conflicts: [group],
      unique: {},
      similarity: { documents: [], matrix: [] },
      timeline: [],
      mainEntity: main,
      warnings: [],
    } as Comparison;
    expect(renderMarkdown(comparison)).toContain('### magnitude: the story about Noto (contradiction)');
  });
});
