import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../schema.json' with { type: 'json' };
import { compareTexts } from '../src/index';

// Invented for this test: a shipyard strike in French, Portuguese and Russian. Designed conflicts: the
// number of strikers ("plus de 12 000" and "cerca de 12 mil" against "около 15 тысяч") and what the
// strike has cost (40 million euros against 50 million). Traps that must not conflict: the unions'
// projection ("pourrait toucher 20 000 salariés"), the previous strike's 8,000 workers, a conversion in
// parentheses ("40 millions d'euros (environ 43 millions de dollars)"), and "more than" against "about".
// Only the French article attributes the cost: "selon la direction", "segundo a direção" and "по данным
// руководства" are one body in three languages, but attributions are compared as written, so three
// attributed figures would differ by source rather than contradict (see the helper's report).
const strike = [
  {
    name: 'quotidien-fr.txt',
    lang: 'fr',
    published: '2026-04-08T09:00:00Z',
    text: "Grève chez Navalis : les chantiers à l'arrêt\nPlus de 12 000 salariés des chantiers navals Navalis sont en grève depuis le 6 avril 2026 pour réclamer une hausse des salaires. Selon la direction, la grève a déjà coûté 40 millions d'euros (environ 43 millions de dollars). Les syndicats estiment que le mouvement pourrait toucher 20 000 salariés d'ici la fin de la semaine. La précédente grève avait mobilisé 8 000 ouvriers en 2023.",
  },
  {
    name: 'jornal-pt.txt',
    lang: 'pt',
    published: '2026-04-08T11:00:00Z',
    text: 'Greve paralisa estaleiros da Navalis\nCerca de 12 mil trabalhadores dos estaleiros Navalis estão em greve desde 6 de abril de 2026. A paralisação já custou 40 milhões de euros à empresa. Os sindicatos exigem um aumento salarial de 8%.',
  },
  {
    name: 'gazeta-ru.txt',
    lang: 'ru',
    published: '2026-04-08T12:00:00Z',
    text: 'Забастовка на верфях Navalis\nС 6 апреля 2026 года бастуют около 15 тысяч рабочих верфей Navalis. Забастовка уже стоила компании 50 млн евро. Профсоюзы требуют повышения зарплат на 8%.',
  },
];

describe('an invented strike in French, Portuguese and Russian', () => {
  const c = compareTexts(strike);

  it('reports exactly its designed conflicts: the strikers and the cost', () => {
    expect(
      c.conflicts.map((g) => [g.kind, g.predicate, g.values.map((v) => [v.display, v.sources])]),
    ).toEqual([
      [
        'contradiction',
        'cost',
        [
          ['40 million EUR', ['quotidien-fr.txt', 'jornal-pt.txt']],
          ['50 million EUR', ['gazeta-ru.txt']],
        ],
      ],
      [
        'contradiction',
        'workers',
        [
          ['12000', ['quotidien-fr.txt', 'jornal-pt.txt']],
          ['about 15000', ['gazeta-ru.txt']],
        ],
      ],
    ]);
  });

  it("sets the projection and the previous strike's workers apart from the strikers", () => {
    const workers = c.facts.filter((f) => f.predicate === 'workers');
    expect(workers.map((f) => [f.source, f.display, f.qualifiers ?? [], f.scope ?? ''])).toEqual([
      ['quotidien-fr.txt', '12 000', ['over'], ''],
      ['quotidien-fr.txt', '20 000', ['projected'], ''],
      ['quotidien-fr.txt', '8 000', [], 'previous'],
      ['jornal-pt.txt', '12 mil', ['about'], ''],
      ['gazeta-ru.txt', '15 тысяч', ['about'], ''],
    ]);
  });

  it('reads the dollar conversion in parentheses as the same cost, not as the article contradicting itself', () => {
    expect(c.conflicts.filter((g) => g.kind === 'internal')).toEqual([]);
    expect(
      c.facts.filter((f) => f.predicate === 'cost' && f.source === 'quotidien-fr.txt').map((f) => f.display),
    ).toEqual(["40 millions d'euros", '43 millions de dollars']);
  });

  it('agrees on the day the strike began in all three languages', () => {
    const day = c.agreements.find((g) => g.values.some((v) => v.display === '6 April 2026'));
    expect(day?.values.map((v) => v.sources)).toEqual([
      ['quotidien-fr.txt', 'jornal-pt.txt', 'gazeta-ru.txt'],
    ]);
  });

  it('validates against the JSON Schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    validate(JSON.parse(JSON.stringify(c)));
    expect(validate.errors ?? []).toEqual([]);
  });
});
