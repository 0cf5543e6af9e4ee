import type { FactLocale } from '../types';

export const ja: FactLocale = {
  lang: 'ja',
  wordBoundaries: false,
  triggers: {
    joined: ['入社', '参加', '加わ', '加入', '入所', '合流'],
    left: ['退職', '退社', '離職', '辞任', '退任', '去る', '去っ', '離れ'],
    announced: ['発表', '公表', '公開', '表明', '明らかに', '投稿', '発信', '宣言'],
    tenure: ['在籍', '勤務', '勤め', '率い'],
    promoted: ['昇格', '昇進', '就任', '任命'],
    founded: ['創業', '設立', '創設'],
    launched: ['リリース', '発売', 'ローンチ', '提供開始'],
    acquired: ['買収', '取得'],
    valued: ['評価額', '企業価値', '時価総額'],
    stake: ['株式', '出資'],
    born: ['生まれ', '出身', '誕生'],
    age: ['歳'],
    studied: ['修士', '学位', '卒業', '学士', '博士号'],
    died: ['死亡', '死者', '犠牲', '亡くな'],
    injured: ['負傷', 'けが', '怪我'],
    missing: ['行方不明'],
    magnitude: ['マグニチュード', '規模'],
    depth: ['深さ'],
    located: ['震源', '付近', '沖'],
    occurred: ['発生', '地震', '揺れ'],
  },
  attribution: {
    sourceBefore: ['によると', 'によれば', 'の発表では', 'の発表によると', 'の推計では'],
  },
};
