import { describe, expect, it } from 'vitest';
import { alignScopes } from '../src/comparison/scopes';
import { compareTexts, type Fact } from '../src/index';

// Invented for this test: a regional election in three outlets, each giving the seats in its own way
// ("KDU — 41", "41 Sitze", a bare figure after a dash).
const election = [
  {
    name: 'wire-en.txt',
    lang: 'en',
    text: 'In the Valdoria assembly the NVP will hold 58 seats, the KDU — 41, Verdi Uniti — 12.',
  },
  { name: 'daily-en.txt', lang: 'en', text: 'The NVP will receive 58 seats, the KDU — 47 seats.' },
  {
    name: 'zeitung-de.txt',
    lang: 'de',
    text: 'Im Parlament von Valdoria erhält die NVP 61 Sitze, die KDU 41 Sitze.',
  },
];

describe('scoped figures', () => {
  const c = compareTexts(election);
  const seats = (key: string) => c.conflicts.find((g) => g.predicate === 'seats' && g.subject.key === key);

  it('read a figure after a name and a dash ("KDU — 41") as that name\'s, bare or counted', () => {
    // The bare 41 and "41 Sitze" agree; each is kept as written.
    expect(seats('scope:kdu')?.values.map((v) => [v.display, v.sources])).toEqual([
      ['41', ['wire-en.txt']],
      ['47 seat', ['daily-en.txt']],
      ['41 seat', ['zeitung-de.txt']],
    ]);
    expect(seats('scope:nvp')?.values.map((v) => [v.display.split(' ')[0], v.sources])).toEqual([
      ['58', ['wire-en.txt', 'daily-en.txt']],
      ['61', ['zeitung-de.txt']],
    ]);
  });
});

const fact = (source: string, key: string, amount: number): Fact => ({
  source,
  subject: { key, canonical: key.replace('scope:', '').toUpperCase() },
  predicate: 'seats',
  value: { kind: 'quantity', amount, unit: 'seat' },
  display: String(amount),
  evidence: { source, span: { start: 0, end: 1 }, sentence: 'x' },
});

describe('scope names aligned across articles by the values they carry', () => {
  it('take two names for one scope when only they carry one value, in different articles', () => {
    const facts = [
      fact('a.txt', 'scope:cdu/csu', 208),
      fact('a.txt', 'scope:afd', 152),
      fact('b.txt', 'scope:cdu', 208),
      fact('c.txt', 'scope:cdu', 164),
      fact('c.txt', 'scope:cdu/csu', 12),
    ];
    expect(alignScopes(facts).map((f) => f.subject.key)).toEqual([
      'scope:cdu',
      'scope:afd',
      'scope:cdu',
      'scope:cdu',
      'scope:cdu',
    ]);
  });

  it('leave names apart when three carry the value, or one article names both with it', () => {
    const three = [fact('a.txt', 'scope:x', 5), fact('b.txt', 'scope:y', 5), fact('c.txt', 'scope:z', 5)];
    expect(alignScopes(three).map((f) => f.subject.key)).toEqual(['scope:x', 'scope:y', 'scope:z']);
    const oneArticle = [fact('a.txt', 'scope:x', 7), fact('a.txt', 'scope:y', 7)];
    expect(alignScopes(oneArticle).map((f) => f.subject.key)).toEqual(['scope:x', 'scope:y']);
  });
});

describe('a time and its conversion in parentheses', () => {
  it('is not the article contradicting itself', () => {
    const c = compareTexts([
      {
        name: 'launch-en.txt',
        lang: 'en',
        text: 'The rocket was launched on 13 October 2024 at 7:25 a.m. (12:25 GMT) from the Texas coast.',
      },
      { name: 'launch-fr.txt', lang: 'fr', text: 'La fusée a été lancée le 13 octobre 2024 à 12h25 GMT.' },
    ]);
    expect(c.conflicts.filter((g) => g.kind === 'internal')).toEqual([]);
  });
});

// Invented for this test: a figure told in a relative clause after the party it belongs to, and an
// article-led clause after a comma that is not one.
describe('a figure in a relative clause after a body', () => {
  const shares = (texts: { name: string; lang: string; text: string }[]) =>
    compareTexts(texts)
      .conflicts.concat(compareTexts(texts).agreements)
      .filter((g) => g.predicate === 'percentage')
      .map((g) => [g.subject.key, g.values.map((v) => v.display).sort()]);

  it('is the body’s (German "die … die", French "qui"), not the story’s', () => {
    expect(
      shares([
        {
          name: 'de.txt',
          lang: 'de',
          text: 'Auf Platz zwei folgt die NVP, die ihr Ergebnis auf 21,4 Prozent steigern konnte.',
        },
        { name: 'fr.txt', lang: 'fr', text: 'La NVP, qui a obtenu 23,9 % des voix, arrive deuxième.' },
      ]),
    ).toEqual([['scope:nvp', ['21.4 %', '23.9 %']]]);
  });

  it('is not a body’s when the word after the comma is an article (", die Wahlbeteiligung …")', () => {
    const groups = shares([
      { name: 'a.txt', lang: 'de', text: 'Gewonnen hat die NVP, die Wahlbeteiligung lag bei 71,4 Prozent.' },
      { name: 'b.txt', lang: 'de', text: 'Gewonnen hat die NVP, die Wahlbeteiligung lag bei 74,9 Prozent.' },
    ]);
    expect(groups.map(([key]) => key)).not.toContain('scope:nvp');
  });
});
