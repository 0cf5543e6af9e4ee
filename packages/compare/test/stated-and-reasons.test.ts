import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';

// Invented for this test: a fundraiser reported in French and English, with no concept word for donors
// or for the date; the countries they came from are a concept of the inventory.
const fundraiser = [
  {
    name: 'fr.txt',
    lang: 'fr',
    text: 'La collecte pour le musée de Lorient a réuni 120 000 donateurs venus de 87 pays. Le prochain rendez-vous est fixé au 14 mars 2027.',
  },
  {
    name: 'en.txt',
    lang: 'en',
    text: 'The appeal for the Lorient museum drew 120,000 donors from 87 countries. The next meeting is on March 14, 2027.',
  },
  {
    name: 'de.txt',
    lang: 'de',
    text: 'Die Sammlung für das Museum in Lorient brachte 95.000 Spender zusammen. Das nächste Treffen ist am 14. März 2027.',
  },
];

describe('values stated alike with no concept word', () => {
  const c = compareTexts(fundraiser);
  const stated = c.agreements.filter((g) => g.predicate === 'stated');

  it('are agreements of the articles that state them, across languages', () => {
    const shown = stated.map((g) => [g.values[0]!.display, g.values[0]!.sources]);
    expect(shown).toContainEqual(['120000', ['fr.txt', 'en.txt']]);
    expect(shown).toContainEqual(['14 March 2027', ['fr.txt', 'en.txt', 'de.txt']]);
  });

  it('leave a number with a concept word to its concept ("87 countries", "87 pays")', () => {
    const countries = c.agreements.filter((g) => g.predicate === 'countries');
    expect(countries.map((g) => [g.values[0]!.display, g.values[0]!.sources])).toEqual([
      ['87', ['fr.txt', 'en.txt']],
    ]);
    expect(stated.some((g) => g.values[0]!.display === '87')).toBe(false);
  });

  it('never conflict: 95,000 against 120,000 is not known to be one claim', () => {
    expect(c.conflicts.filter((g) => g.predicate === 'stated')).toEqual([]);
    expect(stated.every((g) => g.values.length === 1)).toBe(true);
  });

  it('are less sure than a concept would make them, and say why', () => {
    for (const g of stated) {
      expect(g.confidence).toBeLessThanOrEqual(0.5);
      expect(g.reasons).toContain('alignment: no concept word; the same value stated alike (× 0.5)');
    }
  });
});

describe('reasons', () => {
  it('come with every agreement and conflict: sources, certainty, alignment', () => {
    const c = compareTexts([
      { name: 'a.txt', lang: 'en', text: 'Lina Park joined Acme in 2019. The storm killed 12 people.' },
      { name: 'b.txt', lang: 'en', text: 'Lina Park joined Acme in 2017. The storm killed about 12 people.' },
    ]);
    const groups = [...c.agreements, ...c.conflicts];
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      const codes = (g.reasons ?? []).map((r) => r.slice(0, r.indexOf(':')));
      expect(codes.slice(0, 3)).toEqual(['sources', 'certainty', 'alignment']);
    }
    const joined = c.conflicts.find((g) => g.predicate === 'joined')!;
    expect(joined.reasons).toContain(
      'values: they differ beyond rounding and qualifiers, in the articles’ own voice',
    );
    const died = c.agreements.find((g) => g.predicate === 'died')!;
    expect(died.reasons).toContain('qualifiers: “about” widens the amount compared');
  });
});
