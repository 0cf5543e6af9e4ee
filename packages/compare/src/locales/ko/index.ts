import type { FactLocale } from '../types';

export const ko: FactLocale = {
  lang: 'ko',
  wordBoundaries: false,
  triggers: {
    joined: ['입사', '합류'],
    left: ['퇴사', '사임', '떠나', '떠났'],
    announced: ['발표', '공개', '밝혔'],
    tenure: ['재직', '근무'],
    promoted: ['승진', '취임', '임명'],
    founded: ['설립', '창업'],
    launched: ['출시'],
    acquired: ['인수'],
    valued: ['기업가치', '가치'],
    stake: ['지분'],
    born: ['출생', '태어'],
    age: ['(?<=\\d)세'],
    studied: ['졸업', '석사', '학위'],
    died: ['사망', '숨졌', '숨진'],
    injured: ['부상', '다쳤'],
    missing: ['실종'],
    magnitude: ['규모'],
    depth: ['깊이'],
    located: ['진앙', '인근', '부근'],
    occurred: ['발생', '지진'],
  },
  attribution: {
    sourceBefore: ['에 따르면', '의 발표에 따르면', '은 밝혔', '는 밝혔'],
  },
};
