import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: '他说：“我们走吧。”大家都同意。1 月 7 日，OpenAI 发布了 GPT-4.5；市场反应平淡……',
    sentences: ['他说：“我们走吧。”', '大家都同意。', '1 月 7 日，OpenAI 发布了 GPT-4.5；市场反应平淡……'],
    noBreakAfter: ['GPT-4.5；'],
  },
  { text: 'Jerry Tworek 离职了。', words: ['Jerry', 'Tworek', '离职', '了', '。'] },
  {
    name: 'Traditional Chinese through zh-Hant-TW',
    language: 'zh-Hant-TW',
    text: '他說：「我們走吧。」大家都同意。要不要試試？',
    sentences: ['他說：「我們走吧。」', '大家都同意。', '要不要試試？'],
  },
];
