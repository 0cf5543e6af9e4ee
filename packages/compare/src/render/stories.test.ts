import { describe, expect, it } from 'vitest';
import { compareTexts } from '../pipeline/compare-texts';
import type { Comparison } from '../types';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';

// Invented: two stories' findings in one comparison, as compare gives them for a mixed input (each
// group carries the position of its story).
function twoStories(): Comparison {
  const quake = compareTexts([
    { name: 'a.txt', lang: 'en', text: 'The quake near Valdoria had a magnitude of 6.1, officials said.' },
    { name: 'b.txt', lang: 'en', text: 'The quake near Valdoria had a magnitude of 6.4, officials said.' },
  ]);
  const vote = compareTexts([
    { name: 'c.txt', lang: 'en', text: 'In the Ostmark vote the NVP will hold 58 seats.' },
    { name: 'd.txt', lang: 'en', text: 'In the Ostmark vote the NVP will hold 61 seats.' },
  ]);
  return {
    ...quake,
    documents: [...quake.documents, ...vote.documents],
    conflicts: [
      ...quake.conflicts.map((g) => ({ ...g, story: 0 })),
      ...vote.conflicts.map((g) => ({ ...g, story: 1 })),
    ],
    agreements: [],
    stories: [
      {
        documents: ['a.txt', 'b.txt'],
        entities: [],
        mainEntity: { key: 'place:valdoria', canonical: 'Valdoria' },
      },
      { documents: ['c.txt', 'd.txt'], entities: [] },
    ],
  };
}

describe('a report of several stories', () => {
  it('groups conflicts and agreements by story in Markdown', () => {
    const md = renderMarkdown(twoStories());
    const headings = md.split('\n').filter((l) => /^#{2,4} /.test(l));
    expect(headings.slice(0, 8)).toEqual([
      '## Story 1: Valdoria (2 documents)',
      '### Conflicts',
      '#### magnitude: the story about Valdoria (contradiction)',
      '### Agreements',
      '## Story 2 (2 documents)',
      '### Conflicts',
      '#### seats: NVP (contradiction)',
      '### Agreements',
    ]);
  });

  it('groups them by story in HTML', () => {
    const html = renderHtml(twoStories());
    expect(html.match(/<h3 class="story">[^<]*/g)).toEqual([
      '<h3 class="story">Story 1: Valdoria (2 documents)',
      '<h3 class="story">Story 2 (2 documents)',
    ]);
  });
});
