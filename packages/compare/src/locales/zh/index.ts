import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const zh: FactLocale = {
  lang: 'zh',
  wordBoundaries: false,
  concepts,
  triggers: {
    joined: ['入职', '加入', '加盟'],
    left: ['离职', '离开', '出走', '辞职', '离任', '告别'],
    announced: ['宣布', '发布', '发文', '公布', '发帖'],
    tenure: ['任职', '在职'],
    promoted: ['晋升', '升任', '出任', '担任'],
    founded: ['创立', '创办', '成立'],
    launched: ['推出', '上线', '发射', '升空'],
    acquired: ['收购', '并购'],
    valued: ['估值', '市值'],
    stake: ['股份', '股权'],
    born: ['出生', '生于'],
    age: ['岁'],
    studied: ['毕业', '硕士', '学位'],
    died: ['死亡', '遇难', '罹难'],
    injured: ['受伤'],
    missing: ['失踪'],
    magnitude: ['震级', '级'],
    depth: ['震源深度', '深度'],
    located: ['震中', '附近'],
    occurred: ['发生', '地震'],
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['控制', '遏制'],
    destroyed: ['烧毁', '摧毁', '建筑', '房屋', '过火'],
    evacuated: ['疏散', '撤离'],
    cost: ['花费', '耗资', '费用'],
    donations: ['捐款', '捐赠', '善款'],
    workers: ['工人', '工匠', '员工'],
    attendees: ['国家元首', '嘉宾', '领导人'],
    height: ['高约', '全长', '高达'],
    altitude: ['高度', '海拔'],
    seats: ['议席', '席位'],
    turnout: ['投票率'],
    reopened: ['重新开放', '重开', '开放'],
    lasted: ['飞行'],
    separated: ['分离'],
    landed: ['着陆', '夹住', '接住', '回收'],
    ceremony: ['仪式', '典礼'],
    sentence: ['有期徒刑', '徒刑', '判处', '监禁', '入狱', '被判'],
    fine: ['罚款', '罚金'],
  },
  // Currency names and symbols come from CLDR (@corpus/core's currencyWords); news shortens the Swiss
  // franc to "瑞郎", which CLDR lacks.
  currencies: { words: { CHF: ['瑞郎'] } },
  // Head words of counts no concept takes: words that put a count inside a larger phrase or count nothing
  // (partitives, notHeads); in CJK the counters after a number and the linker before its noun.
  heads: {
    counters: ['名', '个', '位', '辆', '架', '艘', '栋', '座', '件', '头', '只', '台', '部'],
    linkers: ['的'],
    // Particles and verbs of being between a noun and the value it has ("費用は7億ユーロ").
    particles: ['为', '达', '约', '了', '是', '在', '于', '近', '逾'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: "平方千米" and "千米", the Latin "km²", "km" and "m" and the "㎢" sign that
  // Chinese text also writes, and seats.
  units: {
    km2: ['平方千米', 'km²', '㎢'],
    km: ['千米', 'km'],
    m: ['m'],
    seat: ['席'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['约', '大约'],
      over: ['超过', '逾', '至少'],
      'up to': ['最多', '多达'],
      projected: ['可能', '预计', '预期', '或将', '有望'],
    },
    after: {
      over: ['多', '余', '以上'],
      about: ['左右'],
    },
  },
  scopes: {
    aftershock: ['余震'],
    request: ['要求', '建议', '请求'],
    previous: ['上次', '此前', '之前'],
  },
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['绿党'],
    left: ['左翼党'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['山火', '火灾', '大火', '台风', '飓风', '地震'],
    references: ['该', '此', '这场'],
  },
  // Figures given in the order of the names before them.
  respectively: ['分别'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: { before: ['被称为', '名为', '称为', '被称作', '绰号'], after: ['之称'] },
  attribution: {
    sourceAfter: ['据', '根据'],
    sourceBefore: ['称', '测定'],
  },
};
