import { valued } from '../_global/spelled';
import type { SpelledNumberTable } from '../types';

/**
 * Korean native numerals ("다섯", "스물다섯", "아흔다섯"); Sino-Korean ones ("삼백이십일") are read by
 * script. The determiner forms 한, 두, 세, 네 are left out: they are everyday words ("한국", "네").
 */
export const KO_NUMBERS: SpelledNumberTable = {
  words: {
    ...valued('- 하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열'),
    ...valued('스물/스무 서른 마흔 쉰 예순 일흔 여든 아흔', 20, 10),
  },
  multipliers: {},
  scales: {},
  // Between a whole number and a fraction: "1と3分の2".
  connectors: ['과', '와'],
  negatives: ['마이너스', '음수'],
  glued: true,
  ordinals: { 첫째: 1, 둘째: 2, 셋째: 3, 넷째: 4, 다섯째: 5 },
  denominators: {},
  rangeWords: ['에서', '부터', '~', '〜'],
  // Glued after a number ("스물여섯명", "다섯개"); 대 and 병 are left out: "열대", "열병" are words.
  counters: [
    '명',
    '개',
    '마리',
    '살',
    '번',
    '권',
    '장',
    '잔',
    '채',
    '그루',
    '송이',
    '켤레',
    '곳',
    '가지',
    '사람',
    '시간',
  ],
  // The determiner forms, numbers only before a counter: "두 개", "세 명", "네 마리".
  counted: { 두: 2, 세: 3, 네: 4 },
};
