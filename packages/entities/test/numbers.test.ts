import { describe, expect, it } from 'vitest';
import { cpuGrowth } from '../../../scripts/linear-time';
import { parseHanNumeral } from '../src/core/numerals';
import { extractMentions } from '../src/extract';
import type { MentionType } from '../src/types';

// Sentences written for these tests (none is taken from an evaluation set). Each expectation is
// `TYPE text value`, for the number-like mentions only.
const NUMERIC: ReadonlySet<MentionType> = new Set([
  'NUMBER',
  'MONEY',
  'PERCENT',
  'ORDINAL',
  'NUMBER_RANGE',
  'AGE',
  'TEMPERATURE',
  'DURATION',
]);

function numbers(text: string, lang: string): string[] {
  return extractMentions({ text, lang })
    .filter((m) => NUMERIC.has(m.type))
    .map((m) => {
      const v = m.value;
      const value =
        v?.kind === 'quantity'
          ? `${Number(v.amount.toPrecision(12))}${v.unit ? ` ${v.unit}` : ''}`
          : v?.kind === 'range'
            ? `${v.from}..${v.to}${v.unit ? ` ${v.unit}` : ''}`
            : v?.kind === 'duration'
              ? v.iso
              : '';
      return `${m.type} ${m.text} ${value}`;
    });
}

describe('the value bugs of issue #17', () => {
  it.each([
    ['予算は1万億円に達した。', 'ja', ['MONEY 1万億円 1000000000000 JPY']],
    ['Der Preis lag bei 94.000 $ pro Stück.', 'de', ['MONEY 94.000 $ 94000 USD']],
    ['El fondo recibió 94.000 $ el lunes.', 'es', ['MONEY 94.000 $ 94000 USD']],
    ['A empresa captou $ 75 milhões no ano.', 'pt', ['MONEY $ 75 milhões 75000000 USD']],
    ['The trail climbs for 1/4 mile before the lake.', 'en', ['NUMBER 1/4 mile 0.25 mi']],
  ])('%s', (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });
});

describe('numbers spelled out', () => {
  it.each([
    ['The club sold two hundred and thirty-four tickets.', 'en', ['NUMBER two hundred and thirty-four 234']],
    [
      'They planted a dozen trees and three thousand seeds.',
      'en',
      ['NUMBER a dozen 12', 'NUMBER three thousand 3000'],
    ],
    [
      'Only two thirds of the seats, one and a half rows, were full.',
      'en',
      ['NUMBER two thirds 0.666666666667', 'NUMBER one and a half 1.5'],
    ],
    ['The level is two hundred point zero five metres.', 'en', ['NUMBER two hundred point zero five 200.05']],
    ['Im Saal saßen dreihundertzweiundvierzig Gäste.', 'de', ['NUMBER dreihundertzweiundvierzig 342']],
    [
      'Die Stadt zählt eine Million zweihunderttausend Einwohner.',
      'de',
      ['NUMBER eine Million zweihunderttausend 1200000'],
    ],
    [
      'Il y avait quatre-vingt-dix-sept chaises et soixante et onze tables.',
      'fr',
      ['NUMBER quatre-vingt-dix-sept 97', 'NUMBER soixante et onze 71'],
    ],
    ['Llegaron ciento cuarenta y ocho corredores.', 'es', ['NUMBER ciento cuarenta y ocho 148']],
    ['El país gastó tres mil doscientos millones.', 'es', ['NUMBER tres mil doscientos millones 3200000000']],
    [
      'Sono arrivati duemilacinquecentotrentadue visitatori.',
      'it',
      ['NUMBER duemilacinquecentotrentadue 2532'],
    ],
    ['Foram vendidos cento e vinte e sete livros.', 'pt', ['NUMBER cento e vinte e sete 127']],
    ['Er kwamen vijfentachtig leerlingen.', 'nl', ['NUMBER vijfentachtig 85']],
    ['В зале было двести тридцать пять человек.', 'ru', ['NUMBER двести тридцать пять 235 person']],
    ['그는 스물다섯 개를 샀다.', 'ko', ['NUMBER 스물다섯 25']],
  ])('%s', (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });
});

describe('Han and Hangul numerals', () => {
  it.each([
    ['1万億', 1e12],
    ['二十万亿', 2e13],
    ['一万五千亿', 1.5e12],
    ['1億5000万', 1.5e8],
    ['九万四', 94000],
    ['两百五', 250],
    ['一千零一', 1001],
    ['壹佰贰拾叁', 123],
  ])('parseHanNumeral(%s) = %d', (text, value) => {
    expect(parseHanNumeral(text)).toBe(value);
  });

  it.each([
    ['会场来了三百二十一位客人。', 'zh', ['NUMBER 三百二十一 321']],
    ['气温降到负十二度以下。', 'zh', ['TEMPERATURE 负十二度 -12 deg']],
    ['这条路长三点五公里。', 'zh', ['NUMBER 三点五公里 3.5 km']],
    ['参加者は二百四十五人だった。', 'ja', ['NUMBER 二百四十五 245 person']],
    ['正解はマイナス7です。', 'ja', ['NUMBER マイナス7 -7']],
    ['残りは2と3分の1だ。', 'ja', ['NUMBER 2と3分の1 2.33333333333']],
    ['학생 삼백이십 명이 왔다.', 'ko', ['NUMBER 삼백이십 320 person']],
    ['피자의 사분의 일을 먹었다.', 'ko', ['NUMBER 사분의 일 0.25']],
    // Groups written apart, a decimal after a myriad, a mixed fraction with 又, a dozen, a counter.
    ['表格里写着三千 二百 五十 人。', 'zh', ['NUMBER 三千 二百 五十 3250 person']],
    ['账户余额为一万零五十点二五。', 'zh', ['NUMBER 一万零五十点二五 10050.25']],
    ['他走了两又四分之三公里。', 'zh', ['NUMBER 两又四分之三公里 2.75 km']],
    ['店里卖出了三打鸡蛋和五双鞋，一个人打开了门。', 'zh', ['NUMBER 三打 36', 'NUMBER 五 5']],
    // Korean: groups apart, a lone digit after 마이너스, a copula or particle after the numeral,
    // 점 decimals, a tail digit in its own place (삼백일 is 301), native numbers before a counter.
    ['올해 방문객은 이십만 삼천 명이었다.', 'ko', ['NUMBER 이십만 삼천 203000 person']],
    ['예산은 4천 5백이다.', 'ko', ['NUMBER 4천 5백 4500']],
    ['기온이 마이너스 칠까지 떨어졌다.', 'ko', ['NUMBER 마이너스 칠 -7']],
    ['그 팀의 평균은 구십오점 오였다.', 'ko', ['NUMBER 구십오점 오 95.5']],
    [
      '우리가 고른 숫자는 사십칠이다. 참가자는 오십 이상이었다.',
      'ko',
      ['NUMBER 사십칠 47', 'NUMBER 오십 50'],
    ],
    [
      '합격률은 십분의 일이다. 케이크를 사분의 일조각 먹었다.',
      'ko',
      ['NUMBER 십분의 일 0.1', 'NUMBER 사분의 일 0.25'],
    ],
    ['이 책은 삼백일 쪽이다.', 'ko', ['NUMBER 삼백일 301']],
    [
      '행사에 스물여섯명이 왔고 계란 두개와 사과 세 개를 샀다. 열대야가 계속된다.',
      'ko',
      ['NUMBER 스물여섯 26 person', 'NUMBER 두 2', 'NUMBER 세 3'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });
});

describe('approximations inside Han numerals', () => {
  it.each([
    ['灾区有十余万人受灾。', 'zh', 100000],
    ['这座城市有300余万居民。', 'zh', 3000000],
    ['展会吸引了二十几万名观众。', 'zh', 200000],
    ['项目花了一千多万。', 'zh', 10000000],
  ])('%s', (text, lang, amount) => {
    const [m] = extractMentions({ text, lang }).filter((x) => x.type === 'NUMBER');
    expect(m?.value).toMatchObject({ kind: 'quantity', amount, qualifier: 'over' });
    expect(m?.text).toMatch(/[余几多]/);
  });

  it('leaves an approximation at the end of a numeral outside it', () => {
    expect(numbers('他三十多岁了。', 'zh')).toEqual(['NUMBER 三十 30']);
  });
});

describe('percentages in every form', () => {
  it.each([
    ['Sales rose forty percent last year.', 'en', ['PERCENT forty percent 40 %']],
    ['Les ventes ont baissé de vingt-cinq pour cent.', 'fr', ['PERCENT vingt-cinq pour cent 25 %']],
    [
      'Le chômage touche douze pourcents des jeunes, contre 8 pour-cent en 2010 et 4,5 p. 100 avant.',
      'fr',
      ['PERCENT douze pourcents 12 %', 'PERCENT 8 pour-cent 8 %', 'PERCENT 4,5 p. 100 4.5 %'],
    ],
    ['La marge a gagné trente pourcentage.', 'fr', ['PERCENT trente pourcentage 30 %']],
    ['La inflación llegó al doce por ciento.', 'es', ['PERCENT doce por ciento 12 %']],
    ['支持率は三割を超えた。', 'ja', ['PERCENT 三割 30 %']],
    ['合格率は100%です。', 'ja', ['PERCENT 100% 100 %']],
    ['利润增长了百分之十五。', 'zh', ['PERCENT 百分之十五 15 %']],
    ['七成的受访者同意，失业率上升了2个百分点。', 'zh', ['PERCENT 七成 70 %', 'PERCENT 2个百分点 2 %']],
    ['全场商品八折。', 'zh', ['PERCENT 八折 80 %']],
  ])('%s', (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });
});

describe('ordinals, ranges, ages and temperatures', () => {
  it.each([
    [
      'She finished twenty-third, then 2nd a week later.',
      'en',
      ['ORDINAL twenty-third 23', 'ORDINAL 2nd 2', 'DURATION a week P1W'],
    ],
    ['Es war der dritte Versuch.', 'de', ['ORDINAL dritte 3']],
    ['C’est la cinquième édition.', 'fr', ['ORDINAL cinquième 5']],
    ['Quedó en el vigésimo primer puesto.', 'es', ['ORDINAL vigésimo primer 21']],
    ['他是第三个到的。', 'zh', ['ORDINAL 第三 3']],
    ['Between 40 and 60 volunteers came.', 'en', ['NUMBER_RANGE Between 40 and 60 40..60']],
    ['Prices grew 3-5% this spring.', 'en', ['NUMBER_RANGE 3-5% 3..5 %']],
    ['The road is 10–12 km long.', 'en', ['NUMBER_RANGE 10–12 km 10..12 km']],
    ['预计有三到五人参加。', 'zh', ['NUMBER_RANGE 三到五 3..5 person']],
    [
      'A 41-year-old cyclist won; the coach, aged 63, cheered.',
      'en',
      ['AGE 41-year-old 41', 'AGE aged 63 63'],
    ],
    ['Die Trainerin ist 47 Jahre alt.', 'de', ['AGE 47 Jahre alt 47']],
    ['祖母は八十八歳になった。', 'ja', ['AGE 八十八歳 88']],
    ['그는 올해 서른 살이다.', 'ko', ['AGE 서른 살 30']],
    [
      'It was -7 °C at dawn and 45 degrees Fahrenheit at noon.',
      'en',
      ['TEMPERATURE -7 °C -7 C', 'TEMPERATURE 45 degrees Fahrenheit 45 F'],
    ],
    ['Il faisait 31 degrés à Lyon.', 'fr', ['TEMPERATURE 31 degrés 31 deg']],
    ['東京の気温は摂氏35度に達した。', 'ja', ['TEMPERATURE 摂氏35度 35 C']],
  ])('%s', (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });
});

describe('signs, fractions and grouped digits', () => {
  it.each([
    ['The balance moved to -42 overnight.', 'en', ['NUMBER -42 -42']],
    ['The error was minus 3 units.', 'en', ['NUMBER minus 3 -3']],
    // "3/4" alone may be a date (chrono reads 4 March); with a unit it is a measure, before hours a duration.
    ['A 3/4 mile walk took 2 1/2 hours.', 'en', ['NUMBER 3/4 mile 0.75 mi', 'DURATION 2 1/2 hours PT2.5H']],
    ['La ville compte 1 234 567 habitants.', 'fr', ['NUMBER 1 234 567 1234567']],
    ['The grant was 10k for each team.', 'en', ['NUMBER 10k 10000']],
    // A negative word before an amount with a myriad scale signs the whole amount.
    [
      '该基金去年亏损，收益为负三十二亿元，账面为负七百万。',
      'zh',
      ['MONEY 负三十二亿元 -3200000000 CNY', 'NUMBER 负七百万 -7000000'],
    ],
    ['収支はマイナス3万に落ち込んだ。', 'ja', ['NUMBER マイナス3万 -30000']],
  ])('%s', (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });
});

describe('what is not a number', () => {
  it.each([
    // Articles and pronouns that also mean one.
    ['One of the engineers left.', 'en', []],
    ['Un homme est venu avec une amie.', 'fr', []],
    ['Ein Mann und eine Frau kamen.', 'de', []],
    // "au moins" is "at least", not minus; "prima di" is "before", "secondo lui" "in his view".
    ['Le séisme a fait au moins 20 morts.', 'fr', ['NUMBER 20 20 person']],
    ['Prima di partire, secondo lui, ci sono stati eventi.', 'it', []],
    // Model names and hyphenated codes keep their digits.
    ['They compared GPT-4o with COVID-19 data.', 'en', []],
    // "万一" (in case), "一度" (once), "十分" (enough): Han digits inside words.
    ['万一のときは一度だけ十分に確認する。', 'ja', []],
  ])('%s', (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });

  it('leaves a day range of a month to the dates', () => {
    expect(
      numbers('The fair runs 3–5 May in Milan.', 'en').filter((m) => m.startsWith('NUMBER_RANGE')),
    ).toEqual([]);
  });
});

describe('linear time', () => {
  it.each([
    ['twenty-one and ', 'en'],
    ['dreihundertundzwanzig ', 'de'],
    ['quatre-vingt-dix-neuf et ', 'fr'],
    ['삼백이십일 ', 'ko'],
    ['이십만 이천 마이너스 오점 오이다 ', 'ko'],
    ['스물여섯명이 두 개 ', 'ko'],
    ['三点五成到四十万亿 ', 'zh'],
    // Groups written apart and approximations: a join is tried at each space.
    ['三千 九百 十 余 万 ', 'zh'],
    ['十 余 余 一万 万 零 ', 'zh'],
    ['多余', 'zh'],
    ['1 000 ', 'fr'],
    ['-1/2 ', 'en'],
  ])('"%s" (%s): 4× the input takes < 10× the time', (unit, lang) => {
    const run = (text: string) => extractMentions({ text, lang });
    const growth = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), run, {
      n0: 4_000,
      minMs: 15,
      maxFactor: 8,
    });
    expect(growth.ratio, growth.detail).toBeLessThan(10);
  });
});
