import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: '그는 “내일 다시 오겠다.”고 말했다. 회의는 오후 3시에 끝났어요. 정말요?',
    sentences: ['그는 “내일 다시 오겠다.”고 말했다.', '회의는 오후 3시에 끝났어요.', '정말요?'],
    noBreakAfter: ['오겠다.'],
  },
  { text: '서울에서 1.5㎞ 걸었다.', words: ['서울에서', '1.5', '㎞', '걸었다', '.'] },
];
