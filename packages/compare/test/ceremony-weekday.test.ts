import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';

// Invented for this test: a museum reopening, its ceremony the day before the public opening. The
// French article gives its days with their weekdays and no year; the corpus's latest date is a year on.
const museum = [
  {
    name: 'journal-fr.txt',
    lang: 'fr',
    text: 'La cérémonie prévue samedi 6 juin précédera la réouverture au public, dimanche 7 juin.',
  },
  {
    name: 'zeitung-de.txt',
    lang: 'de',
    text: 'Das Museum wurde am 7. Juni 2026 feierlich wiedereröffnet.',
  },
  { name: 'later-en.txt', lang: 'en', text: 'A report on the museum was published on 2 March 2027.' },
];

describe('a ceremony, a weekday and a planned day', () => {
  const c = compareTexts(museum, { referenceDate: '2027-03-02' });
  const group = (predicate: string) =>
    [...c.conflicts, ...c.agreements].find((g) => g.predicate === predicate);

  it('keep a ceremony apart from the public reopening, and a weekday sets the year', () => {
    // "samedi 6 juin": 6 June is a Saturday in 2026, not in 2027.
    expect(group('ceremony')?.values.map((v) => [v.value, v.sources])).toEqual([
      [{ kind: 'date', iso: '2026-06-06', granularity: 'day', yearInferred: true }, ['journal-fr.txt']],
      [{ kind: 'date', iso: '2026-06-07', granularity: 'day' }, ['zeitung-de.txt']],
    ]);
    expect(group('ceremony')?.kind).toBe('contradiction');
    const reopened = c.facts.find((f) => f.predicate === 'reopened');
    expect(reopened?.value).toMatchObject({ iso: '2026-06-07' });
  });

  it('take a planned day ("prévue samedi 6 juin") as the day the article gives, not a forecast', () => {
    const planned = c.facts.find((f) => f.predicate === 'ceremony' && f.source === 'journal-fr.txt');
    expect(planned?.qualifiers).toBeUndefined();
  });
});
