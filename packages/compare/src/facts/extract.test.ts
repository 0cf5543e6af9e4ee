import type { Mention } from '@corpus/entities';
import type { Block } from '@corpus/ingest';
import { describe, expect, it } from 'vitest';
import { date, duration, mention, quantity, sentences } from '../../test/fixtures';
import { BUILT_IN_LOCALES, type FactLocale } from '../locales/index';
import { extractFacts } from './extract';

const paragraph = (text: string): Block[] => [{ type: 'paragraph', span: { start: 0, end: text.length } }];

/** The facts of a one-paragraph document whose mentions are given. */
const factsOf = (name: string, text: string, locale: FactLocale | undefined, mentions: Mention[]) =>
  extractFacts({ name, text, blocks: paragraph(text), sentences: sentences(text), mentions, locale });

describe('extractFacts', () => {
  it('pairs each value with the nearest trigger and leaves a dropped subject implicit (it)', () => {
    const text =
      'Entrata in Acme nel 2015, è diventata direttrice tecnica e, dal 2020, responsabile del laboratorio.';
    const facts = factsOf('a.txt', text, BUILT_IN_LOCALES.it, [
      mention(text, 'Acme', 'ORG', 'org:acme'),
      mention(text, '2015', 'DATE', 'date:2015', date('2015', 'year')),
      mention(text, 'direttrice tecnica', 'ROLE', 'role:cto'),
      mention(text, '2020', 'DATE', 'date:2020', date('2020', 'year')),
    ]);
    expect(facts.map((f) => [f.predicate, f.display, f.implicitSubject])).toEqual([
      ['joined', '2015', true],
      ['role', 'direttrice tecnica', true],
      ['promoted', '2020', true],
    ]);
    expect(facts[0]!.evidence).toEqual({
      source: 'a.txt',
      span: { start: 0, end: text.length },
      sentence: text,
      mentions: [{ start: 20, end: 24 }],
    });
    expect(facts[2]!.value).toEqual({ kind: 'date', iso: '2020', granularity: 'year' });
  });

  it('takes the date of the previous sentence for an announcement without one (zh)', () => {
    const text = '3 月 2 日,业界再起波澜。入职近五年的 Lina Park 宣布离职。';
    const facts = factsOf('z.txt', text, BUILT_IN_LOCALES.zh, [
      mention(text, '3 月 2 日', 'DATE', 'date:2026-03-02', {
        kind: 'date',
        iso: '2026-03-02',
        granularity: 'day',
        yearInferred: true,
      }),
      mention(text, '近五年', 'DURATION', 'duration:P5Y', duration('P5Y', 'nearly')),
      mention(text, 'Lina Park', 'PERSON', 'person:lina park'),
    ]);
    const announced = facts.find((f) => f.predicate === 'announced');
    expect(announced?.subject).toEqual({ key: 'person:lina park', canonical: 'Lina Park' });
    expect(announced?.value).toMatchObject({ iso: '2026-03-02' });
    expect(announced?.evidence.sentence).toBe(text);
    const tenure = facts.find((f) => f.predicate === 'tenure');
    expect(tenure?.value).toEqual(duration('P5Y', 'nearly'));
    expect(facts.filter((f) => f.predicate === 'joined')).toEqual([]);
  });

  it('attributes a value to the source named with "によると" (ja)', () => {
    const text = '気象庁によると、地震の規模はマグニチュード6.8だった。';
    const [fact, ...rest] = factsOf('j.txt', text, BUILT_IN_LOCALES.ja, [
      mention(text, '気象庁', 'ORG', 'org:jma'),
      mention(text, '6.8', 'NUMBER', 'number:6.8', quantity(6.8)),
    ]);
    expect(rest).toEqual([]);
    expect(fact).toMatchObject({
      predicate: 'magnitude',
      subject: { key: 'story' },
      attribution: '気象庁',
      attributionKey: 'org:jma',
      value: { kind: 'quantity', amount: 6.8 },
    });
    expect(fact!.tolerance).toBeCloseTo(0.05);
  });

  it('dates a social post by a person as their announcement, and its departure words too', () => {
    const text = 'Leaving Acme after five great years.\n— Lina Park (@linapark) March 2, 2026';
    const blocks: Block[] = [
      {
        type: 'social-post',
        span: { start: 0, end: text.length },
        post: {
          author: 'Lina Park',
          handle: 'linapark',
          date: '2026-03-02',
          textSpan: { start: 0, end: 36 },
        },
      },
    ];
    const facts = extractFacts({
      name: 'p.txt',
      text,
      blocks,
      sentences: sentences(text),
      mentions: [
        mention(text, 'Acme', 'ORG', 'org:acme'),
        mention(text, 'five great years', 'DURATION', 'duration:P5Y', duration('P5Y')),
        mention(text, 'Lina Park', 'PERSON', 'person:lina park'),
        mention(text, '@linapark', 'HANDLE', 'handle:linapark'),
        mention(text, 'March 2, 2026', 'DATE', 'date:2026-03-02', date('2026-03-02', 'day')),
      ],
      locale: BUILT_IN_LOCALES.en,
    });
    expect(facts.map((f) => [f.predicate, f.subject.key, f.display])).toEqual([
      ['tenure', '', 'five great years'],
      ['announced', 'person:lina park', 'March 2, 2026'],
      ['left', '', 'March 2, 2026'],
    ]);
  });

  it('keeps a place two clauses away from a birth word out of the birthplace (ja)', () => {
    const text = 'Lina Park氏は、韓国出身でソウル大学で物理学の修士号を取得した後、ロンドンで3年間働いた。';
    const facts = factsOf('k.txt', text, BUILT_IN_LOCALES.ja, [
      mention(text, 'Lina Park', 'PERSON', 'person:lina park'),
      mention(text, '韓国', 'PLACE', 'place:south korea'),
      mention(text, 'ソウル大学', 'ORG', 'org:seoul national university'),
      mention(text, 'ロンドン', 'PLACE', 'place:london'),
    ]);
    expect(facts.map((f) => [f.predicate, f.subject.key, f.value])).toEqual([
      ['born-in', 'person:lina park', { kind: 'text', normalized: 'place:south korea' }],
      ['studied-at', 'person:lina park', { kind: 'text', normalized: 'org:seoul national university' }],
    ]);
  });

  it('reads a Spanish report: magnitude attributed with "según", toll by "muertos"', () => {
    const text = 'Según el USGS, el sismo de magnitud 6,8 dejó al menos 12 muertos en la costa.';
    const facts = factsOf('es.txt', text, BUILT_IN_LOCALES.es, [
      mention(text, '6,8', 'NUMBER', 'number:6.8', quantity(6.8)),
      mention(text, '12', 'NUMBER', 'number:12', quantity(12)),
    ]);
    expect(facts.map((f) => [f.predicate, f.display, f.attributionKey])).toEqual([
      ['magnitude', '6,8', 'source:usgs'],
      ['died', '12', 'source:usgs'],
    ]);
  });

  it('does not read a Russian trigger stem inside another word ("опоста" is not "пост")', () => {
    const text = 'Анна Смирнова из Яндекса 5 марта 2026 года ушла.';
    const none = 'Анна Смирнова 5 марта 2026 года опоста.';
    const run = (t: string) =>
      factsOf('ru.txt', t, BUILT_IN_LOCALES.ru, [
        mention(t, 'Анна Смирнова', 'PERSON', 'person:anna smirnova'),
        mention(t, '5 марта 2026 года', 'DATE', 'date:2026-03-05', date('2026-03-05', 'day')),
      ]).map((f) => f.predicate);
    expect(run(text)).toEqual(['left']);
    expect(run(none)).toEqual([]);
  });

  it('finds nothing for a language without a lexicon', () => {
    const text = 'Something happened in 2020.';
    expect(
      factsOf('x', text, undefined, [mention(text, '2020', 'DATE', 'date:2020', date('2020', 'year'))]),
    ).toEqual([]);
  });
});
