import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import schema from '../schema.json' with { type: 'json' };
import { type AnalyzedDocument, analyze, type Comparison, compare, type FactGroup } from '../src/index';

// The seed corpus (one story in five languages) mixed with a second, invented story in three languages
// (written for this test) and a re-run of one of its articles with a word changed: two stories and one
// near-duplicate pair.
const seeds = new URL('../../../seeds/', import.meta.url);
const recall = [
  {
    name: 'recall-en.txt',
    text: 'Volta Motors recalls 40,000 cars over brake fault\nVolta Motors said on 12 February 2026 that it will recall 40,000 electric cars built in its Lyon plant because of a brake fault. Chief executive Elena Marsh said no injuries had been reported. The company expects the repairs to cost about 90 million euros, according to Volta Motors.',
  },
  {
    name: 'rueckruf-de.txt',
    text: 'Volta Motors ruft 40.000 Autos zurück\nVolta Motors hat am 12. Februar 2026 angekündigt, 40.000 Elektroautos aus dem Werk in Lyon wegen eines Bremsfehlers zurückzurufen. Konzernchefin Elena Marsh sagte, es seien keine Verletzten gemeldet worden. Die Reparaturen sollen etwa 90 Millionen Euro kosten.',
  },
  {
    name: 'rappel-fr.txt',
    text: 'Volta Motors rappelle 40 000 voitures\nVolta Motors a annoncé le 12 février 2026 le rappel de 40 000 voitures électriques fabriquées dans son usine de Lyon, en raison d’un défaut de freinage. La directrice générale Elena Marsh a indiqué qu’aucun blessé n’avait été signalé. Les réparations devraient coûter environ 90 millions d’euros.',
  },
];
// The English article again, as another outlet ran it: one word changed.
const rerun = {
  name: 'recall-en-rerun.txt',
  text: recall[0]!.text.replace('electric cars', 'electric vehicles'),
};

let seedDocs: AnalyzedDocument[];
let mixed: AnalyzedDocument[];
let exact: Comparison;
let indexed: Comparison;

beforeAll(() => {
  seedDocs = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => analyze({ name: f, text: readFileSync(new URL(f, seeds), 'utf8') }));
  const others = [...recall, rerun].map((t) => analyze(t));
  // Interleaved, so that neither story is a block of the input.
  mixed = [
    seedDocs[0]!,
    others[0]!,
    seedDocs[1]!,
    others[1]!,
    seedDocs[2]!,
    others[2]!,
    seedDocs[3]!,
    others[3]!,
    seedDocs[4]!,
  ];
  exact = compare(mixed);
  indexed = compare(mixed, { exactLimit: 0 });
});

const seedNames = () => seedDocs.map((d) => d.document.source.name);

describe('stories and near duplicates in a corpus that mixes two stories', () => {
  it('puts the five seed articles in one story and the recall articles in another', () => {
    expect(exact.stories?.map((s) => [...s.documents].sort())).toEqual([
      [...seedNames()].sort(),
      ['recall-en-rerun.txt', 'recall-en.txt', 'rappel-fr.txt', 'rueckruf-de.txt'].sort(),
    ]);
    // Each story names what its articles share: the seeds' researcher, the recall's company.
    expect(exact.stories?.[0]?.entities.some((k) => k.includes('tworek'))).toBe(true);
    expect(exact.stories?.[1]?.entities.some((k) => k.includes('volta'))).toBe(true);
  });

  it('finds the re-run article, and only it, as a near duplicate', () => {
    expect(exact.nearDuplicates).toEqual([['recall-en.txt', 'recall-en-rerun.txt']]);
  });

  it('lists as pairs exactly the matrix entries at or above the threshold', () => {
    const { matrix, pairs } = exact.similarity;
    const expected: [number, number, number][] = [];
    matrix.forEach((row, i) => {
      row.forEach((v, j) => {
        if (j > i && v >= 0.1) expected.push([i, j, v]);
      });
    });
    expect(pairs).toEqual(expected);
    // The two stories are not similar to each other.
    const story = (i: number) => (seedNames().includes(exact.documents[i]!.name) ? 'seeds' : 'recall');
    expect(pairs!.every(([i, j]) => story(i) === story(j))).toBe(true);
  });

  it('gives the same stories and near duplicates through the index, and pairs with the exact scores', () => {
    expect(indexed.stories).toEqual(exact.stories);
    expect(indexed.nearDuplicates).toEqual(exact.nearDuplicates);
    const exactPairs = new Map(exact.similarity.pairs!.map(([i, j, v]) => [`${i},${j}`, v]));
    expect(indexed.similarity.pairs!.length).toBeGreaterThan(0);
    for (const [i, j, v] of indexed.similarity.pairs!) expect(exactPairs.get(`${i},${j}`)).toBe(v);
    // Above the exact limit: no dense matrix, and coverage lists only the documents that name an entity.
    expect(indexed.similarity.matrix).toEqual([]);
    for (const row of Object.values(indexed.coverage))
      for (const n of Object.values(row)) expect(n).toBeGreaterThan(0);
    const { similarity, coverage, ...rest } = indexed;
    const { similarity: s2, coverage: c2, ...restExact } = exact;
    expect(rest).toEqual(restExact);
  });

  it('validates against the schema both ways', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(exact), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(indexed), JSON.stringify(validate.errors)).toBe(true);
  });

  it('gives the seed corpus alone one story, no near duplicates and the pairs of its matrix', () => {
    const c = compare(seedDocs);
    expect(c.stories).toEqual([{ documents: seedNames(), entities: expect.any(Array) }]);
    expect(c.nearDuplicates).toEqual([]);
    expect(c.similarity.pairs!.length).toBeGreaterThan(0);
  });
});

describe('claims compared within each story of a mixed corpus', () => {
  const storyOfName = (name: string) => (seedNames().includes(name) ? 'seeds' : 'recall');
  const withoutStory = (groups: FactGroup[]) => groups.map(({ story, ...g }) => g);

  it('tags every agreement and conflict with its story, and none mixes the two', () => {
    for (const g of [...exact.agreements, ...exact.conflicts]) {
      const stories = new Set(g.values.flatMap((v) => v.sources.map(storyOfName)));
      expect(stories.size).toBe(1);
      expect(g.story).toBeDefined();
      expect(exact.stories![g.story!]!.documents).toContain(g.values[0]!.sources[0]);
    }
  });

  it('finds in each story what comparing that story alone finds', () => {
    const seedsAlone = compare(seedDocs);
    const recallAlone = compare(mixed.filter((d) => storyOfName(d.document.source.name) === 'recall'));
    const inStory = (s: number, groups: FactGroup[]) => withoutStory(groups.filter((g) => g.story === s));
    const seedsStory = exact.stories!.findIndex((s) => s.documents.includes(seedNames()[0]!));
    expect(inStory(seedsStory, exact.conflicts)).toEqual(seedsAlone.conflicts);
    expect(inStory(seedsStory, exact.agreements)).toEqual(seedsAlone.agreements);
    expect(inStory(1 - seedsStory, exact.conflicts)).toEqual(recallAlone.conflicts);
    expect(inStory(1 - seedsStory, exact.agreements)).toEqual(recallAlone.agreements);
    // Each story keeps its own reference date and main entity.
    expect(exact.stories![seedsStory]!.referenceDate).toBe(seedsAlone.referenceDate);
    expect(exact.stories![seedsStory]!.mainEntity).toEqual(seedsAlone.mainEntity);
    // A corpus of one story has no story tags: its report is as it was.
    expect([...seedsAlone.agreements, ...seedsAlone.conflicts].every((g) => g.story === undefined)).toBe(
      true,
    );
  });
});
