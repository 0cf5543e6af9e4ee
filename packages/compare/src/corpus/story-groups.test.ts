import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze';
import { storyAnchors, storyGroups } from './story-groups';

const anchorsOf = (name: string, text: string, lang: string) =>
  storyAnchors(analyze({ name, text, lang }), []);

describe('story anchors', () => {
  it('share a Latin-script name and one instant written in two zones across scripts', () => {
    const ja = anchorsOf('ja.txt', 'SpaceXは日本時間10月13日午後9時25分にStarshipを打ち上げた。', 'ja');
    const de = anchorsOf('de.txt', 'SpaceX hat Starship am 13. Oktober um 14:25 Uhr MESZ gestartet.', 'de');
    const shared = [...ja].filter((a) => de.has(a));
    expect(shared).toContain('a:spacex');
    expect(shared).toContain('d:10-13');
  });

  it('leave out a capitalised word that only opens a sentence, years and small counts', () => {
    const en = anchorsOf(
      'en.txt',
      'The council met in 2024. Three members voted for the plan of Mayor Okafor.',
      'en',
    );
    expect(en.has('a:the')).toBe(false);
    expect(en.has('a:three')).toBe(false);
    expect(en.has('a:okafor')).toBe(true);
    expect([...en].some((a) => a.includes('2024'))).toBe(false);
  });
});

describe('story groups', () => {
  const doc = (...anchors: string[]) => ({ anchors: new Set(anchors) });

  it('keep two stories apart when one anchor is shared between them (no chaining)', () => {
    const docs = [
      doc('e:flood', 'e:riverton', 'q:1200 m3', 'e:president'),
      doc('e:flood', 'e:riverton', 'q:1200 m3'),
      doc('e:flood', 'e:riverton', 'd:03-02'),
      doc('e:summit', 'e:genoa', 'd:05-09', 'e:president'),
      doc('e:summit', 'e:genoa', 'd:05-09'),
      doc('e:summit', 'e:genoa', 'q:40 percent'),
    ];
    expect(storyGroups(docs)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('put a document that shares little with anything in the story it shares most with', () => {
    const docs = [
      doc('e:a', 'e:b', 'e:c'),
      doc('e:a', 'e:b', 'e:c'),
      doc('e:x', 'e:y', 'e:z'),
      doc('e:x', 'e:y', 'e:z'),
      doc('e:z', 'e:q1', 'e:q2', 'e:q3', 'e:q4', 'e:q5', 'e:q6', 'e:q7', 'e:q8', 'e:q9'),
    ];
    expect(storyGroups(docs)).toEqual([
      [2, 3, 4],
      [0, 1],
    ]);
  });

  it('keep a corpus in one story unless it holds two stories of two documents or more', () => {
    const docs = [doc('e:a', 'e:b'), doc('e:a', 'e:b'), doc('e:x'), doc('e:y')];
    expect(storyGroups(docs)).toEqual([[0, 1, 2, 3]]);
  });
});
