import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const ko: FactLocale = {
  lang: 'ko',
  wordBoundaries: false,
  concepts,
  triggers: {
    joined: ['입사', '합류'],
    left: ['퇴사', '사임', '떠나', '떠났'],
    announced: ['발표', '공개', '밝혔'],
    tenure: ['재직', '근무'],
    promoted: ['승진', '취임', '임명'],
    founded: ['설립', '창업'],
    launched: ['출시', '발사'],
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
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['진화율', '진압', '진화'],
    destroyed: ['소실', '파괴', '건물', '불에 탄'],
    evacuated: ['대피'],
    cost: ['비용', '들었'],
    donations: ['기부', '모금', '성금'],
    workers: ['장인', '노동자', '작업자', '직원'],
    attendees: ['정상', '국가원수', '귀빈'],
    height: ['높이', '길이', '전장'],
    altitude: ['고도'],
    seats: ['의석'],
    turnout: ['투표율'],
    reopened: ['재개방', '재개관', '다시 문을'],
    lasted: ['여정', '비행'],
    separated: ['분리'],
    landed: ['착륙', '포획', '회수'],
    ceremony: ['기념식', '행사', '식전', '개관식'],
    sentence: ['징역', '금고형', '실형'],
    fine: ['벌금', '과징금', '과태료'],
  },
  // Currency names and symbols come from CLDR (@corpus/core's currencyWords); news writes the yuan
  // "위안화" where CLDR has only "중국 위안화".
  currencies: { words: { CNY: ['위안화'] } },
  // Head words of counts no concept takes: words that put a count inside a larger phrase or count nothing
  // (partitives, notHeads); in CJK the counters after a number and the linker before its noun.
  heads: {
    counters: ['명', '대', '채', '척', '곳', '개', '동', '건'],
    linkers: ['의'],
    particles: ['이', '가', '을', '를', '은', '는', '에', '와', '과', '도', '로', '으로'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: the "㎢" sign, the older "평방킬로미터", one-letter "m", and seats.
  units: {
    km2: ['㎢', '평방킬로미터'],
    m: ['m'],
    seat: ['석', '의석'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['약', '대략'],
      over: ['최소'],
      'up to': ['최대'],
    },
    after: {
      over: ['이상', '넘는', '넘게', '여'],
      about: ['가량', '정도', '쯤'],
      projected: ['전망', '예상', '예측', '수 있', '우려'],
    },
  },
  scopes: {
    aftershock: ['여진'],
    request: ['구형', '요구', '요청', '청구'],
    previous: ['이전', '지난'],
  },
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['녹색당'],
    left: ['좌파당', '좌파연합', '링케'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['산불', '화재', '태풍', '허리케인', '지진'],
    references: ['이번', '해당'],
  },
  // Figures given in the order of the names before them.
  respectively: ['각각'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: { after: ['(?:이)?라고 불리', '(?:으)?로 불리', '(?:이)?라는 이름'] },
  attribution: {
    sourceBefore: ['에 따르면', '의 발표에 따르면', '은 밝혔', '는 밝혔'],
  },
};
