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
