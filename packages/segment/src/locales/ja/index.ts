import { type CjkRules, cjkPlugin } from '../../core/cjk';
import type { SegmenterPlugin } from '../../types';
import { rules as english } from '../en/index';
import { japaneseWords } from './words';

const RE_HIRAGANA = /\p{Script=Hiragana}/u;

export const rules: CjkRules = {
  terminators: '。．！？!?‼⁇⁉',
  brackets: '「」『』（）()【】〔〕［］｛｝〈〉《》“”‘’',
  // `「…だ。」と述べた`: a particle after the quote continues the sentence
  breakAfterQuote: (next) => !RE_HIRAGANA.test(next) && !'、。，）)'.includes(next),
  words: japaneseWords,
  latin: { ...english, splitNumberLetters: true },
  maxQuoteLength: 200,
};

export const plugin: SegmenterPlugin = cjkPlugin('ja', ['ja'], rules);
