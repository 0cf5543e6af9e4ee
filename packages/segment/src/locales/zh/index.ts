import { type CjkRules, cjkPlugin } from '../../core/cjk';
import { intlSpans } from '../../core/intl';
import { isWhite } from '../../core/validate';
import type { SegmenterPlugin, SegmentSpan } from '../../types';
import { rules as latin } from '../en/index';

/** Demonstratives and numerals that UD writes apart from the classifier after them (`一|个`). */
const DETERMINERS = '一二三四五六七八九十两几多每这那哪该此某各首';
const CLASSIFIERS = '个种座部条年层侧队位名家次件只张本项支所篇首届场句台辆架份批';
/** Words ICU keeps whole that UD splits, with the length of their first part. */
export const SPLITS: Readonly<Record<string, number>> = {
  成为: 1,
  位于: 1,
  称为: 1,
  生于: 1,
  属于: 1,
  作为: 1,
  视为: 1,
  因此: 1,
  之一: 1,
  还有: 1,
  也有: 1,
  但在: 1,
  正在: 1,
  早在: 1,
  来说: 1,
  除了: 1,
  也可以: 1,
  只是: 1,
  主要是: 2,
  都会: 1,
  世界上: 2,
  及其: 1,
  自此: 1,
  一部分: 1,
  一方面: 1,
  大规模: 1,
  共和国: 2,
  文化大革命: 2,
  副总统: 1,
  国立: 1,
  的是: 1,
  就是: 1,
  也是: 1,
  都是: 1,
  还是: 1,
  而是: 1,
  即是: 1,
  并在: 1,
  曾在: 1,
  又称: 1,
  亦称: 1,
};
const SPLIT_AT = new Map(Object.entries(SPLITS));
/** Administrative suffixes written apart from the name (`北京|市`). */
const PLACE_SUFFIXES = '市省县区州镇村乡';
/** Characters of transliterated foreign names, which ICU cuts one by one (`史|瑞|克`). */
const TRANSLITERATION = new Set(
  '阿埃艾爱安奥巴拜班邦贝本比彼宾波伯博布采查达戴丹道德迪蒂丁东杜多厄恩尔法范菲费芬弗福盖甘冈高戈格贡古瓜哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷黎里利莉连列林琳隆卢鲁伦罗洛吕玛马迈麦曼梅门蒙米敏明莫姆穆纳娜奈南内尼涅宁纽努诺欧帕潘佩皮珀普齐奇乔切琴丘萨塞桑瑟森沙莎舍申什施史舒斯松苏索塔泰坦汤唐特提汀图托瓦万威韦维温沃乌西希锡夏谢辛休修雅亚扬耶伊因英尤于约泽扎詹兹祖佐'.split(
    '',
  ),
);

function isDeterminerClassifier(w: string): boolean {
  return w.length === 2 && DETERMINERS.includes(w[0] ?? '') && CLASSIFIERS.includes(w[1] ?? '');
}

/** ICU's dictionary words, moved toward UD Chinese GSD conventions by the rules above. */
/**
 * ICU's dictionary words for a sentence, with ICU given only the stretches without ASCII or
 * whitespace that hold a Han/kana letter, one per line. ICU's dictionary pass works inside one
 * run of dictionary characters (none is ASCII or whitespace), so the words inside Han/kana runs
 * are the same as on the whole sentence (tested on real and random text), without paying for the
 * Latin words, digits and spaces that the Latin rules cut anyway.
 */
export function icuWords(s: string): SegmentSpan[] {
  const n = s.length;
  // stretches of two or more code units as flat [start, end) pairs; those of one unit are one word
  // each without asking ICU (a line break on both sides is a word boundary): on 日A本B… ICU's segment
  // objects were 1.2 kB per character of the sentence
  const parts: number[] = [];
  const singles: number[] = [];
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || isWhite(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && s.charCodeAt(j) >= 0x80 && !isWhite(s.charCodeAt(j))) j++;
    if (j - i === 1) singles.push(i);
    else parts.push(i, j);
    i = j;
  }
  if (singles.length === 0 && parts.length === 2 && parts[0] === 0 && parts[1] === n)
    return intlSpans(s, 'zh', 'word');
  const words = parts.length > 0 ? icuOnStretches(s, parts) : [];
  if (singles.length === 0) return words;
  const out: SegmentSpan[] = [];
  let w = 0;
  for (const start of singles) {
    while (w < words.length && (words[w] as SegmentSpan).start < start) out.push(words[w++] as SegmentSpan);
    out.push({ start, end: start + 1 });
  }
  while (w < words.length) out.push(words[w++] as SegmentSpan);
  return out;
}

/** ICU's words of the stretches `parts` of `s`, given to it one per line, as offsets in `s`. */
function icuOnStretches(s: string, parts: readonly number[]): SegmentSpan[] {
  let joined = '';
  for (let r = 0; r < parts.length; r += 2) {
    if (r > 0) joined += '\n';
    joined += s.slice(parts[r], parts[r + 1]);
  }
  const out: SegmentSpan[] = [];
  // stretch r/2 starts at `at` in `joined` and at parts[r] in `s`
  let r = 0;
  let at = 0;
  for (const p of intlSpans(joined, 'zh', 'word')) {
    while (p.start >= at + ((parts[r + 1] as number) - (parts[r] as number))) {
      at += (parts[r + 1] as number) - (parts[r] as number) + 1;
      r += 2;
    }
    const shift = (parts[r] as number) - at;
    out.push({ start: p.start + shift, end: p.end + shift });
  }
  return out;
}

export function chineseWords(run: string): SegmentSpan[] {
  const spans = icuWords(run);
  const out: SegmentSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as SegmentSpan;
    const len = s.end - s.start;
    // a run of single transliteration characters is one foreign name
    if (len === 1 && TRANSLITERATION.has(run[s.start] as string)) {
      let m = k;
      while (m + 1 < spans.length) {
        const t = spans[m + 1] as SegmentSpan;
        if (t.end - t.start !== 1 || !TRANSLITERATION.has(run[t.start] ?? '')) break;
        m++;
      }
      if (m > k) {
        out.push({ start: s.start, end: (spans[m] as SegmentSpan).end });
        k = m;
        continue;
      }
    }
    if (len === 1) {
      out.push(s);
      continue;
    }
    const w = run.slice(s.start, s.end);
    const first = SPLIT_AT.get(w) ?? (isDeterminerClassifier(w) ? 1 : 0);
    if (first > 0) {
      out.push({ start: s.start, end: s.start + first }, { start: s.start + first, end: s.end });
      continue;
    }
    if (w.length >= 3 && PLACE_SUFFIXES.includes(w[w.length - 1] ?? '')) {
      out.push({ start: s.start, end: s.end - 1 }, { start: s.end - 1, end: s.end });
      continue;
    }
    if (w.length >= 2 && w.endsWith('的') && w !== '目的' && w !== '标的') {
      out.push({ start: s.start, end: s.end - 1 }, { start: s.end - 1, end: s.end });
      continue;
    }
    out.push(s);
  }
  return out;
}

export const rules: CjkRules = {
  terminators: '。！？!?…',
  brackets: '「」『』（）()【】〔〕［］｛｝〈〉《》“”‘’',
  breakAfterQuote: (next) => !'，、：。,:）)'.includes(next),
  words: chineseWords,
  latin,
  maxQuoteLength: 200,
};

export const plugin: SegmenterPlugin = cjkPlugin('zh', ['zh'], rules);
