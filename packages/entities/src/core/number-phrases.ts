import type { EntityLocale, RolePattern, SpelledNumberTable } from '../locales/types';
import type { MentionType, QuantityValue, RangeValue } from '../types';
import { amountKey, type Candidate, spanCandidate } from './candidate';
import { HAN_NUMERAL_CHARS, parseArabic, parseHanNumeral } from './numerals';
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
// A Han numeral, with a decimal part after 点 ("三点五" 3.5, "八點五" 8.5).
const HAN_RUN = new RegExp(`[${HAN_NUMERAL_CHARS}0-9.]+(?:[点點・]([〇零一二三四五六七八九0-9]+))?`, 'gu');
const HAN_DECIMAL_DIGITS = '〇一二三四五六七八九';
// 百分之 is a percent, read as one.
const CJK_FRACTION = new RegExp(
  `(?<![${HAN_NUMERAL_CHARS}0-9])([${HAN_NUMERAL_CHARS}0-9]+)分[の之]([${HAN_NUMERAL_CHARS}0-9]+)`,
  'gu',
);
const HAN_DIGIT = /[〇零一壹二两兩両贰貳弐倆俩三叁參四肆五伍六陆陸七柒八捌九玖]/;
const HAN_UNIT = /[十拾百佰千仟万萬亿億兆]/;

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

/** Han numerals ("一百五十二", "七十八万五百零六", "4.78万亿"): a digit and a unit, or Arabic digits and a myriad. */
function hanTokens(text: string, negatives: string[], out: NumberToken[]): void {
  for (const m of text.matchAll(HAN_RUN)) {
    const decimals = m[1]
      ? [...m[1]]
          .map((c) =>
            /[0-9]/.test(c) ? c : String(Math.max(0, HAN_DECIMAL_DIGITS.indexOf(c === '零' ? '〇' : c))),
          )
          .join('')
      : '';
    let body = decimals ? m[0].slice(0, m[0].length - (m[1] as string).length - 1) : m[0];
    let start = m.index;
    // Leading and trailing dots belong to the sentence.
    while (body.startsWith('.')) {
      body = body.slice(1);
      start++;
    }
    while (body.endsWith('.')) body = body.slice(0, -1);
    if (/^[0-9.]+$/.test(body) || !(HAN_DIGIT.test(body) || /[0-9]/.test(body))) continue;
    // A leading myriad is a word ("万一": in case), not a number.
    if (/^[万萬亿億兆]/.test(body)) continue;
    // A unit and a digit ("十五", "3千") make a number; digits alone ("三", "一一") only with a cue after them.
    const weak = !HAN_UNIT.test(body) && !decimals;
    const whole = parseHanNumeral(body);
    if (whole === undefined) continue;
    const value = decimals ? Number(`${whole}.${decimals}`) : whole;
    let from = start;
    let v = value;
    for (const neg of negatives) {
      if (text.startsWith(neg, start - neg.length)) {
        from = start - neg.length;
        v = -value;
        break;
      }
    }
    const end = decimals ? m.index + m[0].length : start + body.length;
    const token: NumberToken = { start: from, end, value: v, shape: 'han' };
    if (weak) token.weak = true;
    out.push(token);
  }
  // "３分の２", "三分之一": the denominator comes first.
  for (const m of text.matchAll(CJK_FRACTION)) {
    if (m[1] === '百') continue;
    const den = parseHanNumeral(m[1] ?? '');
    const num = parseHanNumeral(m[2] ?? '');
    if (den === undefined || num === undefined || den === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: num / den, shape: 'fraction' });
  }
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
const KOREAN_UNITS = /[십백천만억조]/;
const KOREAN_FRACTION =
  /(?<![영공일이삼사오육륙칠팔구십백천만억조0-9])([영공일이삼사오육륙칠팔구십백천만억조0-9]+)\s?분의\s?([영공일이삼사오육륙칠팔구십백천만억조0-9]+)/gu;

/** Sino-Korean numerals ("삼백이십일", "천오백만"): read as the Han numerals they spell; a unit is required. */
function hangulTokens(text: string, negatives: string[], out: NumberToken[]): void {
  for (const m of text.matchAll(/[영공일이삼사오육륙칠팔구십백천만억조0-9.]+/gu)) {
    const body = m[0];
    if (!KOREAN_UNITS.test(body) || !/[영공일이삼사오육륙칠팔구0-9]/.test(body)) continue;
    // Digits with a myriad alone ("3만") are read by the amount rules.
    if (/^[0-9.]+[만억조천]?$/.test(body) || /^[만억조]/.test(body)) continue;
    const value = parseHanNumeral([...body].map((c) => HAN_OF_HANGUL[c] ?? c).join(''));
    if (value === undefined || value === 0) continue;
    let from = m.index;
    let v = value;
    for (const neg of negatives) {
      const gap = text[m.index - 1] === ' ' ? 1 : 0;
      if (text.startsWith(neg, m.index - gap - neg.length)) {
        from = m.index - gap - neg.length;
        v = -value;
        break;
      }
    }
    out.push({ start: from, end: m.index + body.length, value: v, shape: 'hangul' });
  }
  // "삼분의 이" (2/3), "20분의 일": the denominator comes first, as in Japanese.
  for (const m of text.matchAll(KOREAN_FRACTION)) {
    const den = parseHanNumeral(toHanDigits(m[1] ?? ''));
    const num = parseHanNumeral(toHanDigits(m[2] ?? ''));
    if (den === undefined || num === undefined || den === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: num / den, shape: 'fraction' });
  }
}

const toHanDigits = (s: string) => [...s].map((c) => HAN_OF_HANGUL[c] ?? c).join('');

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
  if (locale.lang === 'ja' || locale.lang === 'zh' || locale.lang === 'ko')
    hanTokens(text, table.negatives ?? [], out);
  if (locale.lang === 'ko') hangulTokens(text, table.negatives ?? [], out);
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
      out.push({ start: a.start, end: b.end, value: a.value + sign * Math.abs(b.value), shape: 'fraction' });
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
 * The regex of `parts` joined, compiled once with `flags`. Keyed part by part: the parts are the same
 * strings at every token (locale words, constants), whose hashes V8 keeps, while a key joined anew at
 * each call was flattened and hashed each time (a fifth of extractMentions on 80 kB of amounts).
 */
function compiled(flags: string, parts: readonly string[]): RegExp {
  let node = regexCache;
  for (const part of [flags, ...parts]) {
    let next = node.next.get(part);
    if (!next) {
      next = { next: new Map() };
      node.next.set(part, next);
    }
    node = next;
  }
  node.re ??= new RegExp(parts.join(''), flags);
  return node.re;
}

/** The match of `parts` (joined) right at `at`, case-insensitively, or undefined. */
function matchAt(text: string, at: number, ...parts: string[]): RegExpExecArray | undefined {
  const re = compiled('iuy', parts);
  re.lastIndex = at;
  return re.exec(text) ?? undefined;
}

/** The match of `parts` (joined) ending right at `at` (spaces allowed between), in a short window. */
function matchBefore(text: string, at: number, ...parts: string[]): { start: number } | undefined {
  const from = Math.max(0, at - 40);
  // Not sticky: the search finds the leftmost start, as trying each start in turn did, in one call.
  const window = text.slice(from, at);
  const m = compiled('iu', ['(?:', ...parts, ')\\s*$']).exec(window);
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

/** "25%", "fifty percent", "百分之五十", "千分之三", "三成", "2割", "九折", "3个百分点". */
function percents(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  const words = locale.percentWords.filter((w) => w !== '%' && w !== '％');
  const after = alternation(words);
  const forms = locale.percentForms;
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
    for (const [form, factor] of Object.entries(forms?.after ?? {})) {
      if (end !== undefined) break;
      const m = matchAt(text, t.end, '\\s?(?:', form, ')');
      if (!m) continue;
      end = t.end + m[0].length;
      // "九折" is 90%, "75折" 75%: a factor applies to a count of tenths, not to a whole percentage.
      value = t.value * factor > 100 && t.value <= 100 ? t.value : t.value * factor;
    }
    let start = t.start;
    for (const [form, factor] of Object.entries(forms?.before ?? {})) {
      const m = matchBefore(text, t.start, form);
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

/** "three million dollars", "vingt euros": a spelled amount and a currency word after it. */
function spelledMoney(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  const currencies = Object.keys(locale.currencies).filter((c) => /^\p{L}/u.test(c));
  if (!currencies.length) return;
  const alt = `\\s*(?:(?:de|d'|of|di)\\s*)?(${alternation(currencies)})${WORD_END}`;
  tokens.forEach((t, i) => {
    if (q.used.has(i) || t.shape === 'digits' || t.ordinal || t.weak) return;
    const m = matchAt(text, t.end, alt);
    const code = m
      ? (locale.currencies[(m[1] ?? '').toLowerCase()] ?? locale.currencies[m[1] ?? ''])
      : undefined;
    if (!m || !code) return;
    q.used.add(i);
    push(
      q,
      'MONEY',
      t.start,
      t.end + m[0].length,
      { kind: 'quantity', amount: t.value, unit: code },
      `money:${amountKey(t.value)}${code}`,
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
        const m = matchBefore(text, t.start, w);
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

/** "21 °C", "minus 5 degrees Fahrenheit", "摄氏30度": a temperature with its scale when written. */
function temperatures(q: PhraseScan): void {
  const { text, locale, tokens } = q;
  const words = locale.temperatureWords;
  tokens.forEach((t, i) => {
    if (q.used.has(i) || t.ordinal) return;
    // "一度" is "once": a lone Han digit is a temperature only with 摂氏 / 华氏 before it.
    const after = t.weak
      ? undefined
      : (pickUnit(text, t.end, [{ pattern: '°\\s?(?:C|F|K)(?![\\p{L}])|℃|℉', key: 'sign' }], '\\s?') ??
        pickUnit(text, t.end, words?.after, '\\s?'));
    let start = t.start;
    let end = after?.end;
    let unit = after?.key;
    if (unit === 'sign') {
      const sign = text.slice(t.end, end).replace(/\s/g, '');
      unit = sign === '℃' ? 'C' : sign === '℉' ? 'F' : sign.slice(-1).toUpperCase();
    }
    for (const b of words?.before ?? []) {
      const m = matchBefore(text, t.start, b.pattern);
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
    const opener = openers ? matchBefore(text, a.start, openers) : undefined;
    // A word joiner ("and", "to", "bis") needs an opener ("between", "from", "zwischen") or digits on both sides.
    if (!dashed && !/^[到至]$/.test(word) && !opener) continue;
    let end = b.end;
    let unit: string | undefined;
    const pct = matchAt(text, b.end, '\\s?[%％]');
    const measure = pct ? undefined : pickUnit(text, b.end, locale.unitsAfter, '\\s?');
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
  const { text, locale, tokens } = q;
  tokens.forEach((t, i) => {
    if (q.used.has(i) || t.shape === 'digits' || t.ordinal || t.weak) return;
    const unit = pickUnit(text, t.end, locale.unitsAfter, '\\s?');
    if (!unit) return;
    q.used.add(i);
    const end = isMeasure(unit.key) ? unit.end : t.end;
    push(
      q,
      'NUMBER',
      t.start,
      end,
      { kind: 'quantity', amount: t.value, unit: unit.key },
      `number:${amountKey(t.value)}`,
      59,
    );
  });
}

/** What is left: spelled, Han, Hangul, signed, fractional and space-grouped numbers (plain digits are read elsewhere). */
function bareNumbers(q: PhraseScan): void {
  q.tokens.forEach((t, i) => {
    if (q.used.has(i) || t.shape === 'digits' || t.weak) return;
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
    // Below chrono's dates (45): "primo marzo", "the first of May" and "十二月" stay dates.
    const priority = t.shape === 'written' || t.shape === 'signed' ? 21 : 44;
    push(
      q,
      'NUMBER',
      t.start,
      t.end,
      { kind: 'quantity', amount: t.value },
      `number:${amountKey(t.value)}`,
      priority,
    );
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
