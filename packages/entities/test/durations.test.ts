import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';

const durations = (text: string, lang: string) =>
  extractMentions({ text, lang })
    .filter((m) => m.type === 'DURATION')
    .map((m) => (m.value?.kind === 'duration' ? `${m.text} ${m.value.iso} ${m.value.qualifier}` : m.text));

describe('durations', () => {
  it.each([
    ['Dopo sette anni trascorsi al centro', 'it', ['sette anni P7Y exact']],
    ['oltre dieci anni di ricerca', 'it', ['oltre dieci anni P10Y over']],
    ['circa 3 anni fa', 'it', ['circa 3 anni P3Y about']],
    ['quasi due decenni', 'it', ['quasi due decenni P20Y nearly']],
    ['condannato a sei anni di carcere', 'it', ['sei anni P6Y exact']],
    ['condenado a ocho años de cárcel', 'es', ['ocho años P8Y exact']],
    ['condenado a oito anos de prisão', 'pt', ['oito anos P8Y exact']],
    ['Суд приговорил его к восьми годам лишения свободы', 'ru', ['восьми годам P8Y exact']],
    ['приговорён к 8 годам колонии', 'ru', ['8 годам P8Y exact']],
    ['Он уехал тремя днями ранее', 'ru', ['тремя днями P3D exact']],
    ['Это случилось в 2019 году', 'ru', []],
    ['eine Haftstrafe von zweieinhalb Jahren', 'de', ['zweieinhalb Jahren P2.5Y exact']],
    ['nach dreieinviertel Stunden', 'de', ['dreieinviertel Stunden PT3.25H exact']],
    ['seit einundzwanzig Tagen', 'de', ['einundzwanzig Tagen P21D exact']],
    ['Nach fast sieben Jahren verlässt', 'de', ['fast sieben Jahren P7Y nearly']],
    ['über drei Jahre lang', 'de', ['über drei Jahre P3Y over']],
    ['mehr als 20 Jahre', 'de', ['mehr als 20 Jahre P20Y over']],
    ['nach sieben prägenden Jahren', 'de', ['sieben prägenden Jahren P7Y exact']],
    ['約7年間の在籍', 'ja', ['約7年間 P7Y about']],
    ['7年以上在籍', 'ja', ['7年以上 P7Y over']],
    ['5年間クオンツ研究者として', 'ja', ['5年間 P5Y exact']],
    ['３ヶ月で完成', 'ja', ['３ヶ月 P3M exact']],
    ['入职近七年的技术骨干', 'zh', ['近七年 P7Y nearly']],
    ['七年多的时间', 'zh', ['七年多 P7Y over']],
    ['用了3个月', 'zh', ['3个月 P3M exact']],
    ['after seven years', 'en', ['seven years P7Y exact']],
    ['his seven-year stint', 'en', ['seven-year P7Y exact']],
    ['nearly seven years at OpenAI', 'en', ['nearly seven years P7Y nearly']],
    ['at least 5 years', 'en', ['at least 5 years P5Y at least']],
    ['about two months later', 'en', ['about two months P2M about']],
    ['18 months of work', 'en', ['18 months P18M exact']],
    ['three decades', 'en', ['three decades P30Y exact']],
    ['for 48 hours', 'en', ['48 hours PT48H exact']],
    ['Das dauert nur 3 Minuten', 'de', ['3 Minuten PT3M exact']],
    ['30秒間の動画', 'ja', ['30秒間 PT30S exact']],
    ['près de dix ans', 'fr', ['près de dix ans P10Y nearly']],
    ['casi diez años', 'es', ['casi diez años P10Y nearly']],
    ['약 3년 동안', 'ko', ['약 3년 동안 P3Y about']],
    ['in 2019 years ago? no: 2019年', 'ja', []],
    ['GPT-4 has 4 versions', 'en', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(durations(text, lang)).toEqual(expected);
  });
});

describe('durations in parts and halves', () => {
  it.each([
    [
      'The test flight lasted 2 hours, 14 minutes, and 9 seconds in all.',
      'en',
      ['2 hours, 14 minutes, and 9 seconds PT2H14M9S exact'],
    ],
    [
      'It took about 3 hours and 20 minutes to reach orbit.',
      'en',
      ['about 3 hours and 20 minutes PT3H20M about'],
    ],
    ['The strike ran for 4 years, 2 months before a deal.', 'en', ['4 years, 2 months P4Y2M exact']],
    ['The talks lasted an hour and a half.', 'en', ['an hour and a half PT1.5H exact']],
    // A comma before a unit two steps down is a list, not one span.
    ['He served 4 years, 20 minutes of fame aside.', 'en', ['4 years P4Y exact', '20 minutes PT20M exact']],
    // Bigger after smaller: two durations.
    ['In 20 minutes and 3 hours the ferry returns.', 'en', ['20 minutes PT20M exact', '3 hours PT3H exact']],
    [
      'Die Landung erfolgte nach zwei Stunden und zwölf Minuten.',
      'de',
      ['zwei Stunden und zwölf Minuten PT2H12M exact'],
    ],
    ['Le vol a duré trois heures et demie.', 'fr', ['trois heures et demie PT3.5H exact']],
    ['El rescate duró 2 horas y 15 minutos.', 'es', ['2 horas y 15 minutos PT2H15M exact']],
    ['Il restauro è durato due anni e mezzo.', 'it', ['due anni e mezzo P2.5Y exact']],
    ['A greve durou 3 anos e meio.', 'pt', ['3 anos e meio P3.5Y exact']],
    ['Полёт длился 2 часа и 10 минут.', 'ru', ['2 часа и 10 минут PT2H10M exact']],
    ['De bouw duurde 3 jaar en 2 maanden.', 'nl', ['3 jaar en 2 maanden P3Y2M exact']],
    // "uur" is a duration unless a cue makes it a time ("om 14 uur").
    ['De reis duurde 2 uur en 5 minuten, vertrek om 9 uur.', 'nl', ['2 uur en 5 minuten PT2H5M exact']],
    ['着陸まで約2時間12分かかった。', 'ja', ['約2時間12分 PT2H12M about']],
    ['点火から3分15秒後に分離した。', 'ja', ['3分15秒 PT3M15S exact']],
    ['改修には3年半を要した。', 'ja', ['3年半 P3.5Y exact']],
    ['工程历时两年半。', 'zh', ['两年半 P2.5Y exact']],
    ['比赛持续了2小时15分钟。', 'zh', ['2小时15分钟 PT2H15M exact']],
    ['공사는 3년 4개월 만에 끝났다.', 'ko', ['3년 4개월 P3Y4M exact']],
    ['협상은 2시간 반 동안 이어졌다.', 'ko', ['2시간 반 PT2.5H exact']],
    ['The spacewalk lasted 6 hrs 30 min.', 'en', ['6 hrs 30 min PT6H30M exact']],
    ['Der Flug dauerte 1 Std. 5 Min. und endete im Meer.', 'de', ['1 Std. 5 Min. PT1H5M exact']],
  ] as const)('%s', (text, lang, expected) => {
    expect(durations(text, lang)).toEqual(expected);
  });

  it.each([
    // 分 and 분 alone are minutes after digits only; not "enough", a fraction, a quarter or a clock.
    ['着火から12分後に消えた。', 'ja', ['12分 PT12M exact']],
    ['記録は1時間30分以上に及んだ。', 'ja', ['1時間30分以上 PT1H30M over']],
    ['从9点15分30秒开始。', 'zh', []],
    ['十分な準備が必要だ。', 'ja', []],
    ['人口の3分の1が参加した。', 'ja', []],
    ['式典は14時30分に始まった。', 'ja', []],
    ['화재 발생 15분 만에 진화됐다.', 'ko', ['15분 PT15M exact']],
    ['3분기 실적이 나왔다.', 'ko', []],
    ['인구의 3분의 1이 참가했다.', 'ko', []],
    ['행사는 오후 2시30분에 시작됐다.', 'ko', []],
    ['5년 반대 끝에 통과됐다.', 'ko', ['5년 P5Y exact']],
    ['2024年半ばに完成した。', 'ja', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(durations(text, lang)).toEqual(expected);
  });
});
