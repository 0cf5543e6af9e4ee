import type { SpelledNumberTable } from '../types';

/** Chinese: Han numerals are read by script; this table adds the words around them. */
export const ZH_NUMBERS: SpelledNumberTable = {
  words: {},
  // 打 is a dozen: "十打" 120.
  multipliers: { 打: 12 },
  scales: {},
  // Between a whole number and a fraction: "三又四分之一" 3¼.
  connectors: ['又'],
  negatives: ['负', '負'],
  ordinals: {},
  denominators: {},
  rangeWords: ['到', '至'],
  // "十余万" over 100,000; "二十多万", "一百零几万": the unwritten digits make it more.
  approximations: { 余: 'over', 多: 'over', 几: 'over', 幾: 'over' },
  counters: [
    ...'个個只隻双雙对對斤本张張条條件位名辆輛台架艘头頭匹棵颗顆枚块塊支杯瓶碗套份篇首部间間座层層根片粒打',
  ],
  // Verbs and words that begin with 打 or a counter: "一打开门", "三条件" is not "three conditions".
  notNumbers: [
    '打开',
    '打開',
    '打算',
    '打电话',
    '打電話',
    '打破',
    '打击',
    '打擊',
    '打造',
    '打工',
    '打扫',
    '打印',
    '打折',
    '打球',
    '打车',
    '打听',
    '打扮',
    '打架',
    '打仗',
    '打针',
    '打败',
    '打赢',
    '打通',
    '打响',
  ],
};
