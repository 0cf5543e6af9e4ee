import { memoTest } from '../../core/chars';
import { type CjkRules, cjkSentences, cjkWords } from '../../core/cjk';
import type { SegmenterPlugin, SegmentSpan } from '../../types';
import { rules as english } from '../en/index';
import { tinyWords } from './tiny';

/**
 * Compound particles that UD's Short Unit Words (UniDic SUW) split and tiny-segmenter keeps
 * whole, as the lengths of their parts: `として` → `と|し|て`.
 */
export const COMPOUND_PARTICLES: Readonly<Record<string, readonly number[]>> = {
  として: [1, 1, 1],
  とした: [1, 1, 1],
  という: [1, 2],
  といった: [1, 3],
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
const WHOLE = new Set(WHOLE_WORDS);
const WHOLE_FIRST = new Set(WHOLE_WORDS.map((w) => w.charCodeAt(0)));
const MAX_WHOLE = Math.max(...WHOLE_WORDS.map((w) => w.length));
const PARTICLES = new Map(Object.entries(COMPOUND_PARTICLES));

/** Han suffixes that Short Unit Words write apart (`所`, `館`, `者`). */
const SUFFIXES = '所館会士家科省長生員者性的化界式用型率法';
/** Words that end in `て` but are one word (adverbs). */
const TE_WORDS = new Set([
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
]);
/** Two-character words ending in one of the suffixes, kept whole when a compound ends in them. */
const SUFFIXED_WORDS = new Set([
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
]);
const isHan = memoTest(/\p{Script=Han}/u);
const RE_ALL_HAN = /^\p{Script=Han}+$/u;

/** tiny-segmenter's model (./tiny.ts), then SUW conventions: compound particles split, common words merged. */
export function japaneseWords(run: string): SegmentSpan[] {
  const spans = tinyWords(run);
  const merged: SegmentSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k] as SegmentSpan;
    if (!WHOLE_FIRST.has(run.charCodeAt(a.start))) {
      merged.push(a);
      continue;
    }
    let best = 0;
    let end = a.end;
    for (let m = k + 1; m < spans.length && m <= k + 3; m++) {
      const b = spans[m] as SegmentSpan;
      if (b.start !== end || b.end - a.start > MAX_WHOLE) break;
      end = b.end;
      if (WHOLE.has(run.slice(a.start, end))) best = m;
    }
    if (best > 0) {
      merged.push({ start: a.start, end: (spans[best] as SegmentSpan).end });
      k = best;
    } else merged.push(a);
  }
  const out: SegmentSpan[] = [];
  for (const s of merged) {
    const w = run.slice(s.start, s.end);
    const parts = PARTICLES.get(w);
    if (!parts) {
      // honorific prefix: `お|酒`, `ご|連絡`
      if (w.length >= 2 && (w[0] === 'お' || w[0] === 'ご') && isHan(w.charCodeAt(1))) {
        out.push({ start: s.start, end: s.start + 1 }, { start: s.start + 1, end: s.end });
        continue;
      }
      // the nominaliser `さ` after an adjective stem: `大き|さ`, `高|さ`
      if (
        (w.length === 2 || (w.length === 3 && isHiragana(w.charCodeAt(1)))) &&
        w.endsWith('さ') &&
        isHan(w.charCodeAt(0))
      ) {
        out.push({ start: s.start, end: s.end - 1 }, { start: s.end - 1, end: s.end });
        continue;
      }
      // the conjunctive particle `て` is a word of its own: `経|て`, `やめ|て`
      const tail = w.endsWith('て') && !TE_WORDS.has(w) ? 1 : 0;
      if (w.length >= 2 && tail > 0) {
        out.push({ start: s.start, end: s.end - tail }, { start: s.end - tail, end: s.end });
        continue;
      }
      // a suffix after a compound of three or more Han characters: `事務|所`, `両国国技|館`
      if (w.length >= 3 && SUFFIXES.includes(w[w.length - 1] ?? '') && RE_ALL_HAN.test(w)) {
        // …unless the suffix ends a common two-character word: `統一|教会`, `地域|社会`
        const cut = SUFFIXED_WORDS.has(w.slice(-2)) ? (w.length > 3 ? 2 : 0) : 1;
        if (cut > 0) {
          out.push({ start: s.start, end: s.end - cut }, { start: s.end - cut, end: s.end });
          continue;
        }
      }
      out.push(s);
      continue;
    }
    let at = s.start;
    for (const len of parts) {
      out.push({ start: at, end: at + len });
      at += len;
    }
  }
  return out;
}

const RE_HIRAGANA = /\p{Script=Hiragana}/u;
const isHiragana = memoTest(RE_HIRAGANA);

export const rules: CjkRules = {
  terminators: '。．！？!?‼⁇⁉',
  brackets: '「」『』（）()【】〔〕［］｛｝〈〉《》“”‘’',
  // `「…だ。」と述べた`: a particle after the quote continues the sentence
  breakAfterQuote: (next) => !RE_HIRAGANA.test(next) && !'、。，）)'.includes(next),
  words: japaneseWords,
  latin: { ...english, splitNumberLetters: true },
  maxQuoteLength: 200,
};

export const plugin: SegmenterPlugin = {
  specificationVersion: 'v1',
  name: 'ja',
  languages: ['ja'],
  supports: { sentence: true, word: true },
  doSegment(text, { granularity }) {
    return granularity === 'sentence' ? cjkSentences(text, rules) : cjkWords(text, rules);
  },
};
