import type { LocaleRules } from '../types';

export const zh: LocaleRules = {
  lang: 'zh',
  adMarkers: ['广告', '廣告', '推广', '推廣', '赞助'],
  commentWidgets: ['评论', '評論', '留言', '发表评论', '發表評論', '网友评论'],
  shareWidgets: ['分享', '分享到', '转发', '轉發', '收藏'],
  callToComment: [/评论区/, /評論區/, /欢迎留言/, /歡迎留言/, /留言(?:告诉|告訴|分享)/],
  newsletter: [/订阅[^。]{0,20}(?:公众号|邮件|通讯)/, /關注[^。]{0,20}公眾號/, /关注[^。]{0,20}公众号/],
  cookieNotice: [/cookie[^。]{0,40}(?:同意|使用)/i],
  byline: [
    /^(?:编辑|編輯|责任编辑|責任編輯|责编|作者|记者|記者|撰文|文|整理|来源|來源)\s*[:：/／|]\s*(.{1,30})$/u,
    /^(?:文|编辑|編輯)\s*\|\s*(.{1,30})$/u,
  ],
  // "新智元报道": an outlet followed by the reporting cue.
  outlet: [/^([\p{Script=Han}\p{L}\d]{2,12})\s*(?:报道|報導|报导|讯|訊|消息)$/u],
  referenceHeadings: [
    '参考资料',
    '參考資料',
    '参考',
    '參考',
    '参考文献',
    '參考文獻',
    '来源',
    '來源',
    '资料来源',
    '資料來源',
    '相关链接',
    '相關鏈接',
  ],
  promotion: ['免费', '免費', '领先', '領先', '立即', '优惠', '優惠'],
  navigationHome: ['首页', '首頁'],
  datelinePrefixes: ['发布时间', '發佈時間', '发布日期', '發布日期', '发布于', '日期', '时间', '時間'],
  stopwords: [],
};
