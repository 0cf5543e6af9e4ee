import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../schema.json' with { type: 'json' };
import { compareTexts } from '../src/index';

// Invented for this test: a fraud verdict in English, Italian and Chinese. Designed conflicts: the
// defendant's age (61 against 63) and the prison term (eight years against six). Agreed: the day of
// the verdict and the fine (€2 million, "2 milioni di euro", "200万欧元"). Traps that must not conflict:
// the prosecutors' request (12 years) against the term given, and an earlier case's three years.
// The Italian term is written in digits ("a 6 anni", as Italian wires often write it): @corpus/entities
// reads "a sei anni" as one year (see the expected failure at the end).
const verdict = [
  {
    name: 'wire-en.txt',
    lang: 'en',
    published: '2026-02-12T16:00:00Z',
    text: "Milan court jails former banker for fraud\nA court in Milan on 12 February 2026 sentenced the former banker Paolo Ferri, 61, to eight years in prison for fraud. Prosecutors had asked for 12 years. The court also ordered him to pay a fine of €2 million. In an earlier case, a judge gave Ferri's business partner three years. His lawyers said they would appeal.",
  },
  {
    name: 'giornale-it.txt',
    lang: 'it',
    published: '2026-02-12T18:00:00Z',
    text: "Frode, condannato l'ex banchiere Paolo Ferri\nL'ex banchiere Paolo Ferri, all'età di 63 anni, è stato condannato il 12 febbraio 2026 dal tribunale di Milano a 6 anni di carcere per frode. L'accusa aveva chiesto 12 anni. Ferri dovrà pagare anche una multa di 2 milioni di euro. La difesa ha annunciato ricorso in appello.",
  },
  {
    name: 'bao-zh.txt',
    lang: 'zh',
    published: '2026-02-13T02:00:00Z',
    text: '前银行家保罗·费里被判八年\n米兰法院于2026年2月12日以欺诈罪判处前银行家保罗·费里八年有期徒刑。费里今年61岁。检方此前要求判处12年。法院还判处其罚款200万欧元。费里的律师表示将提出上诉。',
  },
];

describe('an invented court verdict in English, Italian and Chinese', () => {
  const c = compareTexts(verdict);
  const everyValue = [...c.conflicts, ...c.agreements].flatMap((g) =>
    g.values.map((v) => [g.predicate, v.display]),
  );

  it("reports exactly its designed conflicts: the defendant's age and the prison term", () => {
    expect(
      c.conflicts.map((g) => [
        g.kind,
        g.predicate,
        g.subject.canonical,
        g.values.map((v) => [v.display, v.sources]),
      ]),
    ).toEqual([
      [
        'contradiction',
        'age',
        'Paolo Ferri',
        [
          ['61 years', ['wire-en.txt', 'bao-zh.txt']],
          ['63 years', ['giornale-it.txt']],
        ],
      ],
      [
        'contradiction',
        'sentence',
        'Paolo Ferri',
        [
          ['8 years', ['wire-en.txt', 'bao-zh.txt']],
          ['6 years', ['giornale-it.txt']],
        ],
      ],
    ]);
  });

  it('agrees on the day of the verdict and on the fine written in three languages', () => {
    const stated = c.agreements.filter((g) => g.predicate === 'stated').map((g) => g.values[0]!);
    const all = ['wire-en.txt', 'giornale-it.txt', 'bao-zh.txt'];
    expect(stated.find((v) => v.display === '12 February 2026')?.sources).toEqual(all);
    const fine = c.agreements.filter((g) => g.predicate === 'fine');
    expect(fine.map((g) => [g.subject.canonical, g.values.map((v) => [v.display, v.sources])])).toEqual([
      ['Paolo Ferri', [['2 million EUR', all]]],
    ]);
  });

  it("never sets the prosecutors' request or the earlier case's term against the term given", () => {
    const twelve = c.agreements.find((g) => g.values.some((v) => v.display === '12 years'));
    expect(twelve?.values.map((v) => v.sources)).toEqual([['wire-en.txt', 'giornale-it.txt', 'bao-zh.txt']]);
    expect(everyValue.filter(([, display]) => display === '3 years')).toEqual([]);
    expect(c.conflicts.flatMap((g) => g.values.map((v) => v.display))).not.toContain('12 years');
    // Only the Chinese request names a prison term ("要求判处12年"): a term asked for, in its own scope.
    const asked = c.facts.filter((f) => f.predicate === 'sentence' && f.scope === 'request');
    expect(asked.map((f) => [f.source, f.display])).toEqual([['bao-zh.txt', '12年']]);
  });

  it('validates against the JSON Schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    validate(JSON.parse(JSON.stringify(c)));
    expect(validate.errors ?? []).toEqual([]);
  });

  // "a sei anni" ("to six years"): the preposition "a" is no count of years (the English article "a" once was).
  it('reads a term spelled out in Italian ("a sei anni di carcere") as six years', () => {
    const spelled = { ...verdict[1]!, text: verdict[1]!.text.replace('a 6 anni', 'a sei anni') };
    const one = compareTexts([verdict[0]!, spelled]);
    const term = one.conflicts.find((g) => g.predicate === 'sentence');
    expect(term?.values.map((v) => v.display)).toEqual(['8 years', '6 years']);
  });

  // The age word 岁 of "61岁" is that age's unit: it claims no second value of its clause, neither the
  // term given beside it nor years of a career.
  it('does not read a prison term or a tenure beside "61岁" as a second age', () => {
    for (const zh of [
      '米兰法院于2026年2月12日以欺诈罪判处61岁的前银行家保罗·费里八年有期徒刑。',
      '61岁的前银行家保罗·费里在银行工作了三十年。',
    ]) {
      const one = compareTexts([verdict[0]!, { ...verdict[2]!, text: zh }]);
      expect(one.conflicts.filter((g) => g.kind === 'internal')).toEqual([]);
      const ages = one.facts.filter((f) => f.source === 'bao-zh.txt' && f.predicate === 'age');
      expect(ages.map((f) => f.display)).toEqual(['61岁']);
    }
  });
});
