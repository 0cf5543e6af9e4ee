import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';

// Invented for this test: two wildfires of one story, the Harlow Fire and the Ridge Fire, in English,
// Spanish and Korean. The Korean article glosses each name once in Latin letters ("할로(Harlow)"),
// then writes it in Hangul alone.
const fires = [
  {
    name: 'wire-en.txt',
    lang: 'en',
    text: 'The Harlow Fire has killed 7 people. The Ridge Fire has burned 12,400 acres. Across the county, 15 people have died.',
  },
  {
    name: 'diario-es.txt',
    lang: 'es',
    text: 'El incendio Harlow ya causó 9 víctimas. Harlow y Ridge están contenidos en un 20% y 35%, respectivamente.',
  },
  {
    name: 'ilbo-ko.txt',
    lang: 'ko',
    text: '할로(Harlow) 산불과 리지(Ridge) 산불이 계속되고 있다. 할로 산불로 인한 사망자는 7명이다. 리지 산불은 13,900에이커를 태웠다.',
  },
  {
    name: 'post-en.txt',
    lang: 'en',
    text: 'Harlow and Ridge were 20% and 40% contained, respectively. In all, 18 people have died.',
  },
];

describe('figures of one named sub-event of a story', () => {
  const c = compareTexts(fires);
  const group = (predicate: string, key: string) =>
    [...c.conflicts, ...c.agreements].find((g) => g.predicate === predicate && g.subject.key === key);
  const values = (predicate: string, key: string) =>
    group(predicate, key)?.values.map((v) => [v.display, v.sources]);

  it("belong to that sub-event in every language, apart from the story's own toll", () => {
    expect(values('died', 'name:harlow')).toEqual([
      ['7 person', ['wire-en.txt', 'ilbo-ko.txt']],
      ['9 person', ['diario-es.txt']],
    ]);
    expect(values('died', 'story')).toEqual([
      ['15 person', ['wire-en.txt']],
      ['18 person', ['post-en.txt']],
    ]);
    expect(values('area', 'name:ridge')?.map(([display]) => display)).toEqual(['12400 acre', '13900 acre']);
  });

  it('go in order to the names listed before them when the sentence says "respectively"', () => {
    expect(values('containment', 'name:harlow')).toEqual([['20 %', ['diario-es.txt', 'post-en.txt']]]);
    expect(values('containment', 'name:ridge')).toEqual([
      ['35 %', ['diario-es.txt']],
      ['40 %', ['post-en.txt']],
    ]);
  });

  it('leave a place\'s fire ("the Los Angeles fire") to the story', () => {
    const one = compareTexts([
      { name: 'a.txt', lang: 'en', text: 'The Los Angeles fire has killed 24 people.' },
      { name: 'b.txt', lang: 'en', text: 'The Los Angeles fire has killed 25 people.' },
    ]);
    expect(one.conflicts.map((g) => [g.predicate, g.subject.key])).toEqual([['died', 'story']]);
  });
});

describe('a sub-event referred to by its noun alone', () => {
  it('is the one last named in the paragraph ("the Harlow Fire … The blaze has burned …")', () => {
    const c = compareTexts([
      {
        name: 'a.txt',
        lang: 'en',
        text: 'The Harlow Fire has killed 3 people. The blaze has burned 9,100 acres.\nThe Ridge Fire has killed 1 person. This blaze has burned 4,200 acres.',
      },
      {
        name: 'b.txt',
        lang: 'en',
        text: 'The Harlow Fire has burned 9,900 acres. The Ridge Fire has burned 4,200 acres.',
      },
    ]);
    const area = (key: string) =>
      [...c.conflicts, ...c.agreements]
        .find((g) => g.predicate === 'area' && g.subject.key === key)
        ?.values.map((v) => [v.display, v.sources]);
    expect(area('name:harlow')).toEqual([
      ['9100 acre', ['a.txt']],
      ['9900 acre', ['b.txt']],
    ]);
    expect(area('name:ridge')).toEqual([['4200 acre', ['a.txt', 'b.txt']]]);
  });
});
