import type { EntityLocale, RolePattern, SpelledNumberTable } from '../locales/types';
import type { DurationQualifier, MentionType, QuantityValue, RangeValue } from '../types';
import { amountKey, type Candidate, spanCandidate } from './candidate';
import { type CurrencyIndex, currencyIndex, currencyOutruns } from './currency-words';
import { HAN_NUMERAL_CHARS, isHanNumeral, parseArabic, parseHanNumeral } from './numerals';
import { durationIso, isMeasure } from './quantities';
import { findSpelledNumbers } from './spelled-numbers';
import { alternation } from './text';

/** One number of the text, however it is written, before anything around it is read. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /**
   * digits: Arabic digits alone (plain numbers are proposed by the quantities recogniser); written:
   * digits in a form those do not read ("1 234 567", "1e10", "10k", ".08").
   */
  shape: 'digits' | 'words' | 'han' | 'hangul' | 'signed' | 'fraction' | 'written';
  ordinal?: boolean;
  /** A single Han digit ("三"): a number only with a word that says so after it (三成, 三歳, 第三). */
  weak?: boolean;
  /** An amount said to be more than written ("十余万": over 100,000), from the locale's approximations. */
  qualifier?: DurationQualifier;
  /**
   * Read past where the amount rules stop (groups written apart, 余 inside, decimals after a myriad,
   * a fraction of myriads): outranks their shorter reading of the same characters.
   */
  beyondAmount?: boolean;
}

const EMPTY_TABLE: SpelledNumberTable = {
  words: {},
  multipliers: {},
  scales: {},
  connectors: [],
  ordinals: {},
  denominators: {},
};

// A number does not start or end inside a word or another number. After the digits: a fraction
// ("2 1/4", "1/4"), an exponent ("1e10", "2.5^-1") or a thousands "k" ("10k", "2.33 k").
const DIGIT_NUMBER =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_/^]|\d[.,])(?:([-−])\s?)?(\d+(?:[.,]\d+)*|[.,]\d+)(?:\s{1,3}(\d{1,3})\/(\d{1,3})|\/(\d{1,3})|[eE]([-+]?\d{1,3})|\^([-+]{0,2})(\d{1,3})|\s{0,2}([kK])(?![\p{L}\p{N}]))?(?![\p{N}]|[.,/^]\d)/gu;
const SPACE_GROUPED =
  /(?<![\p{L}\p{N}_.,/-])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\p{L}\p{N}]|[.,]\d|[ \u00a0\u202f]\d)/gu;
const HAN_DECIMAL_DIGITS = '〇一二三四五六七八九';
// 百分之 is a percent, read as one. Spaces may part the denominator, 分, 之 and the numerator
// ("五 分之 一"); the numerator may have decimals ("一百分之五十五点五").
const CJK_FRACTION = new RegExp(
  `(?=[${HAN_NUMERAL_CHARS}0-9])(?<![${HAN_NUMERAL_CHARS}0-9])([${HAN_NUMERAL_CHARS}0-9]+) {0,2}分 {0,2}[の之] {0,2}([${HAN_NUMERAL_CHARS}0-9]+)(?:[点點]([〇零一二三四五六七八九0-9]+))?`,
  'gu',
);
// What every CJK_FRACTION has in it.
const FRACTION_MARK = /分 {0,2}[の之]/;
const HAN_DIGIT = /[〇零一壹二两兩両贰貳弐倆俩三叁參四肆五伍六陆陸七柒八捌九玖]/;
const HAN_UNIT = /[十拾百佰千仟万萬亿億兆]/;
const HAN_MYRIAD = /[万萬亿億兆]/;

/** Digits, with a sign ("-5", "−1.2") or as a fraction ("1/4", "2 1/4"); plain ones keep shape `digits`. */
function digitTokens(text: string, decimalComma: boolean, out: NumberToken[]): void {
  for (const m of text.matchAll(DIGIT_NUMBER)) {
    const whole = m[2] ?? '';
    let shape: NumberToken['shape'] = 'digits';
    let value: number | undefined;
    if (/^[.,]/.test(whole)) {
      // ".08" where the point is the decimal mark, as a word of its own (",2" is a list, "，6" a CJK comma).
      if (whole[0] !== '.' || decimalComma || (m.index > 0 && !/\s/.test(text[m.index - 1] as string)))
        continue;
      value = Number(`0.${whole.slice(1)}`);
      shape = 'written';
    } else value = parseArabic(whole, decimalComma);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (m[3] && m[4]) {
      const den = Number(m[4]);
      if (den === 0 || Number(m[3]) >= den) continue;
      value += Number(m[3]) / den;
      shape = 'fraction';
    } else if (m[5]) {
      const den = Number(m[5]);
      // "1/4" is a fraction; "24/7", "9/11" and dates are not: the numerator must be below the denominator.
      if (den === 0 || value >= den || !/^\d+$/.test(whole)) continue;
      value /= den;
      shape = 'fraction';
    } else if (m[6]) {
      value *= 10 ** Number(m[6]);
      shape = 'written';
    } else if (m[8]) {
      const negativePower = ((m[7] ?? '').match(/-/g) ?? []).length % 2 === 1;
      value **= negativePower ? -Number(m[8]) : Number(m[8]);
      shape = 'written';
    } else if (m[9]) {
      if (value === 0) continue;
      value *= 1000;
      shape = 'written';
    }
    if (m[1]) {
      // A minus sign right after a letter or digit is a hyphen ("COVID-19", "2019-2020").
      const before = text[m.index - 1];
      if (before !== undefined && /[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]/u.test(before)) continue;
      value = -value;
      shape = 'signed';
    }
    if (!Number.isFinite(value)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value, shape });
  }
  for (const m of text.matchAll(SPACE_GROUPED)) {
    const value = parseArabic(m[0].replace(/[ \u00a0\u202f]/g, ''), decimalComma);
    if (value !== undefined)
      out.push({ start: m.index, end: m.index + m[0].length, value, shape: 'written' });
  }
}

const hanRunCache = new Map<string, RegExp>();
/**
 * A Han numeral, its groups possibly written apart by one or two spaces ("三千 九百 六十五"), with the
 * locale's approximation characters inside (十余万) and a decimal part after 点 ("三点五" 3.5). Each
 * step reads one character or one run of spaces followed by a numeral character: linear.
 */
function hanRun(approximations: string): RegExp {
  let re = hanRunCache.get(approximations);
  if (!re) {
    const c = `[${HAN_NUMERAL_CHARS}0-9.${approximations}]`;
    re = new RegExp(`${c}(?:${c}| {1,2}(?=${c}))*(?: ?[点點・]([〇零一二三四五六七八九0-9]+))?`, 'gu');
    hanRunCache.set(approximations, re);
  }
  return re;
}

/** One group of a numeral written apart, as Han numerals (Hangul syllables mapped), and its span. */
interface NumeralPiece {
  start: number;
  end: number;
  han: string;
}

const isUnitChar = (c: string | undefined) => c !== undefined && HAN_UNIT.test(c);

/**
 * Groups written apart that make one numeral: a unit on one side of the space ("一百 五 十 二",
 * "7 萬5 千4 百", "十 余 万") and a well-formed whole; `takes` may refuse a piece (Korean: a lone
 * digit before a word is a particle's, "오십 이상").
 */
function joinPieces(
  pieces: NumeralPiece[],
  approx: string,
  takes: (p: NumeralPiece) => boolean = () => true,
): NumeralPiece[] {
  const plain = (s: string) => [...s].filter((c) => !approx.includes(c)).join('');
  const out: NumeralPiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    const left = last?.han ?? '';
    const leftApprox = approx.includes(left.at(-1) ?? '\u0000');
    const rightApprox = approx.includes(p.han[0] ?? '\u0000');
    const joins =
      last !== undefined &&
      (isUnitChar(left.at(-1)) || leftApprox || isUnitChar(p.han[0]) || rightApprox) &&
      !(leftApprox && rightApprox) &&
      takes(p) &&
      isHanNumeral(plain(left + p.han));
    if (joins) out[out.length - 1] = { start: last.start, end: p.end, han: left + p.han };
    else out.push({ ...p });
  }
  return out;
}

/** The pieces of a run, split at its spaces. */
function piecesOf(text: string, start: number, end: number, toHan: (s: string) => string): NumeralPiece[] {
  const out: NumeralPiece[] = [];
  for (const m of text.slice(start, end).matchAll(/[^ ]+/gu))
    out.push({ start: start + m.index, end: start + m.index + m[0].length, han: toHan(m[0]) });
  return out;
}

/** The Han reading of the locale's multiplier written right after a numeral ("十打" 120), unless it starts a word. */
function multiplierAfter(
  text: string,
  at: number,
  table: SpelledNumberTable,
): { end: number; factor: number } | undefined {
  for (const [word, factor] of Object.entries(table.multipliers)) {
    if (/^\p{Script=Latin}/u.test(word) || !text.startsWith(word, at)) continue;
    if ((table.notNumbers ?? []).some((w) => text.startsWith(w, at))) continue;
    return { end: at + word.length, factor };
  }
  return undefined;
}

/** Han numerals ("一百五十二", "七十八万五百零六", "4.78万亿"): a digit and a unit, or Arabic digits and a myriad. */
function hanTokens(text: string, table: SpelledNumberTable, out: NumberToken[]): void {
  const approx = Object.keys(table.approximations ?? {}).join('');
  for (const m of text.matchAll(hanRun(approx))) {
    // Most runs are Arabic digits and points alone ("2026", "."), which no group reads as a Han numeral.
    if (ARABIC_RUN.test(m[0])) continue;
    const decimals = m[1] ? hanDecimals(m[1]) : '';
    const bodyEnd = decimals ? m.index + m[0].search(/ ?[点點・][^点點・]*$/u) : m.index + m[0].length;
    const groups = joinPieces(
      piecesOf(text, m.index, bodyEnd, (s) => s),
      approx,
    );
    groups.forEach((g, k) => {
      const last = k === groups.length - 1;
      const token = hanToken(
        text,
        g,
        table,
        approx,
        last ? decimals : '',
        text.slice(g.start, g.end).includes(' '),
      );
      if (!token) return;
      if (last && decimals) token.end = m.index + m[0].length;
      const multiplier = decimals ? undefined : multiplierAfter(text, token.end, table);
      if (multiplier) {
        token.end = multiplier.end;
        token.value *= multiplier.factor;
        delete token.weak;
      }
      out.push(token);
    });
  }
  // "３分の２", "三分之一": the denominator comes first. Most texts have no 分の or 分之 to look around.
  if (!FRACTION_MARK.test(text)) return;
  for (const m of text.matchAll(CJK_FRACTION)) {
    if (m[1] === '百') continue;
    const den = parseHanNumeral(m[1] ?? '');
    const whole = parseHanNumeral(m[2] ?? '');
    if (den === undefined || whole === undefined || den === 0) continue;
    const num = m[3] ? Number(`${whole}.${hanDecimals(m[3])}`) : whole;
    const token: NumberToken = {
      start: m.index,
      end: m.index + m[0].length,
      value: num / den,
      shape: 'fraction',
    };
    if (HAN_MYRIAD.test(m[0])) token.beyondAmount = true;
    out.push(token);
  }
}

const ARABIC_RUN = /^[0-9. ]+$/;

const hanDecimals = (s: string) =>
  [...s]
    .map((c) =>
      /[0-9]/.test(c) ? c : String(Math.max(0, HAN_DECIMAL_DIGITS.indexOf(c === '零' ? '〇' : c))),
    )
    .join('');

/** The number one group of a Han run makes, or undefined when it is no numeral. */
function hanToken(
  text: string,
  g: NumeralPiece,
  table: SpelledNumberTable,
  approx: string,
  decimals: string,
  spaced: boolean,
): NumberToken | undefined {
  const approximations = table.approximations ?? {};
  // Leading and trailing dots belong to the sentence; an approximation needs a numeral before it
  // and a unit after it ("三十多岁" stays 三十).
  const edge = (c: string) => c === '.' || c === ' ' || approx.includes(c);
  let start = g.start;
  let end = g.end;
  while (start < end && edge(text[start] as string)) start++;
  while (end > start && edge(text[end - 1] as string)) end--;
  const body = text.slice(start, end);
  const approximation = [...body].find((c) => approx.includes(c));
  const bare = [...body].filter((c) => c !== ' ' && !approx.includes(c)).join('');
  if (/^[0-9.]+$/.test(bare) || !(HAN_DIGIT.test(bare) || /[0-9]/.test(bare) || bare.startsWith('十')))
    return undefined;
  // A leading myriad is a word ("万一": in case), not a number.
  if (/^[万萬亿億兆]/.test(bare)) return undefined;
  // A unit and a digit ("十五", "3千") make a number; digits alone ("三", "一一") or 十 alone only with
  // a cue after them.
  const weak = (!HAN_UNIT.test(bare) || bare === '十') && !decimals;
  const whole = parseHanNumeral(bare);
  if (whole === undefined) return undefined;
  const value = decimals ? Number(`${whole}.${decimals}`) : whole;
  let from = start;
  let v = value;
  for (const neg of table.negatives ?? []) {
    if (start >= neg.length && text.startsWith(neg, start - neg.length)) {
      from = start - neg.length;
      v = -value;
      break;
    }
  }
  const token: NumberToken = { start: from, end, value: v, shape: 'han' };
  if (weak) token.weak = true;
  if (approximation) token.qualifier = approximations[approximation];
  // Read past where the amount rules stop: they must not cut it short.
  if (spaced || approximation || (decimals && HAN_MYRIAD.test(bare))) token.beyondAmount = true;
  return token;
}

// Sino-Korean syllables as the Han characters they stand for.
const HAN_OF_HANGUL: Record<string, string> = {
  영: '〇',
  공: '〇',
  일: '一',
  이: '二',
  삼: '三',
  사: '四',
  오: '五',
  육: '六',
  륙: '六',
  칠: '七',
  팔: '八',
  구: '九',
  십: '十',
  백: '百',
  천: '千',
  만: '万',
  억: '億',
  조: '兆',
};
const KOREAN_FRACTION =
  /(?<![영공일이삼사오육륙칠팔구십백천만억조0-9])([영공일이삼사오육륙칠팔구십백천만억조0-9]+)\s?분의\s?([영공일이삼사오육륙칠팔구십백천만억조0-9]+)/gu;

const HANGUL_NUMERAL = '[영공일이삼사오육륙칠팔구십백천만억조0-9.]';
// Groups may be written apart ("이십만 이천", "4천 3백"); each step reads one character or one run
// of spaces before a numeral character.
const HANGUL_RUN = new RegExp(`${HANGUL_NUMERAL}(?:${HANGUL_NUMERAL}| {1,2}(?=${HANGUL_NUMERAL}))*`, 'gu');
// "이백점 영삼" 200.03, "오점 오" 5.5: 점 glued to the number, then digit syllables read one by one.
const HANGUL_DECIMAL = /점 ?([영공일이삼사오육륙칠팔구]+)/uy;
const HAN_NONZERO = /[一二三四五六七八九]/;

/**
 * The piece up to where a digit follows a digit: there the particle or copula begins ("이십육이다" is
 * 26 then 이다, "일이다" 1 then 이다). Sino-Korean numerals are never positional outside decimals.
 */
function numeralPrefix(p: NumeralPiece): NumeralPiece {
  for (let i = 1; i < p.han.length; i++) {
    if (HAN_NONZERO.test(p.han[i - 1] as string) && HAN_NONZERO.test(p.han[i] as string))
      return { start: p.start, end: p.start + i, han: p.han.slice(0, i) };
  }
  return p;
}

/** "5백이다", "삼천이었다": a last 이 glued to more Hangul is the particle or copula, not a two ("오십이명" keeps it). */
function withoutParticle(text: string, p: NumeralPiece, counters: string[]): NumeralPiece {
  if (p.han.length < 2 || text[p.end - 1] !== '이' || !/\p{Script=Hangul}/u.test(text[p.end] ?? '')) return p;
  if (counters.some((c) => text.startsWith(c, p.end))) return p;
  return { start: p.start, end: p.end - 1, han: p.han.slice(0, -1) };
}

/**
 * Sino-Korean numerals ("삼백이십일", "천오백만", "이십만 이천"), read as the Han numerals they spell.
 * A unit is required, or a negative word before a lone digit ("마이너스 오"); a unit alone only as a
 * tens, hundreds or thousands of a myriad ("십만", "백억").
 */
function hangulTokens(text: string, table: SpelledNumberTable, out: NumberToken[]): void {
  const negatives = table.negatives ?? [];
  // A lone digit joins the groups before it only at the end of its word: "오십 이" is 52, "오십 이상" not.
  const takes = (p: NumeralPiece) => HAN_UNIT.test(p.han) || !/\p{Script=Hangul}/u.test(text[p.end] ?? '');
  for (const m of text.matchAll(HANGUL_RUN)) {
    const pieces = piecesOf(text, m.index, m.index + m[0].length, toHanDigits).map((p) =>
      withoutParticle(text, numeralPrefix(p), table.counters ?? []),
    );
    for (const g of joinPieces(pieces, '', takes)) {
      const token = hangulToken(text, g, negatives);
      if (token) out.push(token);
    }
  }
  // "삼분의 이" (2/3), "20분의 일": the denominator comes first, as in Japanese.
  for (const m of text.matchAll(KOREAN_FRACTION)) {
    const den = parseHanNumeral(toHanDigits(m[1] ?? ''), false);
    let numerator = toHanDigits(m[2] ?? '');
    let end = m.index + m[0].length;
    // "삼분의 일이다", "팔분의 일조각": the numerator ends before a copula or a word it begins; a
    // myriad after it is one only where the fraction stays below one ("3분의 일만 줘" is "only a third").
    const cut = numeralPrefix({ start: end - numerator.length, end, han: numerator });
    end = cut.end;
    numerator = cut.han;
    if (/[万億兆]$/.test(numerator) && numerator.length > 1) {
      const n = parseHanNumeral(numerator, false) ?? 0;
      if (/\p{Script=Hangul}/u.test(text[end] ?? '') || den === undefined || n >= den) {
        numerator = numerator.slice(0, -1);
        end--;
      }
    }
    const num = parseHanNumeral(numerator, false);
    if (den === undefined || num === undefined || den === 0) continue;
    out.push({ start: m.index, end, value: num / den, shape: 'fraction' });
  }
}

/** The number one group of a Hangul run makes, with its sign and decimals, or undefined. */
function hangulToken(text: string, g: NumeralPiece, negatives: string[]): NumberToken | undefined {
  let start = g.start;
  let end = g.end;
  while (start < end && text[start] === '.') start++;
  while (end > start && text[end - 1] === '.') end--;
  const han = [...text.slice(start, end)]
    .filter((c) => c !== ' ')
    .map((c) => HAN_OF_HANGUL[c] ?? c)
    .join('');
  // Digits with a myriad alone ("3만") are read by the amount rules; a leading myriad is a word.
  if (!han || /^[0-9.]+[万億兆千]?$/.test(han) || /^[万億兆]/.test(han)) return undefined;
  let sign = 1;
  let from = start;
  for (const neg of negatives) {
    const gap = text[start - 1] === ' ' ? 1 : 0;
    if (start - gap >= neg.length && text.startsWith(neg, start - gap - neg.length)) {
      from = start - gap - neg.length;
      sign = -1;
      break;
    }
  }
  const unit = HAN_UNIT.test(han);
  const digit = /[〇一二三四五六七八九0-9]/.test(han);
  if (!unit && (sign > 0 || han.length > 1)) return undefined;
  if (unit && !digit && !/^[十百千][万億兆]$/.test(han)) return undefined;
  const whole = parseHanNumeral(han, false);
  if (whole === undefined || (whole === 0 && sign > 0)) return undefined;
  let value = whole;
  if (text[end] === '점') {
    HANGUL_DECIMAL.lastIndex = end;
    const d = HANGUL_DECIMAL.exec(text);
    let digits = d?.[1] ?? '';
    // "오점 오이다": a last 이 or 일 before more Hangul is the copula's or a word's.
    if (/[이일]$/.test(digits) && /\p{Script=Hangul}/u.test(text[end + (d?.[0].length ?? 0)] ?? ''))
      digits = digits.slice(0, -1);
    if (d && digits) {
      value = Number(`${whole}.${hanDecimals(toHanDigits(digits))}`);
      end += d[0].length - (d[1] ?? '').length + digits.length;
    }
  }
  return { start: from, end, value: sign * value, shape: 'hangul' };
}

const toHanDigits = (s: string) => [...s].map((c) => HAN_OF_HANGUL[c] ?? c).join('');

const countedCache = new WeakMap<SpelledNumberTable, RegExp>();
/** "두 개", "세 명": the locale's counted words, numbers only right before a counter. */
function countedTokens(text: string, table: SpelledNumberTable, out: NumberToken[]): void {
  const words = Object.keys(table.counted ?? {});
  if (!words.length || !table.counters?.length) return;
  let re = countedCache.get(table);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?= ?(?:${alternation(table.counters)}))`,
      'gu',
    );
    countedCache.set(table, re);
  }
  for (const m of text.matchAll(re))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: table.counted?.[m[0]] ?? 0,
      shape: 'words',
    });
}

/** "マイナス3", "minus 5": a negative word right before digits makes them negative. */
function signed(text: string, negatives: string[], tokens: NumberToken[]): void {
  if (!negatives.length) return;
  for (const t of tokens) {
    if (t.shape !== 'digits' && t.shape !== 'fraction') continue;
    for (const neg of negatives) {
      const gap = text[t.start - 1] === ' ' ? 1 : 0;
      const at = t.start - gap - neg.length;
      if (at < 0 || text.slice(at, at + neg.length).toLowerCase() !== neg) continue;
      if (
        at > 0 &&
        /[\p{L}\p{N}]/u.test(text[at - 1] as string) &&
        /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(neg)
      )
        continue;
      t.start = at;
      t.value = -t.value;
      t.shape = 'signed';
      break;
    }
  }
}

/** Every number of the text, sorted by start; of overlapping ones the longest is kept. */
export function numberTokens(text: string, locale: EntityLocale, decimalComma: boolean): NumberToken[] {
  const table = locale.spelled ?? EMPTY_TABLE;
  const out: NumberToken[] = [];
  digitTokens(text, decimalComma, out);
  if (Object.keys(table.words).length > 0) {
    for (const n of findSpelledNumbers(text, table, decimalComma)) {
      const token: NumberToken = {
        start: n.start,
        end: n.end,
        value: n.value,
        shape: n.fraction ? 'fraction' : 'words',
      };
      if (n.ordinal) token.ordinal = true;
      out.push(token);
    }
  }
  if (locale.lang === 'ja' || locale.lang === 'zh' || locale.lang === 'ko') hanTokens(text, table, out);
  if (locale.lang === 'ko') hangulTokens(text, table, out);
  countedTokens(text, table, out);
  signed(text, table.negatives ?? [], out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberToken[] = [];
  for (const t of out) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return withMixedFractions(text, kept, table.connectors);
}

/** "1と3分の2", "일과 삼분의 이": a whole number, a connector, then a fraction, as one number. */
function withMixedFractions(text: string, tokens: NumberToken[], connectors: string[]): NumberToken[] {
  const cjk = connectors.filter((c) => !/^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(c));
  if (!cjk.length) return tokens;
  const out: NumberToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as NumberToken;
    const b = tokens[i + 1];
    const gap = b ? text.slice(a.end, b.start).trim() : '';
    if (
      b &&
      b.shape === 'fraction' &&
      a.shape !== 'fraction' &&
      !a.ordinal &&
      cjk.includes(gap) &&
      b.start - a.end <= gap.length + 2
    ) {
      const sign = a.value < 0 ? -1 : 1;
      const mixed: NumberToken = {
        start: a.start,
        end: b.end,
        value: a.value + sign * Math.abs(b.value),
        shape: 'fraction',
      };
      if (a.beyondAmount || b.beyondAmount || HAN_MYRIAD.test(text.slice(a.start, a.end)))
        mixed.beyondAmount = true;
      out.push(mixed);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

interface PhraseScan {
  text: string;
  locale: EntityLocale;
  tokens: NumberToken[];
  out: Candidate[];
  /** Token indexes already used by a longer reading (percent, money, range…). */
  used: Set<number>;
  currency: CurrencyIndex;
  /** The text before `windowAt` that matchBefore last read. */
  windowAt?: number;
  window?: string;
}

function push(
  q: PhraseScan,
  type: MentionType,
  start: number,
  end: number,
  value: QuantityValue | RangeValue,
  key: string,
  priority: number,
): void {
  q.out.push(
    spanCandidate(start, end, type, key, 0.85, `rules:${type.toLowerCase().replace('_', '-')}`, priority, {
      value,
    }),
  );
}

interface RegexTrie {
  re?: RegExp;
  next: Map<string, RegexTrie>;
}
const regexCache: RegexTrie = { next: new Map() };
/**
 * The regex of the parts joined, compiled once with `flags`. Keyed part by part: the parts are the same
 * strings at every token (locale words, constants), whose hashes V8 keeps, while a key joined anew at
 * each call was flattened and hashed each time (a fifth of extractMentions on 80 kB of amounts). The
 * parts are arguments, not a rest array: these run several times per number token, and the arrays
 * were a large share of what the young generation had to collect.
 */
function compiled(flags: string, a: string, b?: string, c?: string, d?: string, e?: string): RegExp {
  let node = step(step(regexCache, flags), a);
  if (b !== undefined) node = step(node, b);
  if (c !== undefined) node = step(node, c);
  if (d !== undefined) node = step(node, d);
  if (e !== undefined) node = step(node, e);
  node.re ??= new RegExp(a + (b ?? '') + (c ?? '') + (d ?? '') + (e ?? ''), flags);
  return node.re;
}

function step(node: RegexTrie, part: string): RegexTrie {
  let next = node.next.get(part);
  if (!next) {
    next = { next: new Map() };
    node.next.set(part, next);
  }
  return next;
}

/** The match of the parts (joined) right at `at`, case-insensitively, or undefined. */
function matchAt(
  text: string,
  at: number,
  a: string,
  b?: string,
  c?: string,
  d?: string,
  e?: string,
): RegExpExecArray | undefined {
  const re = compiled('iuy', a, b, c, d, e);
  re.lastIndex = at;
  return re.exec(text) ?? undefined;
}

/** The match of `part` ending right at `at` (spaces allowed between), in a short window. */
function matchBefore(q: PhraseScan, at: number, part: string): { start: number } | undefined {
  const from = Math.max(0, at - 40);
  // Not sticky: the search finds the leftmost start, as trying each start in turn did, in one call.
  // One window per position: ages, temperatures and percentages each try several words before a token.
  if (q.windowAt !== at) {
    q.windowAt = at;
    q.window = q.text.slice(from, at);
  }
  const window = q.window as string;
  const m = compiled('iu', '(?:', part, ')\\s*$').exec(window);
  return m && m.index < window.length ? { start: from + m.index } : undefined;
}

const WORD_END = '(?![\\p{L}\\p{N}])';
/** A word of a spaced script does not end inside a longer word ("c" is not the start of "chats"). */
const LATIN_END = '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}](?=[\\p{Script=Latin}\\p{Script=Cyrillic}]))';

function pickUnit(
  text: string,
  at: number,
  patterns: RolePattern[] | undefined,
  gap: string,
): { end: number; key: string } | undefined {
  for (const u of patterns ?? []) {
    const m = matchAt(text, at, gap, '(?:', u.pattern, ')', LATIN_END);
    if (m) return { end: at + m[0].length, key: u.key };
  }
  return undefined;
}

/** The unit or counter of the locale after an amount ending at `at`, unless a currency word starts there and goes further. */
function countedUnit(q: PhraseScan, at: number): { end: number; key: string } | undefined {
  const unit = pickUnit(q.text, at, q.locale.unitsAfter, '\\s?');
  return unit && !currencyOutruns(q.currency, q.text, at, unit.end) ? unit : undefined;
}

/** "25%", "fifty percent", "百分之五十", "千分之三", "三成", "2割", "九折", "3个百分点". */
function percents(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  const words = locale.percentWords.filter((w) => w !== '%' && w !== '％');
  const after = alternation(words);
  const forms = locale.percentForms;
  const formsAfter = Object.entries(forms?.after ?? {});
  const formsBefore = Object.entries(forms?.before ?? {});
  tokens.forEach((t, i) => {
    if (t.shape === 'digits' && !forms) return;
    let end: number | undefined;
    let value = t.value;
    // A sign after words ("2.5 billion%") or an exponent is noise; Latin letters right after it are a code.
    const sign =
      t.shape === 'words' || t.shape === 'written'
        ? undefined
        : matchAt(text, t.end, '\\s?[%％](?![\\p{Script=Latin}])');
    if (sign) end = t.end + sign[0].length;
    if (end === undefined && after && t.shape !== 'digits') {
      const m = matchAt(text, t.end, '\\s*(?:', after, ')', WORD_END);
      if (m) end = t.end + m[0].length;
    }
    for (const [form, factor] of formsAfter) {
      if (end !== undefined) break;
      const m = matchAt(text, t.end, '\\s?(?:', form, ')');
      if (!m) continue;
      end = t.end + m[0].length;
      // "九折" is 90%, "75折" 75%: a factor applies to a count of tenths, not to a whole percentage.
      value = t.value * factor > 100 && t.value <= 100 ? t.value : t.value * factor;
    }
    let start = t.start;
    for (const [form, factor] of formsBefore) {
      const m = matchBefore(q, t.start, form);
      if (!m) continue;
      start = m.start;
      end ??= t.end;
      value = t.value * factor;
      break;
    }
    if (end === undefined) return;
    q.used.add(i);
    push(
      q,
      'PERCENT',
      start,
      end,
      { kind: 'quantity', amount: value, unit: '%' },
      `percent:${amountKey(value)}`,
      61,
    );
  });
}

/** "three million dollars", "vingt euros", "三百万人民币": a spelled amount and a currency word after it. */
function spelledMoney(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  tokens.forEach((t, i) => {
    if (q.used.has(i) || t.shape === 'digits' || t.ordinal || t.weak) return;
    // Not a sign: in "5 million and A$3 million" the "$" opens the next sum. And a whole word: a Han
    // amount glued to more text ("25億ドルの") is the amount rules' (quantities.ts) to read.
    const cur = q.currency.after(text, t.end, locale.currencyLinkers);
    if (!cur || cur.sign || /[\p{L}\p{N}]/u.test(text[cur.end] ?? '')) return;
    q.used.add(i);
    push(
      q,
      'MONEY',
      t.start,
      cur.end,
      { kind: 'quantity', amount: t.value, unit: cur.code },
      `money:${amountKey(t.value)}${cur.code}`,
      61,
    );
  });
}

/** "29 years old", "aged 29", "5岁", "스무 살": an age in years. */
function ages(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  const words = locale.ageWords;
  if (!words) return;
  tokens.forEach((t, i) => {
    if (q.used.has(i) || t.value <= 0 || t.value > 150 || t.ordinal) return;
    let end: number | undefined;
    for (const w of words.after ?? []) {
      const m = matchAt(text, t.end, '\\s?-?(?:', w, ')', LATIN_END);
      if (m) {
        end = t.end + m[0].length;
        break;
      }
    }
    let start = t.start;
    if (end === undefined) {
      for (const w of words.before ?? []) {
        const m = matchBefore(q, t.start, w);
        if (m) {
          start = m.start;
          end = t.end;
          break;
        }
      }
    }
    if (end === undefined) return;
    q.used.add(i);
    // The amount is in years: no unit, so it compares with the bare number of "Maria Keller, 52".
    push(q, 'AGE', start, end, { kind: 'quantity', amount: t.value }, `age:${amountKey(t.value)}`, 71);
  });
}

const DEGREE_SIGNS: RolePattern[] = [{ pattern: '°\\s?(?:C|F|K)(?![\\p{L}])|℃|℉', key: 'sign' }];

/** "21 °C", "minus 5 degrees Fahrenheit", "摄氏30度": a temperature with its scale when written. */
function temperatures(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  const words = locale.temperatureWords;
  tokens.forEach((t, i) => {
    if (q.used.has(i) || t.ordinal) return;
    // "一度" is "once": a lone Han digit is a temperature only with 摂氏 / 华氏 before it.
    const after = t.weak
      ? undefined
      : (pickUnit(text, t.end, DEGREE_SIGNS, '\\s?') ?? pickUnit(text, t.end, words?.after, '\\s?'));
    let start = t.start;
    let end = after?.end;
    let unit = after?.key;
    if (unit === 'sign') {
      const sign = text.slice(t.end, end).replace(/\s/g, '');
      unit = sign === '℃' ? 'C' : sign === '℉' ? 'F' : sign.slice(-1).toUpperCase();
    }
    for (const b of words?.before ?? []) {
      const m = matchBefore(q, t.start, b.pattern);
      if (m) {
        start = m.start;
        end ??= t.end;
        if (!unit || unit === 'deg') unit = b.key;
        break;
      }
    }
    if (end === undefined || !unit) return;
    if (t.weak && start === t.start) return;
    q.used.add(i);
    push(
      q,
      'TEMPERATURE',
      start,
      end,
      { kind: 'quantity', amount: t.value, unit },
      `temperature:${amountKey(t.value)}${unit}`,
      62,
    );
  });
}

const RANGE_DASH = '\\s?[-–—~〜～]\\s?';

function nextWordIsMonth(text: string, at: number, locale: EntityLocale): boolean {
  const m = /^\s*(?:(?:de|of|del|di|du|des|de la)\s+)?(\p{L}+\.?)/u.exec(text.slice(at, at + 24));
  return (
    m !== null && (locale.months[(m[1] ?? '').toLowerCase()] !== undefined || /^[月년]/.test(m[1] ?? ''))
  );
}

function isYear(text: string, t: NumberToken): boolean {
  return (
    t.end - t.start === 4 && /^\d{4}$/.test(text.slice(t.start, t.end)) && t.value >= 1000 && t.value <= 2999
  );
}

const gapCache = new Map<string, RegExp>();
function wholeGap(joiner: string): RegExp {
  let re = gapCache.get(joiner);
  if (!re) {
    re = new RegExp(`^${joiner}$`, 'iu');
    gapCache.set(joiner, re);
  }
  return re;
}

/** "10–20", "between 3 and 5", "from 2 to 4", "3到5", "zwischen 5 und 10": two numbers as one range. */
function ranges(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  const table = locale.spelled;
  const joiners = [...(table?.rangeWords ?? [])];
  const joiner = joiners.length ? `(?:${RANGE_DASH}|\\s*(?:${alternation(joiners)})\\s*)` : RANGE_DASH;
  const openers = table?.rangeOpeners?.length
    ? `(?<![\\p{L}])(?:${alternation(table.rangeOpeners)})`
    : undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as NumberToken;
    const b = tokens[i + 1] as NumberToken;
    if (q.used.has(i) || q.used.has(i + 1) || a.ordinal || b.ordinal) continue;
    if ((a.weak || b.weak) && !/^\s?[到至]\s?$/.test(text.slice(a.end, b.start))) continue;
    if (b.start - a.end > 12) continue;
    const gap = text.slice(a.end, b.start);
    if (!wholeGap(joiner).test(gap)) continue;
    const dashed = /^\s?[-–—~〜～]\s?$/.test(gap);
    // Parts of a longer chain ("2026-01-05", "1-2-3") or two years ("2019-2020", a period dates read).
    if (/[\p{N}][-–/.:]$/u.test(text.slice(Math.max(0, a.start - 2), a.start))) continue;
    if (/^[-–/.:][\p{N}]/u.test(text.slice(b.end, b.end + 2))) continue;
    if (isYear(text, a) && isYear(text, b)) continue;
    // "2019-2020" is a period (dates read it), "3-4" after letters is a model name or a score.
    if (dashed && b.value <= a.value) continue;
    const word = gap.trim().toLowerCase();
    const opener = openers ? matchBefore(q, a.start, openers) : undefined;
    // A word joiner ("and", "to", "bis") needs an opener ("between", "from", "zwischen") or digits on both sides.
    if (!dashed && !/^[到至]$/.test(word) && !opener) continue;
    let end = b.end;
    let unit: string | undefined;
    const pct = matchAt(text, b.end, '\\s?[%％]');
    const measure = pct ? undefined : countedUnit(q, b.end);
    if (pct) {
      end += pct[0].length;
      unit = '%';
    } else if (measure) {
      unit = measure.key;
      if (isMeasure(measure.key)) end = measure.end;
    }
    // "3–5 May", "entre el 3 y el 5 de mayo": days of a month are a date range, read by the date rules.
    if (nextWordIsMonth(text, end, locale)) continue;
    const value: RangeValue = { kind: 'range', from: a.value, to: b.value };
    if (unit) value.unit = unit;
    q.used.add(i);
    q.used.add(i + 1);
    // Above the percentage or counted number at its end ("10–20%", "3 to 5 people").
    const priority = unit === '%' ? 61 : 59;
    push(
      q,
      'NUMBER_RANGE',
      opener ? opener.start : a.start,
      end,
      value,
      `range:${amountKey(a.value)}-${amountKey(b.value)}${unit ?? ''}`,
      priority,
    );
    i++;
  }
}

/** "1st", "3e", "2º", "第3", "第三", "3번째": ordinals written with digits or Han numerals. */
function digitOrdinals(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  const suffix = locale.spelled?.ordinalDigitSuffix;
  tokens.forEach((t, i) => {
    if (q.used.has(i) || t.ordinal || t.value < 0 || !Number.isInteger(t.value)) return;
    let start = t.start;
    let end: number | undefined;
    if (suffix && t.shape === 'digits') {
      const m = matchAt(text, t.end, suffix, WORD_END);
      if (m) end = t.end + m[0].length;
    }
    if (end === undefined && text[t.start - 1] === '第' && (t.shape === 'digits' || t.shape === 'han')) {
      start = t.start - 1;
      end = t.end;
    }
    if (end === undefined && locale.lang === 'ko') {
      const m = matchAt(text, t.end, '\\s?(?:번째|째)');
      if (m) end = t.end + m[0].length;
    }
    if (end === undefined) return;
    q.used.add(i);
    push(
      q,
      'ORDINAL',
      start,
      end,
      { kind: 'quantity', amount: t.value },
      `ordinal:${amountKey(t.value)}`,
      44,
    );
  });
}

/** "vingt et un ans", "twenty-five years": a duration counted in words (the digit ones are read elsewhere). */
function spelledDurations(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  const units = Object.keys(locale.durationUnits);
  if (!units.length) return;
  const alt = `(?:\\s*-\\s*|\\s*)(${alternation(units)})${LATIN_END}`;
  tokens.forEach((t, i) => {
    if (q.used.has(i) || t.shape === 'digits' || t.shape === 'written' || t.ordinal || t.weak || t.value <= 0)
      return;
    const m = matchAt(text, t.end, alt);
    if (!m) return;
    const iso = durationIso(t.value, (m[1] ?? '').toLowerCase(), locale.durationUnits);
    q.used.add(i);
    q.out.push({
      type: 'DURATION',
      start: t.start,
      end: t.end + m[0].length,
      key: `duration:${iso}`,
      value: { kind: 'duration', iso, qualifier: 'exact' },
      confidence: 0.85,
      recognizer: 'rules:duration',
      priority: 70,
    });
  });
}

/** "1/4 mile", "two kilometres", "三公里": a measure not written in plain digits, its unit inside the span. */
function measures(q: PhraseScan): void {
  const { tokens } = q;
  tokens.forEach((t, i) => {
    if (q.used.has(i) || t.shape === 'digits' || t.ordinal || t.weak) return;
    const unit = countedUnit(q, t.end);
    if (!unit) return;
    q.used.add(i);
    const end = isMeasure(unit.key) ? unit.end : t.end;
    push(q, 'NUMBER', t.start, end, amountOf(t, unit.key), `number:${amountKey(t.value)}`, 59);
  });
}

/** The value of a counted or bare number, with the bound its numeral states ("十余万": over). */
function amountOf(t: NumberToken, unit?: string): QuantityValue {
  const value: QuantityValue = { kind: 'quantity', amount: t.value };
  if (unit) value.unit = unit;
  if (t.qualifier) value.qualifier = t.qualifier;
  return value;
}

/** A counter of the locale right after the token ("三双", "十个"), not the start of another word. */
function counterAfter(q: PhraseScan, t: NumberToken): boolean {
  const table = q.locale.spelled;
  const at = t.end;
  if (!table?.counters?.some((c) => q.text.startsWith(c, at))) return false;
  return !(table.notNumbers ?? []).some((w) => q.text.startsWith(w, at));
}

/** What is left: spelled, Han, Hangul, signed, fractional and space-grouped numbers (plain digits are read elsewhere). */
function bareNumbers(q: PhraseScan): void {
  q.tokens.forEach((t, i) => {
    if (q.used.has(i) || t.shape === 'digits') return;
    // A lone digit is a number before a counter ("三双", "十个"), but "一个" is an article's "a".
    if (t.weak && (t.value === 1 || !counterAfter(q, t))) return;
    // "one of its researchers", "uno dei team": a lone word for one is a pronoun or an article as often
    // as a number, so it counts only with a unit, currency or percent word after it (read above).
    if (t.shape === 'words' && t.value === 1 && !t.ordinal && !/\s/.test(q.text.slice(t.start, t.end)))
      return;
    if (t.ordinal) {
      push(
        q,
        'ORDINAL',
        t.start,
        t.end,
        { kind: 'quantity', amount: t.value },
        `ordinal:${amountKey(t.value)}`,
        44,
      );
      return;
    }
    // Below chrono's dates (45): "primo marzo", "the first of May" and "十二月" stay dates; above the
    // amount rules (55) where this reading goes further than theirs.
    const priority = t.beyondAmount ? 56 : t.shape === 'written' || t.shape === 'signed' ? 21 : 44;
    push(q, 'NUMBER', t.start, t.end, amountOf(t), `number:${amountKey(t.value)}`, priority);
  });
}

/** NUMBER (in words, Han, signed, fractions), ORDINAL, NUMBER_RANGE, AGE, TEMPERATURE and worded PERCENT and MONEY. */
export function numberPhraseCandidates(
  text: string,
  locale: EntityLocale,
  decimalComma: boolean,
): Candidate[] {
  const q: PhraseScan = {
    text,
    locale,
    tokens: numberTokens(text, locale, decimalComma),
    out: [],
    used: new Set(),
    currency: currencyIndex([locale]),
  };
  ages(q);
  temperatures(q);
  percents(q);
  spelledMoney(q);
  spelledDurations(q);
  measures(q);
  ranges(q);
  digitOrdinals(q);
  bareNumbers(q);
  return q.out;
}
