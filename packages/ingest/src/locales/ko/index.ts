import type { LocaleRules } from '../types';

export const ko: LocaleRules = {
  lang: 'ko',
  adMarkers: ['광고', '스폰서'],
  commentWidgets: ['댓글', '댓글 쓰기'],
  shareWidgets: ['공유', '공유하기'],
  callToComment: [/댓글로\s*(?:남겨|알려)/],
  newsletter: [/뉴스레터[^.]{0,30}구독/],
  cookieNotice: [/쿠키[^.]{0,40}(?:동의|사용)/],
  byline: [/^(.{2,10})\s*기자$/u, /^(?:글|기자)\s*[:：]\s*(.{1,30})$/u],
  outlet: [],
  referenceHeadings: ['참고', '참고 자료', '출처'],
  promotion: ['무료', '지금'],
  navigationHome: ['홈'],
  datelinePrefixes: ['입력', '수정', '게재'],
  stopwords: [],
};
