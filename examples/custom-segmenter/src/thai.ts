import type { SegmenterPlugin, SegmentSpan } from '@corpus/segment';

const THAI = /\p{Script=Thai}/u;
const isThai = (ch: string | undefined): boolean => ch !== undefined && THAI.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';

/**
 * Thai writes no sentence punctuation: a space between two Thai words usually ends a sentence
 * (or a clause; Thai readers treat both as units). Latin `.!?` followed by a space end one too.
 * Words are left to the fallback (Intl.Segmenter has a Thai dictionary): `supports.word` is false.
 */
export const thaiPlugin: SegmenterPlugin = {
  specificationVersion: 'v1',
  name: 'example-thai',
  languages: ['th'],
  supports: { sentence: true, word: false },
  doSegment(text) {
    const out: SegmentSpan[] = [];
    let start = 0;
    let i = 0;
    while (i < text.length) {
      if (!isSpace(text[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < text.length && isSpace(text[j])) j++;
      const before = text[i - 1];
      const after = text[j];
      const ends = (isThai(before) && isThai(after)) || (before !== undefined && '.!?'.includes(before));
      // `ๆ` (repetition) and `ฯ` (abbreviation) never end a sentence on their own
      if (ends && i > start && before !== 'ๆ' && before !== 'ฯ' && j < text.length) {
        out.push({ start, end: i });
        start = j;
      }
      i = j;
    }
    if (start < text.length && text.slice(start).trim() !== '') out.push({ start, end: text.length });
    return out;
  },
};
