import { type CjkRules, cjkSentences, cjkWords } from '../../core/cjk';
import { intlSpans } from '../../core/intl';
import type { SegmenterPlugin } from '../../types';
import { rules as latin } from '../en/index';

export const rules: CjkRules = {
  terminators: '。！？!?；;…',
  brackets: '「」『』（）()【】〔〕［］｛｝〈〉《》“”‘’',
  breakAfterQuote: (next) => !'，、：。,:）)'.includes(next),
  words: (run) => intlSpans(run, 'zh', 'word'),
  latin,
  maxQuoteLength: 200,
};

export const plugin: SegmenterPlugin = {
  specificationVersion: 'v1',
  name: 'zh',
  languages: ['zh'],
  supports: { sentence: true, word: true },
  doSegment(text, { granularity }) {
    return granularity === 'sentence' ? cjkSentences(text, rules) : cjkWords(text, rules);
  },
};
