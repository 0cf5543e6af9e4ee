import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';

/** `type [start,end) text key` for the mentions of the given types. */
const of = (text: string, lang: string, types: string[], referenceDate = '2026-03-14') =>
  extractMentions({ text, lang }, { referenceDate })
    .filter((m) => types.includes(m.type))
    .map((m) => `${m.type} ${m.span.start}-${m.span.end} ${m.text} ${m.key}`);

// Gaps reported by @corpus/compare, with text written for these tests.
describe('money: scale words with and without a space', () => {
  it.each([
    ['公司融资 25 亿美元。', 'zh', ['MONEY 5-11 25 亿美元 money:2500000000USD']],
    ['公司融资25亿美元。', 'zh', ['MONEY 4-9 25亿美元 money:2500000000USD']],
    ['公司融资 25 亿 美元。', 'zh', ['MONEY 5-12 25 亿 美元 money:2500000000USD']],
    ['用户超过 3 亿。', 'zh', ['NUMBER 5-8 3 亿 number:300000000']],
    ['1兆2000億円の投資。', 'ja', ['MONEY 0-8 1兆2000億円 money:1200000000000JPY']],
    ['25億ドルを調達。', 'ja', ['MONEY 0-5 25億ドル money:2500000000USD']],
    ['It raised 2.5 billion dollars.', 'en', ['MONEY 10-29 2.5 billion dollars money:2500000000USD']],
    ['It raised $2.5 billion.', 'en', ['MONEY 10-22 $2.5 billion money:2500000000USD']],
    [
      'Sie sammelte 2,5 Milliarden Dollar ein.',
      'de',
      ['MONEY 13-34 2,5 Milliarden Dollar money:2500000000USD'],
    ],
    [
      'Elle a levé 2,5 milliards de dollars.',
      'fr',
      ['MONEY 12-36 2,5 milliards de dollars money:2500000000USD'],
    ],
    ['회사는 25억 달러를 조달했다.', 'ko', ['MONEY 4-10 25억 달러 money:2500000000USD']],
    ['회사는 25 억 달러를 조달했다.', 'ko', ['MONEY 4-11 25 억 달러 money:2500000000USD']],
  ] as const)('%s', (text, lang, expected) => {
    expect(of(text, lang, ['NUMBER', 'MONEY'])).toEqual(expected);
  });
});

/** `[start,end) text iso yearInferred?` of the clock times (DATE mentions of granularity `time`). */
const times = (text: string, lang: string, referenceDate?: string) =>
  extractMentions({ text, lang }, referenceDate ? { referenceDate } : {})
    .filter((m) => m.value?.kind === 'date' && m.value.granularity === 'time')
    .map((m) =>
      m.value?.kind === 'date'
        ? `${m.span.start}-${m.span.end} ${m.text} ${m.value.iso}${m.value.yearInferred ? ' ~' : ''}`
        : '',
    );

describe('clock times with time zones', () => {
  it.each([
    ['14:32 JST に地震。', 'ja', ['0-9 14:32 JST 2026-03-14T14:32+09:00 ~']],
    [
      'The quake struck at 6:32 a.m. CET on March 14, 2026.',
      'en',
      ['20-33 6:32 a.m. CET 2026-03-14T06:32+01:00'],
    ],
    [
      'Le séisme a eu lieu à 6h32 (heure de Paris).',
      'fr',
      ['22-43 6h32 (heure de Paris) 2026-03-14T06:32+01:00 ~'],
    ],
    ['Secousse à 6h32 CET.', 'fr', ['11-19 6h32 CET 2026-03-14T06:32+01:00 ~']],
    ['午後2時32分(日本時間)に発生。', 'ja', ['0-13 午後2時32分(日本時間) 2026-03-14T14:32+09:00 ~']],
    ['3月14日14時32分に発生。', 'ja', ['0-11 3月14日14時32分 2026-03-14T14:32 ~']],
    ['北京时间 13 点 32 分发生地震。', 'zh', ['0-14 北京时间 13 点 32 分 2026-03-14T13:32+08:00 ~']],
    ['凌晨 2 点 CST 发生。', 'zh', ['0-10 凌晨 2 点 CST 2026-03-14T02:00+08:00 ~']],
    ['Das Beben ereignete sich um 6.32 Uhr MEZ.', 'de', ['28-40 6.32 Uhr MEZ 2026-03-14T06:32+01:00 ~']],
    ['Am 14. März 2026 um 7 Uhr MESZ.', 'de', ['3-30 14. März 2026 um 7 Uhr MESZ 2026-03-14T07:00+02:00']],
    [
      '오후 2시 32분(한국 시간)에 발생했다.',
      'ko',
      ['0-16 오후 2시 32분(한국 시간) 2026-03-14T14:32+09:00 ~'],
    ],
    [
      'Call at 10:00 UTC or 3 pm EST.',
      'en',
      ['8-17 10:00 UTC 2026-03-14T10:00+00:00 ~', '21-29 3 pm EST 2026-03-14T15:00-05:00 ~'],
    ],
    ['It meets at 9 PDT.', 'en', []],
    ['The score was 3:1 and the ratio 16:9.', 'en', []],
    ['他提出3点建议，工作了3个小时。', 'zh', []],
    ['3時間かかった。', 'ja', []],
    ['Il a 6 heures de retard.', 'fr', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(times(text, lang, '2026-03-14')).toEqual(expected);
  });

  it('keeps a time of an unknown day as T14:32+09:00 without a day reference', () => {
    expect(times('14:32 JST に地震。', 'ja')).toEqual(['0-9 14:32 JST T14:32+09:00']);
    expect(times('14:32 JST に地震。', 'ja', '2026-03')).toEqual(['0-9 14:32 JST T14:32+09:00']);
    expect(times('It struck at 6:32 a.m. CET on March 14.', 'en')).toEqual([
      '13-26 6:32 a.m. CET T06:32+01:00',
    ]);
  });

  it('takes the nearest day of the same sentence, not of another sentence', () => {
    expect(
      times('Am 2. März 2026 war es ruhig. Um 6.32 Uhr MEZ bebte die Erde.', 'de', '2026-03-14'),
    ).toEqual(['33-45 6.32 Uhr MEZ 2026-03-14T06:32+01:00 ~']);
  });
});

/** `[start,end) text amount unit` of NUMBER mentions. */
const numbers = (text: string, lang: string) =>
  extractMentions({ text, lang }, { referenceDate: '2026-03-14' })
    .filter((m) => m.type === 'NUMBER')
    .map((m) =>
      m.value?.kind === 'quantity'
        ? `${m.span.start}-${m.span.end} ${m.text} ${m.key} ${m.value.unit ?? '-'}`
        : '',
    );

// The unit word stays out of the span, which is the number: the word remains a cue for whoever reads
// the context ("20 morts" is a toll, "magnitude 6.8" a magnitude).
describe('counted and measured numbers keep their unit', () => {
  it.each([
    [
      'マグニチュード6.8の地震で31人が死亡した。',
      'ja',
      ['7-10 6.8 number:6.8 magnitude', '14-16 31 number:31 person'],
    ],
    // A measure keeps its unit inside the span ("10キロ", "10 km"); counters and magnitudes do not.
    ['震源の深さは10キロで、6.8と推定。', 'ja', ['6-10 10キロ number:10 km', '12-15 6.8 number:6.8 -']],
    ['負傷者は12名。人間は2人工知能', 'ja', ['4-6 12 number:12 person', '11-12 2 number:2 -']],
    ['里氏6.8级地震造成31人死亡。', 'zh', ['2-5 6.8 number:6.8 magnitude', '10-12 31 number:31 person']],
    [
      '규모 6.8의 지진으로 31명이 숨졌다.',
      'ko',
      ['3-6 6.8 number:6.8 magnitude', '13-15 31 number:31 person'],
    ],
    [
      'A magnitude 6.8 quake killed 31 people at a depth of 10 km.',
      'en',
      ['12-15 6.8 number:6.8 magnitude', '29-31 31 number:31 person', '53-58 10 km number:10 km'],
    ],
    [
      'Ein Beben der Stärke 6,8 tötete 31 Menschen.',
      'de',
      ['21-24 6,8 number:6.8 magnitude', '32-34 31 number:31 person'],
    ],
    [
      'Un séisme de magnitude 6,8 a fait 31 personnes mortes.',
      'fr',
      ['23-26 6,8 number:6.8 magnitude', '34-36 31 number:31 person'],
    ],
    ['Le séisme a fait au moins 20 morts.', 'fr', ['26-28 20 number:20 person']],
    ['Das Beben forderte 20 Tote.', 'de', ['19-21 20 number:20 person']],
    [
      'The toll rose to 20 dead, and 31 were hurt.',
      'en',
      ['17-19 20 number:20 person', '30-32 31 number:31 -'],
    ],
  ] as const)('%s', (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });
});

describe('cited agencies and people after a role word', () => {
  it.each([
    ['The quake, according to the USGS, was shallow.', 'en', ['ORG 28-32 USGS org:usgs']],
    ["Selon l'EMSC, le séisme était superficiel.", 'fr', ['ORG 8-12 EMSC org:emsc']],
    ['USGS によると、震源は浅い。', 'ja', ['ORG 0-4 USGS org:usgs']],
    ['据 USGS 报道，震源很浅。', 'zh', ['ORG 2-6 USGS org:usgs']],
    ['Laut USGS war das Beben flach.', 'de', ['ORG 5-9 USGS org:usgs']],
    ['USGS에 따르면 진원은 얕았다.', 'ko', ['ORG 0-4 USGS org:usgs']],
    ['According to AI experts, RLHF works; the GPU was hot.', 'en', []],
    ['Founder Maria Keller said no.', 'en', ['PERSON 8-20 Maria Keller person:maria keller']],
    ['The firm said CEO Jane Doe left.', 'en', ['PERSON 18-26 Jane Doe person:jane doe']],
    ['Professor Li Wei spoke. Head Start is a programme.', 'en', ['PERSON 10-16 Li Wei person:li wei']],
  ] as const)('%s', (text, lang, expected) => {
    expect(of(text, lang, ['ORG', 'PERSON'])).toEqual(expected);
  });
});

it('reads an acronym in brackets before a following cue as a cited agency (ko)', () => {
  expect(of('미국지질조사국(USGS)에 따르면 지진이 발생했다.', 'ko', ['ORG'])).toEqual([
    'ORG 8-12 USGS org:usgs',
  ]);
});
