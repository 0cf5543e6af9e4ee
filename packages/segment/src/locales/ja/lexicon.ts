/**
 * What the Japanese word rules (./words.ts) know about words: short lists of function words,
 * affixes and exceptions, by the conventions of UD's Short Unit Words (UniDic SUW). No content
 * dictionary: everything else comes from tiny-segmenter's model.
 */

/**
 * Function-word sequences that SUW splits and tiny-segmenter keeps whole, as the lengths of their
 * parts: `として` → `と|し|て`, `だけど` → `だ|けど`.
 */
export const COMPOUND_PARTICLES: Readonly<Record<string, readonly number[]>> = {
  として: [1, 1, 1],
  とした: [1, 1, 1],
  という: [1, 2],
  といった: [1, 3],
  といわ: [1, 2],
  といっ: [1, 2],
  でも: [1, 1],
  による: [1, 2],
  により: [1, 2],
  によって: [1, 2, 1],
  によると: [1, 2, 1],
  について: [1, 2, 1],
  に対し: [1, 2],
  に対して: [1, 2, 1],
  に対する: [1, 3],
  に関する: [1, 3],
  に関し: [1, 2],
  に関して: [1, 2, 1],
  において: [1, 2, 1],
  における: [1, 2, 1],
  おける: [2, 1],
  とし: [1, 1],
  ので: [1, 1],
  のです: [1, 2],
  とって: [2, 1],
  にとって: [1, 2, 1],
  には: [1, 1],
  では: [1, 1],
  とは: [1, 1],
  ともに: [2, 1],
  一つ: [1, 1],
  // particles run together: `か|も`, `こそ|が`, `だ|けど`
  かも: [1, 1],
  だけど: [1, 2],
  ですけど: [2, 2],
  だけじゃ: [2, 2],
  こそが: [2, 1],
  どころか: [3, 1],
  ゆえか: [2, 1],
  からくる: [2, 2],
  しつつ: [1, 2],
  としながら: [1, 1, 3],
  // demonstratives and counters before a particle or a plural: `それ|から`, `これ|ら`, `ひと|つ`
  それから: [2, 2],
  それほど: [2, 2],
  そのまま: [2, 2],
  これら: [2, 1],
  それら: [2, 1],
  あれら: [2, 1],
  彼ら: [1, 1],
  我ら: [1, 1],
  僕ら: [1, 1],
  ひとつ: [2, 1],
  いくつか: [2, 1, 1],
  ぜひとも: [2, 2],
};

/** Words tiny-segmenter cuts but SUW keeps whole (adverbs, auxiliaries). */
export const WHOLE_WORDS: readonly string[] = [
  'とても',
  'やはり',
  'でし',
  'でしょう',
  'だろう',
  'しよう',
  'ありがとう',
  'ちなみ',
  'いただき',
  'ください',
  'なかなか',
  'ちょっと',
  'もちろん',
  'しかし',
  'すでに',
  'ただし',
  'さらに',
  'たくさん',
  '既に',
  '主に',
  '最も',
  '又は',
  '更に',
  '主な',
  '小さな',
  '大きな',
  '全て',
  'かなり',
  '雰囲気',
  '一人',
  'にて',
  'なくなっ',
  '亡くなっ',
  'なくなる',
  '亡くなる',
  'なくなり',
  '亡くなり',
  'そして',
  'みたい',
  'そもそも',
  '以降',
  '以外',
  '以上',
  '以下',
  '以前',
  '以来',
];

/** Han suffixes that Short Unit Words write apart (`所`, `館`, `者`). */
export const HAN_SUFFIXES = '所館会士家科省長生員者性的化界式用型率法';

/** Words that end in `て` but are one word (adverbs). */
export const TE_WORDS: readonly string[] = [
  'すべて',
  '全て',
  'かつて',
  '初めて',
  '改めて',
  '極めて',
  '決して',
  'あえて',
  '敢えて',
  '果たして',
  'まして',
  'せめて',
  'やがて',
  'そして',
  'そうして',
  'したがって',
  '従って',
  'かえって',
  'って',
  'にて',
];

/** Two-character words ending in one of the suffixes, kept whole when a compound ends in them. */
export const SUFFIXED_WORDS: readonly string[] = [
  '教会',
  '社会',
  '機会',
  '協会',
  '大会',
  '学会',
  '議会',
  '国会',
  '学生',
  '先生',
  '人生',
  '国家',
  '作家',
  '学者',
  '記者',
  '作者',
  '読者',
  '役者',
  '会長',
  '社長',
  '市長',
  '部長',
  '課長',
  '校長',
  '所長',
  '館長',
  '場所',
  '住所',
  '近所',
];

/**
 * One-character verb stems of the ichidan class, which take `られ` whole (`見|られ`); other
 * stems are godan and keep the `ら` (`知ら|れ`).
 */
export const ICHIDAN_STEMS = '見得出来寝着似居経煮干射';

/**
 * Verbs whose stem ends in an a-row kana before `れ` and that are one word (`生まれ`, `恵まれ`),
 * not a godan stem plus the passive `れ` (`含ま|れ`).
 */
export const A_ROW_RE_VERBS: readonly string[] = ['生ま', '産ま', '恵ま', '分か', '現わ', '表わ', '囚わ'];

/**
 * Verbs whose stem ends in an a-row kana before `せ` and that are one word (`合わせ`, `知らせ`),
 * not a godan stem plus the causative `せ` (`持た|せ`).
 */
export const A_ROW_SE_VERBS: readonly string[] = ['合わ', '知ら', '済ま', '幸わ'];

/**
 * Words that SUW keeps whole wherever tiny-segmenter cuts them, even across a particle or a
 * compound before them (`に|すでに`, not `にす|で|に`; `回線|以上`, not `回|線以|上`).
 */
export const FIXED_WORDS: readonly string[] = [
  'ながら',
  '以降',
  '以外',
  '以上',
  '以下',
  '以前',
  '以来',
  '以内',
  'すでに',
  'とても',
  'いずれ',
  'ありがたい',
  'とにかく',
  'なかなか',
  'ちょっと',
  'もちろん',
  'やはり',
  'きっかけ',
  'まったく',
  'ほとんど',
  'いったん',
  'たとえば',
  'むしろ',
  'ともかく',
];

/** Honorific and plural suffixes written apart from the name before them (`婆|さん`, `店長|くん`). */
export const NAME_SUFFIXES: readonly string[] = ['さん', 'くん', 'ちゃん', 'たち', 'さま'];

/**
 * Han prefixes SUW writes apart from the two-character word after them (`不|手際`, `小|規模`,
 * `初|出演`).
 */
export const HAN_PREFIXES = '不小大低初各全元同今前現新旧非未無再第超約両毎翌故副総諸某準被';

/** Two-character words that begin with a prefix character and stay whole (`大学|院`, not `大|学院`). */
export const PREFIX_WORDS: readonly string[] = [
  '大学',
  '大正',
  '大会',
  '大臣',
  '大使',
  '大陸',
  '大阪',
  '大型',
  '大手',
  '大人',
  '大戦',
  '大名',
  '全国',
  '全体',
  '今年',
  '今日',
  '今回',
  '今後',
  '前回',
  '前年',
  '新聞',
  '現在',
  '現地',
  '同年',
  '同時',
  '元年',
  '第一',
  '各地',
  '初代',
  '新生',
];

/** Words of three Han characters that SUW keeps whole (most three-character runs are 2 + 1). */
export const HAN_THREE_CHARACTER_WORDS: readonly string[] = [
  '不思議',
  '大丈夫',
  '北朝鮮',
  '神奈川',
  '和歌山',
  '鹿児島',
];

/**
 * Common loanwords, to find the parts of a katakana compound (`ゲーム|コントローラ`,
 * `ワールド|カップ`): SUW writes each part apart, tiny-segmenter keeps a katakana run whole. A
 * run is cut only where every part is one of these words.
 */
export const KATAKANA_WORDS: readonly string[] = `
  アイス アイテム アイドル アウト アカウント アクション アクセス アクト アジア アップ アップデート アップロード
  アドバイザー アドレス アナウンサー アニメ アプリ アメリカ アルバイト アルバム アンケート アンテナ アート イギリス
  イベント イメージ インタビュー インターネット インフォメーション ウイルス ウェブ ウェブサイト ウォーター エネルギー エピソード エリア
  エンジニア エンジン オイル オフ オフィス オペラ オリジナル オリンピック オンライン オーダー オート オーナー
  オープン カウンター カップ カテゴリー カフェ カメラ カメラマン カラー カレー カード ガイド ガイドライン
  ガス ガラス キッチン キャラクター キャリア キャンセル キャンプ キャンペーン キング キー キーパー クイズ
  クラシック クラス クラブ クリスマス クリック クリーム グッズ グランプリ グリーン グループ ケーキ ケース
  ゲスト ゲストハウス ゲート ゲーム コスト コピー コミュニティ コメント コレクション コンサート コンセプト コンテスト
  コンテンツ コントローラ コントローラー コンビニ コンピュータ コンピューター コース コード コーナー コーヒー コール ゴール
  ゴールド サイズ サイト サイン サウンド サッカー サポート サラダ サンプル サーバー サービス シェア
  シェフ システム シティ シャツ シャワー ショッピング ショップ ショー シリーズ シルバー シングル シーズン
  シート シーン ジャズ ジャンル スカイ スキー スクリーン スクール スケジュール スケール スタイル スタジオ
  スタッフ スタンダード スタンド スター スタート ステージ ストア ストーリー スピード スペシャル スペース スポーツ
  スマホ スマート スマートフォン スーパー セキュリティ セット セミナー センサー センター セール ソフト ソフトウェア
  ソース ゾーン タイトル タイプ タイミング タイム タクシー タワー ダウン ダウンロード ダンス チェック
  チケット チャンス チャンネル チャンピオン チャート チーズ チーム ツアー ツリー ツール テクノロジー テスト
  テニス テレビ テーブル テーマ デザイン デジタル デビュー データ トイレ トップ トラック トレンド
  トレーニング トーク ドア ドライバー ドラマ ドリンク ナイト ナンバー ニュース ネット ネットワーク ネーム
  ノート ハウス ハンバーガー ハード ハードウェア バス バッグ バンク バンド バー バージョン パス
  パスワード パソコン パネル パフォーマンス パワー パン パーク パーティ パーティー パートナー ビジネス ビジョン
  ビデオ ビル ビール ピアノ ピンク ファイル ファッション ファン ファースト フィルム フェア フェスティバル
  フェリー フォーマット フォーム フリー フルーツ フロア フード ブック ブラウザ ブラック ブランド ブルー
  ブログ プラス プラン プレイ プレゼント プレー プロ プログラム プロジェクト プロテクト プール ヘア
  ヘアー ヘッド ベスト ベッド ベース ページ ホテル ホワイト ホーム ホームページ ホール
  ボタン ボックス ボランティア ボーナス ボール ポイント ポスター マイク マガジン マシン マスター マップ
  マネー マネージャー マーク マーケット ミス ミニ ミュージアム ミュージック メイン メッセージ メディア メニュー
  メモリー メンバー メーカー メール モデル モバイル モード ユニット ユニフォーム ユーザー ユーティリティ ライター
  ライト ライブ ライン ラジオ ラスト ラボ ラン ランキング ランチ ラーメン リアル リスト
  リゾート リリース リーグ リーダー ルート ルーム ルール レイアウト レコード レストラン レッスン レッド
  レビュー レベル レース ログ ロゴ ロック ロング ワイン ワン ワーク ワークショップ
  ワード ワールド
`
  .split(/\s+/)
  .filter(Boolean);

/** Adverbs in `ず` that are one word, not a verb and the negative `ず` (`見え|ず`). */
export const ZU_ADVERBS: readonly string[] = [
  'まず',
  '必ず',
  '思わず',
  '絶えず',
  'とりあえず',
  '相変わらず',
  '少なからず',
  '残らず',
  '知らず',
];
