import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';

// Invented for this test: a storm in English, German and Spanish. Designed conflicts: the death
// toll (12, 15: evolving) and the evacuations (about 40,000 against 52,000). Traps that must not
// conflict: "about 40,000" against 41,000 (a qualifier), a projection ("could rise to 30"), the previous
// storm's toll, and a conversion in parentheses.
const storm = [
  {
    name: 'wire-en.txt',
    lang: 'en',
    text: 'The storm has killed 12 people, officials said on 3 March 2026. About 40,000 people were evacuated. The toll could rise to 30. The previous storm killed 4 people.',
  },
  {
    name: 'zeitung-de.txt',
    lang: 'de',
    text: 'Der Sturm hat bis zum 4. März 2026 15 Menschen getötet. Rund 41.000 Menschen wurden evakuiert.',
  },
  {
    name: 'diario-es.txt',
    lang: 'es',
    text: 'La tormenta dejó 15 muertos, según las autoridades. Unas 52.000 personas fueron evacuadas.',
  },
];

describe('an invented storm in English, German and Spanish', () => {
  const c = compareTexts(storm);

  it('reports exactly its designed conflicts', () => {
    expect(
      c.conflicts.map((g) => [g.kind, g.predicate, g.values.map((v) => [v.display, v.sources])]),
    ).toEqual([
      [
        'evolving',
        'died',
        [
          ['12 person', ['wire-en.txt']],
          ['15 person', ['zeitung-de.txt', 'diario-es.txt']],
        ],
      ],
      [
        'evolving',
        'evacuated',
        [
          ['about 40000 person', ['wire-en.txt']],
          ['about 41000 person', ['zeitung-de.txt']],
          ['about 52000 person', ['diario-es.txt']],
        ],
      ],
    ]);
  });

  it("sets the projection and the previous storm's toll apart from the toll", () => {
    const toll = c.facts.filter((f) => f.predicate === 'died');
    expect(toll.map((f) => [f.display, f.qualifiers ?? [], f.scope ?? ''])).toEqual([
      ['12', [], ''],
      ['30', ['projected'], ''],
      ['4', [], 'previous'],
      ['15', [], ''],
      ['15', [], ''],
    ]);
  });
});
