import { describe, expect, it } from 'vitest';
import { cpuGrowth } from '../../../scripts/linear-time';
import { extractMentions } from '../src/extract';

const money = (text: string, lang: string) =>
  extractMentions({ text, lang }, { referenceDate: '2026-01-10' })
    .filter((m) => m.type === 'MONEY')
    .map((m) => `${m.text} ${m.key}`);

// Invented sentences: a sum with its currency named in words (CLDR's names, every plural form), in
// each language, read as its ISO 4217 code, the currency words inside the span.
describe('currencies named in words, from CLDR', () => {
  it.each([
    ['en', 'The bank paid a fine of 3 million Swiss francs.', '3 million Swiss francs money:3000000CHF'],
    [
      'de',
      'Die Bank zahlte 10 Millionen Schweizer Franken.',
      '10 Millionen Schweizer Franken money:10000000CHF',
    ],
    ['fr', 'La banque a payé 3 millions de francs suisses.', '3 millions de francs suisses money:3000000CHF'],
    ['es', 'El banco pagó 3 millones de francos suizos.', '3 millones de francos suizos money:3000000CHF'],
    [
      'it',
      'La banca ha pagato 3 milioni di franchi svizzeri.',
      '3 milioni di franchi svizzeri money:3000000CHF',
    ],
    [
      'pt',
      'O banco pagou 3 milhões de reais brasileiros.',
      '3 milhões de reais brasileiros money:3000000BRL',
    ],
    ['nl', 'De bank betaalde 3 miljoen Zwitserse frank.', '3 miljoen Zwitserse frank money:3000000CHF'],
    ['ru', 'Штраф составил 500 российских рублей.', '500 российских рублей money:500RUB'],
    ['ja', '銀行は300万スイスフランの罰金を支払った。', '300万スイスフラン money:3000000CHF'],
    ['zh', '该银行被罚款300万人民币。', '300万人民币 money:3000000CNY'],
    ['ko', '은행은 5억 원의 벌금을 냈다.', '5억 원 money:500000000KRW'],
    ['ko', '은행은 300만 중국 위안화의 벌금을 냈다.', '300만 중국 위안화 money:3000000CNY'],
    ['zh', '公司投资了二十亿港元。', '二十亿港元 money:2000000000HKD'],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(money(text, lang)).toEqual([expected]);
  });

  it('reads the forms CLDR lacks from the locale: the country dropped, colloquial, abbreviated', () => {
    expect(money('Штраф составил 500 рублей.', 'ru')).toEqual(['500 рублей money:500RUB']);
    expect(money('He owes me 20 bucks.', 'en')).toEqual(['20 bucks money:20USD']);
    expect(money('公司融资3亿美金。', 'zh')).toEqual(['3亿美金 money:300000000USD']);
    expect(money('투자액은 3조 원화에 달했다.', 'ko')).toEqual(['3조 원화 money:3000000000000KRW']);
    expect(money('Umsatz von 3,5 Mio. Euro.', 'de')).toEqual(['3,5 Mio. Euro money:3500000EUR']);
  });

  it('reads symbols and ISO codes from CLDR, before and after the amount', () => {
    expect(money('It raised HK$2bn and A$3 million.', 'en')).toEqual([
      'HK$2bn money:2000000000HKD',
      'A$3 million money:3000000AUD',
    ]);
    expect(money('Die Bank zahlte 3 Mio. CHF.', 'de')).toEqual(['3 Mio. CHF money:3000000CHF']);
    expect(money('Le contrat vaut 20 millions $US.', 'fr')).toEqual(['20 millions $US money:20000000USD']);
    // "¥" is the yuan in Chinese, the yen elsewhere: each language's own symbol.
    expect(money('价格：¥300。', 'zh')).toEqual(['¥300 money:300CNY']);
    expect(money('It costs ¥300.', 'en')).toEqual(['¥300 money:300JPY']);
  });

  it('reads a currency word that starts with a counter as the currency: the longer word wins', () => {
    // "人" (people) opens "人民元": 2000万 yuan, not twenty million people.
    expect(money('中国は2000万人民元を投資した。', 'ja')).toEqual(['2000万人民元 money:20000000CNY']);
    const counted = extractMentions({ text: '中国は2000万人民元を投資した。', lang: 'ja' }).filter(
      (m) => m.value?.kind === 'quantity' && m.value.unit === 'person',
    );
    expect(counted).toEqual([]);
    // A count of people stays one.
    const people = extractMentions({ text: '2000万人が住む。', lang: 'ja' });
    expect(people.filter((m) => m.type === 'MONEY')).toEqual([]);
    expect(people.find((m) => m.type === 'NUMBER')?.value).toMatchObject({ amount: 2e7, unit: 'person' });
  });

  it('leaves a number before an ordinary word, a demonym or another currency sign as it was', () => {
    expect(money('La policía detuvo a 3 bolivianos en la frontera.', 'es')).toEqual([]);
    expect(money('Die Strecke ist 5 KM lang.', 'de')).toEqual([]);
    expect(money('Di quei libri ne ha letti 5 lei e 3 lui.', 'it')).toEqual([]);
    expect(money('In the 10 TOP rankings.', 'en')).toEqual([]);
    // "de" links a sum to its currency only as a word: "3 millions des" is no linker.
    expect(money('Il y a 3 millions des francs suisses.', 'fr')).toEqual([]);
    // "5 million and A$3 million": the "$" opens the second sum, it is no currency of the first.
    expect(money('five million and A$3 million', 'en')).toEqual(['A$3 million money:3000000AUD']);
  });

  it('takes linear time on numbers followed by the start of a currency word', () => {
    const run = (text: string) => extractMentions({ text, lang: 'fr' }, { types: ['MONEY'] });
    const unit = '3 millions de francs suiss ';
    const growth = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), run, {
      n0: 4_000,
      minMs: 15,
      maxFactor: 8,
    });
    expect(growth.ratio, growth.detail).toBeLessThan(10);
  });
});
