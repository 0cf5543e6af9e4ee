import type { FactLocale } from '../types';

export const zh: FactLocale = {
  lang: 'zh',
  wordBoundaries: false,
  triggers: {
    joined: ['入职', '加入', '加盟'],
    left: ['离职', '离开', '出走', '辞职', '离任', '告别'],
    announced: ['宣布', '发布', '发文', '公布', '发帖'],
    tenure: ['任职', '在职'],
    promoted: ['晋升', '升任', '出任', '担任'],
    founded: ['创立', '创办', '成立'],
    launched: ['推出', '上线'],
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
  },
  attribution: {
    sourceAfter: ['据', '根据'],
    sourceBefore: ['称', '测定'],
  },
};
