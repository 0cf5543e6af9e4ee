import type { FactLocale } from '@corpus/compare';

/**
 * Thai words for @corpus/compare's facts: which words make a number a magnitude, a toll or a depth,
 * and which cues name a source. Thai writes words without spaces, so a trigger is found inside a run
 * of letters (`wordBoundaries: false`), as for Japanese and Chinese.
 */
export const thaiFacts: FactLocale = {
  lang: 'th',
  wordBoundaries: false,
  triggers: {
    magnitude: ['ขนาด', 'แมกนิจูด'],
    died: ['เสียชีวิต'],
    injured: ['บาดเจ็บ'],
    missing: ['สูญหาย'],
    depth: ['ความลึก', 'ลึก'],
    occurred: ['แผ่นดินไหว', 'สั่นสะเทือน'],
  },
  attribution: {
    sourceAfter: ['ตามรายงานของ', 'ตามข้อมูลของ'],
    sourceBefore: ['รายงานว่า', 'ระบุว่า'],
  },
};
