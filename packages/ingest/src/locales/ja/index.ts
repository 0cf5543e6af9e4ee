import type { LocaleRules } from '../types';

export const ja: LocaleRules = {
  lang: 'ja',
  adMarkers: ['広告', 'pr', 'スポンサーリンク', 'スポンサー', 'プロモーション'],
  commentWidgets: ['コメント', 'コメントする', 'コメントを書く', 'コメント一覧'],
  shareWidgets: ['シェア', 'シェアする', 'ツイート', 'はてなブックマーク', 'いいね'],
  callToComment: [/コメント欄/, /コメントで(?:教えて|お聞かせ)/, /ご意見をお聞かせ/],
  newsletter: [/メルマガ/, /ニュースレター[^。]{0,30}(?:登録|購読)/],
  cookieNotice: [/クッキー[^。]{0,40}(?:同意|使用)/, /cookie[^。]{0,40}(?:同意|使用)/i],
  byline: [/^(?:文|筆者|執筆|記者|取材・文)\s*[:：/／]\s*(.{1,30})$/u, /^(.{1,20}?)\s*記者$/u],
  outlet: [],
  referenceHeadings: ['参考', '参考資料', '参考文献', '出典', '参照', 'ソース', '情報源', '関連リンク'],
  promotion: ['無料', '今すぐ', 'お申し込み', 'キャンペーン'],
  navigationHome: ['ホーム', 'トップ'],
  datelinePrefixes: ['公開日', '更新日', '配信日', '投稿日', '公開', '配信'],
  stopwords: [],
};
