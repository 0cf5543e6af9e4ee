import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const ja: FactLocale = {
  lang: 'ja',
  wordBoundaries: false,
  concepts,
  triggers: {
    joined: ['入社', '参加', '加わ', '加入', '入所', '合流'],
    left: ['退職', '退社', '離職', '辞任', '退任', '去る', '去っ', '離れ'],
    announced: ['発表', '公表', '公開', '表明', '明らかに', '投稿', '発信', '宣言'],
    tenure: ['在籍', '勤務', '勤め', '率い'],
    promoted: ['昇格', '昇進', '就任', '任命'],
    founded: ['創業', '設立', '創設'],
    launched: ['リリース', '打ち上げ', '発射', '発売', 'ローンチ', '提供開始'],
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
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['鎮圧', '封じ込め', '制圧'],
    destroyed: ['焼失', '全焼', '建物', '棟'],
    evacuated: ['避難'],
    cost: ['費用', '修復費', 'かかった'],
    donations: ['寄付', '寄附', '募金'],
    workers: ['職人', '作業員', '従業員', '労働者'],
    attendees: ['国家元首', '首脳', '招待客'],
    height: ['全長', '高さ'],
    altitude: ['高度'],
    seats: ['議席'],
    turnout: ['投票率'],
    reopened: ['再開', '一般公開', '再オープン'],
    lasted: ['飛行'],
    separated: ['切り離', '分離'],
    landed: ['着陸', '捕獲', 'キャッチ', '回収'],
    ceremony: ['式典', '記念式', '式が行われ', '祝賀'],
    sentence: ['懲役', '禁錮', '禁固', '実刑'],
    fine: ['罰金', '科料', '制裁金', '課徴金'],
  },
  // Head words of counts no concept takes: words that put a count inside a larger phrase or count nothing
  // (partitives, notHeads); in CJK the counters after a number and the linker before its noun.
  heads: {
    counters: ['名', '人', '台', '機', '隻', '棟', '軒', '件', '個', '頭', '匹', '基', '本'],
    linkers: ['の'],
    // Particles and verbs of being between a noun and the value it has ("費用は7億ユーロ").
    particles: ['は', 'が', 'を', 'に', 'で', 'と', 'も', 'の', '約'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: the short "キロ" and "平方キロ", the "㎢" sign, one-letter "m", and seats.
  units: {
    km2: ['平方キロ', '㎢'],
    km: ['キロ'],
    m: ['m'],
    seat: ['議席'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['約', 'およそ', 'ほぼ'],
      'up to': ['最大'],
    },
    after: {
      over: ['以上', '超', '余り', '余'],
      about: ['前後', 'ほど', '程度'],
      nearly: ['近く'],
      projected: ['見込み', '見通し', '恐れ', '予想', '予測', '可能性'],
    },
  },
  scopes: {
    aftershock: ['余震'],
    request: ['求刑', '求め', '要求', '請求'],
    previous: ['前回', '以前', '過去'],
  },
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['緑の党'],
    left: ['左翼党', 'リンケ'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['山火事', '火災', '火事', '台風', 'ハリケーン', '地震'],
    references: ['この', '同'],
  },
  // Figures given in the order of the names before them.
  respectively: ['それぞれ'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: { after: ['と名付けられ', 'と呼ばれ', 'という愛称', 'の愛称'] },
  attribution: {
    sourceBefore: ['によると', 'によれば', 'の発表では', 'の発表によると', 'の推計では'],
  },
};
