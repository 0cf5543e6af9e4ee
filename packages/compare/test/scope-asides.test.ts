import { describe, expect, it } from 'vitest';
import { analyze, compareTexts } from '../src/index';

// Invented for this test: a scope word ("previous", "aftershock") whose clause is interrupted by an
// aside between commas. The aside does not end the clause: the figure after it is still the previous
// fire's or the aftershock's, and never meets the story's own.
describe('a scope word before an aside between commas', () => {
  it.each([
    ['en', 'The previous fire, which started on a Tuesday, burned 5,000 acres.', 'previous'],
    ['en', 'An aftershock, which struck on Monday, had a magnitude of 5.1.', 'aftershock'],
    ['de', 'Das vorherige Feuer, das an einem Dienstag ausbrach, zerstörte 5000 Häuser.', 'previous'],
    ['fr', 'La précédente grève, qui avait duré dix jours, avait mobilisé 8 000 ouvriers.', 'previous'],
    ['it', 'La precedente scossa, che aveva colpito di lunedì, aveva una magnitudo di 5,1.', 'previous'],
    ['ru', 'Предыдущий пожар, который начался во вторник, уничтожил 5000 домов.', 'previous'],
  ])('%s: %s', (lang, text, scope) => {
    const { facts } = analyze({ name: 'x.txt', lang, text });
    expect(facts.at(-1)?.scope).toBe(scope);
  });

  it('an aside that no aside word opens ends the clause as before', () => {
    const { facts } = analyze({
      name: 'x.txt',
      lang: 'en',
      text: 'The previous fire, on Tuesday, burned 5,000 acres.',
    });
    expect(facts.map((f) => f.scope)).toEqual([undefined]);
  });

  it("keeps the previous strike's workers apart from this strike's", () => {
    const c = compareTexts([
      {
        name: 'a-en.txt',
        lang: 'en',
        text: 'About 12,000 workers are on strike. The previous strike, which lasted ten days, involved 8,000 workers.',
      },
      { name: 'b-en.txt', lang: 'en', text: 'Some 12,000 workers walked out on Monday.' },
    ]);
    expect(c.conflicts).toEqual([]);
  });
});
