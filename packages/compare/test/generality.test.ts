import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../schema.json' with { type: 'json' };
import { groupFacts } from '../src/comparison/group';
import { extractFacts } from '../src/facts/extract';
import { type Comparison, compareTexts, type FactGroup } from '../src/index';
import { BUILT_IN_LOCALES } from '../src/locales/index';
import { date, mention, plainValue as plain, sentences } from './fixtures';

// Articles written for these tests (invented events, not copied from anywhere). Each set is designed to
// contain exactly the conflicts asserted below, and traps that must NOT become conflicts: a date and the
// same date with a time, one time given in two time zones, "about seven years" against "7年間", and one
// price written as "$2.5 billion", "25億ドル" and "2,5 Milliarden Dollar".

const earthquake = [
  {
    name: 'wire-en.txt',
    lang: 'en',
    published: '2026-03-14T06:00:00Z',
    text: 'Strong earthquake hits northern Japan\nA magnitude 6.8 earthquake struck off the coast of Hokkaido on March 14, according to the USGS. At least 12 people were killed. Rescue teams are searching collapsed buildings in coastal towns.',
  },
  {
    name: 'quotidien-fr.txt',
    lang: 'fr',
    published: '2026-03-14T09:00:00Z',
    text: 'Séisme au large d’Hokkaido\nSelon l’EMSC, un séisme de magnitude 7,1 a frappé le 14 mars à 14h32 JST au large d’Hokkaido. Le bilan provisoire s’élève à 20 morts. Plusieurs routes côtières restent fermées.',
  },
  {
    name: 'journal-ch.txt',
    lang: 'fr',
    published: '2026-03-14T10:00:00Z',
    text: 'Japon : le bilan du séisme s’alourdit\nLe tremblement de terre survenu le 14 mars à 6h32 CET a fait au moins 20 morts dans le nord du pays. Les secours poursuivent les recherches.',
  },
  {
    name: 'sinmun-ko.txt',
    lang: 'ko',
    published: '2026-03-15T08:00:00Z',
    text: '홋카이도 앞바다 강진\n미국지질조사국(USGS)에 따르면 홋카이도 앞바다에서 규모 6.8의 지진이 발생했다. 이 지진으로 인한 사망자는 31명으로 늘었다. 해안 지역에서는 정전이 이어지고 있다.',
  },
];

const acquisition = [
  {
    name: 'business-en.txt',
    lang: 'en',
    published: '2026-01-05T12:00:00Z',
    text: 'Acme to buy Brightloop for $2.5 billion\nAcme Corp announced on 5 January 2026 that it will acquire the software maker Brightloop for $2.5 billion in cash. Brightloop’s founder, Maria Keller, 52, will stay on after about seven years at the helm.',
  },
  {
    name: 'keizai-ja.txt',
    lang: 'ja',
    published: '2026-01-06T01:00:00Z',
    text: 'アクメ、ブライトループを買収へ\nアクメは、ソフトウェア企業ブライトループを25億ドルで買収すると2026年1月に発表した。創業者のMaria Keller氏(52歳)は、7年間率いてきた同社に残る。',
  },
  {
    name: 'wirtschaft-de.txt',
    lang: 'de',
    published: '2026-01-06T08:00:00Z',
    text: 'Acme übernimmt Brightloop\nAcme übernimmt den Softwarehersteller Brightloop für 2,5 Milliarden Dollar, wie der Konzern im Januar 2026 bekanntgab. Gründerin Maria Keller, 54 Jahre alt, leitet Brightloop seit sieben Jahren und bleibt an Bord.',
  },
];

const summary = (groups: FactGroup[]) =>
  groups.map((g) => [g.kind ?? 'agreement', g.predicate, g.values.map((v) => [plain(v.value), v.sources])]);

describe('an invented earthquake in English, French and Korean', () => {
  const comparison: Comparison = compareTexts(earthquake);

  it('reports exactly the designed conflicts: magnitudes by agency, a growing toll', () => {
    expect(summary(comparison.conflicts)).toEqual([
      [
        'differsBySource',
        'magnitude',
        [
          [6.8, ['wire-en.txt', 'sinmun-ko.txt']],
          [7.1, ['quotidien-fr.txt']],
        ],
      ],
      [
        'evolving',
        'died',
        [
          [12, ['wire-en.txt']],
          [20, ['quotidien-fr.txt', 'journal-ch.txt']],
          [31, ['sinmun-ko.txt']],
        ],
      ],
    ]);
  });

  it('keeps each magnitude with the agency it is attributed to', () => {
    const magnitude = comparison.facts.filter((f) => f.predicate === 'magnitude');
    expect(magnitude.map((f) => [f.source, f.display, f.attributionKey])).toEqual([
      ['wire-en.txt', '6.8', 'org:usgs'],
      ['quotidien-fr.txt', '7,1', 'org:emsc'],
      ['sinmun-ko.txt', '6.8', 'org:usgs'],
    ]);
  });

  it('agrees on the day of the quake in every article that dates it', () => {
    const day = comparison.agreements.find((g) => g.predicate === 'occurred-at');
    const stated = day?.values.flatMap((v) => v.sources.map((source) => [source, plain(v.value)]));
    expect(stated?.map(([source]) => source).sort()).toEqual([
      'journal-ch.txt',
      'quotidien-fr.txt',
      'wire-en.txt',
    ]);
    for (const [, value] of stated ?? []) expect(String(value)).toMatch(/^2026-03-14/);
  });
});

describe('one time given in two time zones, through the whole pipeline', () => {
  const comparison: Comparison = compareTexts([earthquake[1]!, earthquake[2]!]);

  it('reads "14h32 JST" and "6h32 CET" as the same instant and agrees', () => {
    const times = comparison.facts
      .filter(
        (f) => f.predicate === 'occurred-at' && f.value.kind === 'date' && f.value.granularity === 'time',
      )
      .map((f) => [f.source, f.display, plain(f.value)]);
    // @corpus/entities reads the day and the time as one date-time mention ("14 mars à 14h32 JST").
    expect(times).toEqual([
      ['quotidien-fr.txt', '14 mars à 14h32 JST', '2026-03-14T14:32+09:00'],
      ['journal-ch.txt', '14 mars à 6h32 CET', '2026-03-14T06:32+01:00'],
    ]);
    expect(comparison.conflicts.filter((g) => g.predicate === 'occurred-at')).toEqual([]);
    const agreed = comparison.agreements.find((g) => g.predicate === 'occurred-at');
    expect(agreed?.values.flatMap((v) => v.sources).sort()).toEqual(['journal-ch.txt', 'quotidien-fr.txt']);
  });
});

describe('the JSON Schema', () => {
  it('validates both invented comparisons', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    for (const set of [earthquake, acquisition]) {
      validate(JSON.parse(JSON.stringify(compareTexts(set))));
      expect(validate.errors ?? []).toEqual([]);
    }
  });
});

describe('one time given in two time zones: the rule alone, on hand-built mentions', () => {
  // The two French sentences of the earthquake set that carry the time, with DATE mentions built by
  // hand, so this isolates compare's instant comparison from the entity recogniser (tested above).
  const sources = [earthquake[1]!, earthquake[2]!].map((article) => {
    const text = article.text;
    const time = /14 mars à \d+h32 (?:JST|CET)/.exec(text)![0];
    const iso = time.endsWith('JST') ? '2026-03-14T14:32+09:00' : '2026-03-14T06:32+01:00';
    return extractFacts({
      name: article.name,
      text,
      blocks: [{ type: 'paragraph', span: { start: 0, end: text.length } }],
      sentences: sentences(text),
      mentions: [mention(text, time, 'DATE', `date:${iso}`, date(iso, 'time'))],
      locale: BUILT_IN_LOCALES.fr,
    });
  });

  it('compares the times as instants and agrees', () => {
    const facts = sources.flat();
    expect(facts.map((f) => [f.source, f.predicate, f.display])).toEqual([
      ['quotidien-fr.txt', 'occurred-at', '14 mars à 14h32 JST'],
      ['journal-ch.txt', 'occurred-at', '14 mars à 6h32 CET'],
    ]);
    const { agreements, conflicts } = groupFacts(
      facts.map((f) => ({ ...f, subject: { key: 'story', canonical: 'the story' } })),
      { documents: ['quotidien-fr.txt', 'journal-ch.txt'], published: {}, names: {} },
    );
    expect(conflicts).toEqual([]);
    expect(agreements.map((g) => [g.kind, g.values.map((v) => v.sources)])).toEqual([
      [undefined, [['quotidien-fr.txt'], ['journal-ch.txt']]],
    ]);
  });
});

describe('an invented acquisition in English, Japanese and German', () => {
  const comparison: Comparison = compareTexts(acquisition);

  it('reports exactly one conflict: the founder’s age in one outlet', () => {
    expect(summary(comparison.conflicts)).toEqual([
      [
        'contradiction',
        'age',
        [
          [52, ['business-en.txt', 'keizai-ja.txt']],
          [54, ['wirtschaft-de.txt']],
        ],
      ],
    ]);
    expect(comparison.conflicts[0]?.subject.canonical).toBe('Maria Keller');
  });

  it('agrees on the price written in three scales and languages', () => {
    const price = comparison.agreements.find((g) => g.predicate === 'price');
    expect(price?.kind).toBeUndefined();
    expect(price?.values.map((v) => [v.display, v.sources])).toEqual([
      ['2.5 billion USD', ['business-en.txt', 'keizai-ja.txt', 'wirtschaft-de.txt']],
    ]);
    expect(price?.values[0]?.evidence.map((e) => e.sentence)).toEqual([
      'Acme to buy Brightloop for $2.5 billion',
      expect.stringContaining('Brightloop for $2.5 billion in cash.'),
      expect.stringContaining('25億ドル'),
      expect.stringContaining('2,5 Milliarden Dollar'),
    ]);
  });

  it('does not call "about seven years" against "7年間" or "January 2026" against "5 January 2026" a contradiction', () => {
    const byPredicate = Object.fromEntries(comparison.agreements.map((g) => [g.predicate, g]));
    expect(byPredicate.tenure?.values.map((v) => [plain(v.value), v.sources])).toEqual([
      ['P7Y', ['business-en.txt']],
      ['P7Y', ['keizai-ja.txt', 'wirtschaft-de.txt']],
    ]);
    expect(byPredicate.announced?.kind).toBe('differentPrecision');
    expect(byPredicate.announced?.values.map((v) => [plain(v.value), v.sources])).toEqual([
      ['2026-01-05', ['business-en.txt']],
      ['2026-01', ['keizai-ja.txt', 'wirtschaft-de.txt']],
    ]);
    expect(byPredicate.role?.values.map((v) => v.sources)).toEqual([
      ['business-en.txt', 'keizai-ja.txt', 'wirtschaft-de.txt'],
    ]);
  });
});
