import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: '退職の理由は「研究がしたい。本当だ。」と述べた。OpenAIのGPT-4.5は2026年1月に出た！次へ',
    sentences: [
      '退職の理由は「研究がしたい。本当だ。」と述べた。',
      'OpenAIのGPT-4.5は2026年1月に出た！',
      '次へ',
    ],
    noBreakAfter: ['したい。', '本当だ。'],
  },
  { text: 'GPT-4.5を使ったという。', words: ['GPT-4.5', 'を', '使っ', 'た', 'と', 'いう', '。'] },
];
