import { describe, expect, it } from 'vitest';
import { resolveDates } from '../src/defer';
import { extractMentions } from '../src/extract';

// Saturday 10 January 2026: weeks run Monday to Sunday, so "next week" is 12–18 January.
const REF = '2026-01-10';

/** `surface → iso granularity` (with `~` when the reference supplied the year or more). */
function dates(text: string, lang: string, referenceDate: string | null = REF): string[] {
  return extractMentions({ text, lang }, referenceDate ? { referenceDate } : {})
    .filter((m) => m.type === 'DATE')
    .map((m) => {
      const v = m.value?.kind === 'date' ? m.value : undefined;
      return `${m.text} → ${v?.iso} ${v?.granularity}${v?.yearInferred ? ' ~' : ''}`;
    });
}

type Case = [string, string, string[]];

function table(cases: Case[]) {
  it.each(cases)('%s (%s)', (text, lang, expected) => {
    expect(dates(text, lang)).toEqual(expected);
  });
}

describe('a range is one date: both ends, the words that join them and the word that opens it', () => {
  table([
    [
      'The fair runs from March 3 to March 9, 2027.',
      'en',
      ['from March 3 to March 9, 2027 → 2027-03-03/2027-03-09 day'],
    ],
    [
      'Die Messe läuft vom 4. bis 8. Oktober 2026.',
      'de',
      ['vom 4. bis 8. Oktober 2026 → 2026-10-04/2026-10-08 day'],
    ],
    [
      'La mostra resta aperta dal 2 al 16 aprile 2026.',
      'it',
      ['dal 2 al 16 aprile 2026 → 2026-04-02/2026-04-16 day'],
    ],
    ['Le salon se tient du 4 au 9 mars 2026.', 'fr', ['du 4 au 9 mars 2026 → 2026-03-04/2026-03-09 day']],
    [
      'La feria abre del 4 al 9 de marzo de 2026.',
      'es',
      ['del 4 al 9 de marzo de 2026 → 2026-03-04/2026-03-09 day'],
    ],
    [
      '会期は2026年5月10日から14日までです。',
      'ja',
      ['2026年5月10日から14日まで → 2026-05-10/2026-05-14 day'],
    ],
    ['展览从2026年3月至5月举行。', 'zh', ['从2026年3月至5月 → 2026-03/2026-05 month']],
    [
      'Planned between the 2nd and the 9th of June 2026.',
      'en',
      ['between the 2nd and the 9th of June 2026 → 2026-06-02/2026-06-09 day'],
    ],
    ['The works last from 2014 to 2019.', 'en', ['from 2014 to 2019 → 2014/2019 year']],
  ]);

  it('gives a year-less start the year of the end, and an end before the start the next year', () => {
    expect(dates('Sales ran Nov 20 - Dec 4, 2024.', 'en')).toEqual([
      'Nov 20 - Dec 4, 2024 → 2024-11-20/2024-12-04 day',
    ]);
    expect(dates('冬季从十一月到二月。', 'zh', '2026-10-01')).toEqual([
      '从十一月到二月 → 2026-11/2027-02 month ~',
    ]);
  });

  it('joins with "and" only after "between": two days named together stay two dates', () => {
    expect(dates('They met on 3 May and 9 May 2026.', 'en')).toEqual([
      '3 May → 2026-05-03 day ~',
      '9 May 2026 → 2026-05-09 day',
    ]);
  });
});

describe('a bound word belongs to its date; a plain preposition does not', () => {
  table([
    ['She has led the lab since 2019.', 'en', ['since 2019 → 2019 year']],
    ['Er leitet das Labor seit März 2024.', 'de', ['seit März 2024 → 2024-03 month']],
    ['2018年以降、研究所は拡大した。', 'ja', ['2018年以降 → 2018 year']],
    ['2020 年起,该团队扩张。', 'zh', ['2020 年起 → 2020 year']],
    ['Il progetto va avanti dal 2021.', 'it', ['dal 2021 → 2021 year']],
    ['The lab opened in 2019.', 'en', ['2019 → 2019 year']],
    ['Das Labor öffnete am 4. Mai 2024.', 'de', ['4. Mai 2024 → 2024-05-04 day']],
    ['No results before 2010 or after 2018.', 'en', ['before 2010 → 2010 year', 'after 2018 → 2018 year']],
  ]);
});

describe('periods relative to the reference', () => {
  table([
    ['The vote is next week.', 'en', ['next week → 2026-01-12/2026-01-18 day ~']],
    ['Le vote aura lieu le mois prochain.', 'fr', ['mois prochain → 2026-02 month ~']],
    ['Die Zahlen vom letzten Jahr waren besser.', 'de', ['letzten Jahr → 2025 year ~']],
    ['去年の売上は伸びた。', 'ja', ['去年 → 2025 year ~']],
    ['下周将公布结果。', 'zh', ['下周 → 2026-01-12/2026-01-18 day ~']],
    ['The plant opens in three weeks.', 'en', ['in three weeks → 2026-01-31 day ~']],
    ['Er kam vor zwei Tagen an.', 'de', ['vor zwei Tagen → 2026-01-08 day ~']],
    ['Llegó hace dos meses.', 'es', ['hace dos meses → 2025-11-10 day ~']],
    ['他5天前离开了。', 'zh', ['5天前 → 2026-01-05 day ~']],
    ['3日後に再開する。', 'ja', ['3日後 → 2026-01-13 day ~']],
    ['Prices rose over the last 3 months.', 'en', ['the last 3 months → 2025-10-10/2026-01-10 day ~']],
    [
      'Piove da giorni e pioverà nei prossimi 2 giorni.',
      'it',
      ['nei prossimi 2 giorni → 2026-01-11/2026-01-12 day ~'],
    ],
    ['过去十年里价格翻了一番。', 'zh', ['过去十年 → 2016-01-10/2026-01-10 day ~']],
  ]);

  it('reads no plural as one period ("in the coming months")', () => {
    expect(dates('Talks continue in the coming months.', 'en')).toEqual([]);
    expect(dates('In den kommenden Jahren wächst der Markt.', 'de')).toEqual([]);
  });

  it('needs a reference precise enough: a week a day, a month a month', () => {
    expect(dates('The vote is next week.', 'en', '2026-01')).toEqual([]);
    expect(dates('The vote is next month.', 'en', '2026-01')).toEqual(['next month → 2026-02 month ~']);
    expect(dates('The vote is next week, in three weeks.', 'en', null)).toEqual([]);
  });
});

describe('a date and its time of day are one date-time; a time range takes the day of its start', () => {
  table([
    ['Doors open March 3, 2026 at 9:15.', 'en', ['March 3, 2026 at 9:15 → 2026-03-03T09:15 time']],
    ['Le débat a lieu le 5 février 2026 à 20h30.', 'fr', ['5 février 2026 à 20h30 → 2026-02-05T20:30 time']],
    ['2026年3月3日の14時30分に始まる。', 'ja', ['2026年3月3日の14時30分 → 2026-03-03T14:30 time']],
    ['The desk is open from 9 to 11am.', 'en', ['from 9 to 11am → 2026-01-10T09:00/2026-01-10T11:00 time ~']],
    [
      'The desk is open between 4pm and 6pm.',
      'en',
      ['between 4pm and 6pm → 2026-01-10T16:00/2026-01-10T18:00 time ~'],
    ],
    [
      '受付は午後2時から4時までです。',
      'ja',
      ['午後2時から4時まで → 2026-01-10T14:00/2026-01-10T16:00 time ~'],
    ],
    ['Sie ist ab 14 Uhr erreichbar.', 'de', ['ab 14 Uhr → 2026-01-10T14:00 time ~']],
  ]);

  it('keeps apart a time of another sentence (its day is then the reference day)', () => {
    expect(dates('It was March 3, 2026. At 9:15 the doors opened.', 'en')).toEqual([
      'March 3, 2026 → 2026-03-03 day',
      '9:15 → 2026-01-10T09:15 time ~',
    ]);
  });
});

describe('deferred dates', () => {
  const texts: [string, string][] = [
    ['From March 3 to 9 the fair runs; next week the vote, in three weeks the plant.', 'en'],
    ['Vom 4. bis 8. Oktober, seit 2019, vor zwei Tagen um 14 Uhr.', 'de'],
    ['5月10日から14日まで、先週、3日後。', 'ja'],
    ['从十一月到二月，过去十年，下周。', 'zh'],
  ];
  it.each(texts)('resolve as the extraction with the reference does: %s', (text, lang) => {
    const later = extractMentions({ text, lang }, { deferDates: true });
    for (const ref of [REF, '2026-01', undefined]) {
      const now = extractMentions({ text, lang }, ref ? { referenceDate: ref } : {});
      expect(resolveDates(later, ref)).toEqual(now);
    }
  });
});
