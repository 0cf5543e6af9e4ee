import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';

// Invented for this test: a regional election in Valdoria told in four languages. The Greens and the
// Left have no acronym; each language names them in its own words ("Greens", "Grünen", "Verts",
// "녹색당"), and a Korean particle follows an acronym ("NVP는").
const election = [
  {
    name: 'wire-en.txt',
    lang: 'en',
    text: 'The Left Party also entered the Valdoria assembly with 9.1%. The Greens won 12.4%. The NVP took 31.2%.',
  },
  {
    name: 'zeitung-de.txt',
    lang: 'de',
    text: 'Die Linke kommt auf 9,4 Prozent. Die Grünen erreichen 12,4 Prozent. Eine Koalition aus NVP + Grünen hätte 62 Sitze.',
  },
  {
    name: 'journal-fr.txt',
    lang: 'fr',
    text: 'Les Verts obtiennent 13,0 %. La NVP arrive en tête avec 31,2 %.',
  },
  { name: 'ilbo-ko.txt', lang: 'ko', text: '녹색당은 12.4%를 얻었다. NVP는 30.8%의 득표율을 기록했다.' },
];

describe('figures beside the name of a party or bloc', () => {
  const c = compareTexts(election);
  const group = (key: string) =>
    [...c.conflicts, ...c.agreements].find((g) => g.predicate === 'percentage' && g.subject.key === key);
  const values = (key: string) => group(key)?.values.map((v) => [v.display, v.sources]);

  it('belong to that party in every language, before any other name in reach', () => {
    // "The Left Party … entered the Valdoria assembly with 9.1%": the party's, not the assembly's.
    expect(values('scope:left')).toEqual([
      ['9.1 %', ['wire-en.txt']],
      ['9.4 %', ['zeitung-de.txt']],
    ]);
    expect(group('scope:left')?.kind).toBe('contradiction');
    expect(values('scope:greens')).toEqual([
      ['12.4 %', ['wire-en.txt', 'zeitung-de.txt', 'ilbo-ko.txt']],
      ['13 %', ['journal-fr.txt']],
    ]);
  });

  it('read an acronym followed by a Korean particle ("NVP는") as the acronym', () => {
    expect(values('scope:nvp')).toEqual([
      ['31.2 %', ['wire-en.txt', 'journal-fr.txt']],
      ['30.8 %', ['ilbo-ko.txt']],
    ]);
  });

  it('give a figure after names joined by "+" to the sum, not to the last name', () => {
    const seats = c.facts.find((f) => f.predicate === 'seats');
    expect(seats?.subject).toEqual({ key: 'scope:nvp+greens', canonical: 'NVP + Grünen' });
  });
});

describe('a count of seats under a thousand', () => {
  it('is exact: 120 and 121 seats are a contradiction, not a rounding', () => {
    const c = compareTexts([
      { name: 'a.txt', lang: 'en', text: 'In the new assembly the NVP will hold 120 seats.' },
      { name: 'b.txt', lang: 'en', text: 'In the new assembly the NVP will hold 121 seats.' },
    ]);
    expect(c.conflicts.map((g) => [g.kind, g.predicate, g.values.map((v) => v.display)])).toEqual([
      ['contradiction', 'seats', ['120 seat', '121 seat']],
    ]);
  });
});
