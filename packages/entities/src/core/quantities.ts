import type { EntityLocale, RolePattern } from '../locales/types';
import type { DurationQualifier, DurationValue, QuantityValue } from '../types';
import { amountKey, type Candidate, matchCandidate, spanCandidate } from './candidate';
import { type CurrencyIndex, currencyIndex, currencyOutruns } from './currency-words';
import { DECIMAL_COMMA_LANGS, HAN_NUMERAL_CHARS, parseArabic, parseHanNumeral } from './numerals';
import { alternation, escapeRegExp } from './text';

// Chinese and Japanese put numbers right after letters (は12%): only cased letters block a number.
// A number does not start inside another: after a digit or separator, nor two no-break-space groups
// into a number ("1 000 000"), where a start could only repeat the failed attempt of the first group
// (every suffix below needs a non-digit after the number): without it, "0 0 0 …" is quadratic.
const NB =
  '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}_.,-])(?<!\\d[\\u00a0\\u202f]\\d+(?:[.,]\\d+)*[\\u00a0\\u202f])';
const NA = '(?![\\p{L}\\p{N}])';
const DIGITS = '\\d+(?:[.,\\u00a0\\u202f]\\d+)*';
const HAN_NUM = `[${HAN_NUMERAL_CHARS}]+`;

interface QuantityRegexes {
  latinDuration: RegExp | undefined;
  cjkDuration: RegExp | undefined;
  shortDuration: RegExp | undefined;
  percent: RegExp;
  /** A symbol with a currency sign before the amount ("$5", "HK$2bn", "€3 million"). */
  moneyBefore: RegExp;
  /** An amount and its scale word, where a currency may follow (looked up, not in the pattern). */
  moneyAfter: RegExp;
  scaled: RegExp | undefined;
  cjkAmount: RegExp;
  unitNumber: RegExp | undefined;
}
const cache = new Map<string, QuantityRegexes>();

// Korean writes the myriad scales in Hangul (만 억 조); they read like the Han ones.
const HANGUL_SCALES = '만억조';
const HANGUL_TO_HAN: Record<string, string> = { 만: '万', 억: '億', 조: '兆' };
// A character of a CJK amount; a comma or point only between two digits ("四十五，4.78万" is two numbers).
const CJK_BODY = `(?:[0-9${HAN_NUMERAL_CHARS}${HANGUL_SCALES}]|(?<=[0-9])[.,](?=[0-9]))`;
// What an amount can start with (not a point or comma: those need a digit before them, which the
// lookbehind forbids). Said first, it lets V8 pass over other characters without trying the lookbehind.
const CJK_AMOUNT_FIRST = `(?=[数幾几0-9${HAN_NUMERAL_CHARS}${HANGUL_SCALES}])`;
const toHan = (s: string) => s.replace(/[만억조]/g, (c) => HANGUL_TO_HAN[c] ?? c);

const isLatinWord = (w: string) => /^[\p{Script=Latin}\p{Script=Cyrillic}\s.'’-]+$/u.test(w);

function regexes(locales: EntityLocale[]): QuantityRegexes {
  const id = locales.map((l) => l.lang).join('+');
  const hit = cache.get(id);
  if (hit) return hit;
  const units = Object.keys(Object.assign({}, ...locales.map((l) => l.durationUnits)));
  const latinUnits = units.filter(isLatinWord);
  const cjkUnits = units.filter((u) => !isLatinWord(u));
  const words = Object.keys(Object.assign({}, ...locales.map((l) => l.numberWords)));
  const quals = Object.keys(Object.assign({}, ...locales.map((l) => l.qualifiers)));
  const qualsAfter = Object.keys(Object.assign({}, ...locales.map((l) => l.qualifiersAfter ?? {})));
  const scales = Object.keys(Object.assign({}, ...locales.map((l) => l.scaleWords)));
  const latinScales = scales.filter(isLatinWord);
  const percents = [...new Set(locales.flatMap((l) => l.percentWords))].filter(
    (p) => p !== '%' && p !== '％',
  );
  const latinQuals = quals.filter(isLatinWord);
  const cjkQuals = quals.filter((q) => !isLatinWord(q));
  const unitsAfter = [
    ...new Set(locales.flatMap((l) => (l.unitsAfter ?? []).map((u) => `(?:${u.pattern})`))),
  ];
  const unitsBefore = [
    ...new Set(locales.flatMap((l) => (l.unitsBefore ?? []).map((u) => `(?:${u.pattern})`))),
  ];
  const latinWords = words.filter(isLatinWord);
  const numAlt = words.length ? `${DIGITS}|${alternation(latinWords)}` : DIGITS;
  const r: QuantityRegexes = {
    // One word may stand between the number and its unit ("sieben prägenden Jahren"), but not another
    // number: in "a sei anni" (Italian "to six years") the English article "a" is no count of years.
    latinDuration: latinUnits.length
      ? new RegExp(
          `${NB}(?:(${alternation(latinQuals)})\\s+)?(${numAlt})(?:\\s+|-)(?:(?!(?:${alternation([...latinUnits, ...latinWords])})\\b)\\p{Ll}+\\s+)?(${alternation(latinUnits)})${NA}`,
          'giu',
        )
      : undefined,
    cjkDuration: cjkUnits.length
      ? new RegExp(
          `(?=[0-9${HAN_NUMERAL_CHARS}]${cjkQuals.length ? `|${alternation(cjkQuals)}` : ''})(?:(${alternation(cjkQuals.length ? cjkQuals : ['\u0000'])})\\s*)?(?<![0-9${HAN_NUMERAL_CHARS}])(${DIGITS}|${HAN_NUM})\\s*(${alternation(cjkUnits)})(?:\\s*(${alternation(qualsAfter.length ? qualsAfter : ['\u0000'])}))?`,
          'gu',
        )
      : undefined,
    shortDuration: shortDurationRegex(locales, cjkQuals, qualsAfter),
    percent: new RegExp(
      `${NB}(${DIGITS})\\s*(%|％${percents.length ? `|${alternation(percents)}` : ''})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    // Which symbol, from the currency words: any sign, with up to three capitals before it ("NT$").
    moneyBefore: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\p{Lu}{0,3}\\p{Sc})\\s?(${DIGITS})(?:\\s*(${alternation(latinScales.length ? latinScales : ['\u0000'])})(?![\\p{L}]))?`,
      'giu',
    ),
    moneyAfter: new RegExp(
      `${NB}(${DIGITS})(?:\\s*(${alternation(latinScales.length ? latinScales : ['\u0000'])})(?![\\p{L}\\p{N}]))?`,
      'giu',
    ),
    scaled: latinScales.length
      ? new RegExp(`${NB}(${DIGITS})\\s*(${alternation(latinScales)})(?![\\p{L}\\p{N}])`, 'giu')
      : undefined,
    // In every language: a Han amount may be quoted in any text ("25億ドル"). The currency after the
    // amount is looked up where the amount ends.
    cjkAmount: new RegExp(
      `${CJK_AMOUNT_FIRST}(?<![0-9.,${HAN_NUMERAL_CHARS}${HANGUL_SCALES}])(数|幾|几|${CJK_BODY}+(?:[ \\u00a0][万萬亿億兆${HANGUL_SCALES}]${CJK_BODY}*)?)`,
      'gu',
    ),
    unitNumber:
      unitsAfter.length || unitsBefore.length
        ? new RegExp(
            `(?=\\d${unitsBefore.length ? `|${unitsBefore.join('|')}` : ''})${NB}(?:(${unitsBefore.length ? unitsBefore.join('|') : '\u0000'})\\s?)?(${DIGITS})(?:\\s?(${unitsAfter.length ? unitsAfter.join('|') : '\u0000'})(?![\\p{Script=Latin}]))?`,
            'giu',
          )
        : undefined,
  };
  cache.set(id, r);
  return r;
}

/** "7分後", "2分44秒", "7분 만에": units read only after digits (see `EntityLocale.shortDurationUnits`). */
function shortDurationRegex(
  locales: EntityLocale[],
  quals: string[],
  qualsAfter: string[],
): RegExp | undefined {
  const short = locales.flatMap((l) => (l.shortDurationUnits ? [l.shortDurationUnits] : []));
  const units = short.flatMap((s) => Object.keys(s.units));
  if (units.length === 0) return undefined;
  const notBefore = escapeRegExp(short.map((s) => s.notBefore).join(''));
  const hourMarks = escapeRegExp(short.map((s) => s.hourMarks).join(''));
  const minuteMarks = escapeRegExp(short.map((s) => s.minuteMarks).join(''));
  // Not the minutes or seconds of a clock time: "21時25分", "17点55分23秒".
  const clock = `[${hourMarks}][ \\u00a0]?(?:\\d{1,2}[ \\u00a0]?[${minuteMarks}][ \\u00a0]?)?`;
  return new RegExp(
    `(?:(${alternation(quals.length ? quals : ['\u0000'])})\\s*)?(?<![0-9.,]|${clock})(\\d+)[ \\u00a0]?(${alternation(units)})(?![${notBefore}])(?:\\s*(${alternation(qualsAfter.length ? qualsAfter : ['\u0000'])}))?`,
    'gu',
  );
}

const wholeWordCache = new Map<string, RegExp>();
/** `^(?:pattern)$`, compiled once per pattern source. */
function wholeWord(pattern: string): RegExp {
  let re = wholeWordCache.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${pattern})$`, 'iu');
    wholeWordCache.set(pattern, re);
  }
  return re;
}

function merged<T>(
  locales: EntityLocale[],
  pick: (l: EntityLocale) => Record<string, T> | undefined,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const l of [...locales].reverse()) Object.assign(out, pick(l) ?? {});
  return out;
}

function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return table[key] ?? table[key.toLowerCase()];
}

/** One text being read for quantities: the merged locale tables, and the candidates found so far. */
interface QuantityScan {
  text: string;
  locales: EntityLocale[];
  lang: string;
  rx: QuantityRegexes;
  decimalComma: boolean;
  words: Record<string, number>;
  units: Record<string, string>;
  quals: Record<string, DurationQualifier>;
  qualsAfter: Record<string, DurationQualifier>;
  scales: Record<string, number>;
  currency: CurrencyIndex;
  /** Words between an amount and its currency ("de" in "3 millions de francs suisses"). */
  linkers: string[];
  out: Candidate[];
}

function readNumber(q: QuantityScan, s: string): number | undefined {
  const w = lookup(q.words, s);
  if (w !== undefined) return w;
  if (/^[0-9]/.test(s)) return parseArabic(s, q.decimalComma);
  return parseHanNumeral(s);
}

/** The ISO 8601 duration of `n` `unit`s ("sieben Jahren" → P7Y, "two decades" → P20Y). */
export function durationIso(n: number, unit: string, units: Record<string, string>): string {
  const designator = lookup(units, unit) ?? 'Y';
  let amount = n;
  if (/^decad|^decenn|^jahrzehnt/i.test(unit)) amount *= 10;
  return designator === 'H' || designator === 'S'
    ? `PT${amountKey(amount)}${designator}`
    : designator === 'MIN'
      ? `PT${amountKey(amount)}M`
      : `P${amountKey(amount)}${designator}`;
}

function pushDuration(
  q: QuantityScan,
  m: { index: number; 0: string },
  n: number,
  unit: string,
  qualifier: DurationQualifier,
): void {
  const iso = durationIso(n, unit, q.units);
  const value: DurationValue = { kind: 'duration', iso, qualifier };
  q.out.push(matchCandidate(m, 'DURATION', `duration:${iso}`, 0.9, 'rules:duration', 70, { value }));
}

function pushQuantity(
  q: QuantityScan,
  type: 'MONEY' | 'PERCENT' | 'NUMBER',
  start: number,
  end: number,
  amount: number,
  unit: string | undefined,
  priority: number,
  approximate = false,
): void {
  const value: QuantityValue = { kind: 'quantity', amount };
  if (unit) value.unit = unit;
  if (approximate) value.approximate = true;
  const key =
    type === 'MONEY'
      ? `money:${amountKey(amount)}${unit ?? ''}`
      : type === 'PERCENT'
        ? `percent:${amountKey(amount)}`
        : `number:${amountKey(amount)}`;
  const confidence = approximate ? 0.6 : 0.9;
  q.out.push(
    spanCandidate(start, end, type, key, confidence, `rules:${type.toLowerCase()}`, priority, { value }),
  );
}

/** "sette anni", "nearly seven years", "近 7 年来": a count of a time unit, with its qualifier. */
function durations(q: QuantityScan): void {
  const { text, rx, quals, qualsAfter } = q;
  if (rx.latinDuration) {
    for (const m of text.matchAll(rx.latinDuration)) {
      const n = readNumber(q, m[2] ?? '');
      if (n === undefined || n <= 0 || n >= 1000) continue;
      const qualifier = m[1] ? (lookup(quals, m[1]) ?? 'exact') : 'exact';
      pushDuration(q, m, n, m[3] ?? '', qualifier);
    }
  }
  for (const re of [rx.cjkDuration, rx.shortDuration]) {
    if (!re) continue;
    for (const m of text.matchAll(re)) {
      const n = readNumber(q, m[2] ?? '');
      if (n === undefined || n <= 0 || n >= 1000) continue;
      let qualifier: DurationQualifier = m[1] ? (quals[m[1]] ?? 'exact') : 'exact';
      if (m[4]) qualifier = qualsAfter[m[4]] ?? qualifier;
      pushDuration(q, m, n, m[3] ?? '', qualifier);
    }
  }
}

/** Percentages, sums of money with a symbol or currency word, and numbers with a scale word ("3 million"). */
function percentsAndMoney(q: QuantityScan): void {
  const { text, rx, scales, currency } = q;
  for (const m of text.matchAll(rx.percent)) {
    const n = readNumber(q, m[1] ?? '');
    if (n !== undefined) pushQuantity(q, 'PERCENT', m.index, m.index + m[0].length, n, '%', 60);
  }
  for (const m of text.matchAll(rx.moneyBefore)) {
    // The whole symbol must be a currency's: "NT$" is the Taiwan dollar, an unknown "Z$" no sum.
    const symbol = currency.at(text, m.index);
    if (symbol?.end !== m.index + (m[1] ?? '').length) continue;
    const n = readNumber(q, m[2] ?? '');
    if (n === undefined) continue;
    const scale = m[3] ? (lookup(scales, m[3]) ?? 1) : 1;
    pushQuantity(q, 'MONEY', m.index, m.index + m[0].length, n * scale, symbol.code, 60);
  }
  for (const m of text.matchAll(rx.moneyAfter)) {
    const end = m.index + m[0].length;
    const cur = currency.after(text, end, q.linkers);
    if (!cur) continue;
    const n = readNumber(q, m[1] ?? '');
    if (n === undefined) continue;
    const scale = m[2] ? (lookup(scales, m[2]) ?? 1) : 1;
    pushQuantity(q, 'MONEY', m.index, cur.end, n * scale, cur.code, 60);
  }
  if (rx.scaled) {
    for (const m of text.matchAll(rx.scaled)) {
      const n = readNumber(q, m[1] ?? '');
      const scale = lookup(scales, m[2] ?? '');
      if (n === undefined || scale === undefined) continue;
      // A one-letter scale ("5 m", "3 b") is too ambiguous without a currency.
      if ((m[2] ?? '').length === 1) continue;
      pushQuantity(q, 'NUMBER', m.index, m.index + m[0].length, n * scale, undefined, 55);
    }
  }
}

const MAGNITUDE_LEAD: Record<string, number> = {
  tens: 10,
  dozens: 12,
  hundreds: 100,
  thousands: 1000,
  decine: 10,
  centinaia: 100,
  migliaia: 1000,
  dutzende: 12,
  hunderte: 100,
  tausende: 1000,
};
const MAGNITUDE_TAIL: Record<string, number> = {
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  migliaia: 1e3,
  milioni: 1e6,
  miliardi: 1e9,
  millionen: 1e6,
  milliarden: 1e9,
};

/** The words that join an order of magnitude to its currency: "of" in "tens of millions of dollars". */
const MAGNITUDE_LINKERS = ['of', 'di', 'von'];

/** "tens of millions of dollars", "centinaia di migliaia": an order of magnitude, marked approximate. */
function magnitudes(q: QuantityScan): void {
  for (const m of q.text.matchAll(
    /(?=[tdhcm])(?<![\p{L}\p{N}])(tens|dozens|hundreds|thousands|decine|centinaia|migliaia|dutzende|hunderte|tausende)\s+(?:of|di|von)\s+(thousands|millions|billions|migliaia|milioni|miliardi|millionen|milliarden)(?![\p{L}])/giu,
  )) {
    const amount =
      (MAGNITUDE_LEAD[(m[1] ?? '').toLowerCase()] ?? 10) * (MAGNITUDE_TAIL[(m[2] ?? '').toLowerCase()] ?? 1);
    const cur = q.currency.after(q.text, m.index + m[0].length, MAGNITUDE_LINKERS);
    const end = cur?.end ?? m.index + m[0].length;
    pushQuantity(q, cur ? 'MONEY' : 'NUMBER', m.index, end, amount, cur?.code, 56, true);
  }
}

/** 数十亿美元: "several tens of hundred millions" → an order of magnitude, marked approximate. */
function vagueCjkAmount(q: QuantityScan, index: number): void {
  const { text } = q;
  const tail = /^([十百千]?)([万萬亿億兆]?)/.exec(text.slice(index + 1));
  const head = tail?.[0] ?? '';
  if (!head) return;
  const amount = parseHanNumeral(head) ?? 1;
  const headEnd = index + 1 + head.length;
  const cur = q.currency.at(text, headEnd);
  if (cur) pushQuantity(q, 'MONEY', index, cur.end, amount, cur.code, 61, true);
  else if (/[万萬亿億兆]/.test(head)) pushQuantity(q, 'NUMBER', index, headEnd, amount, undefined, 61, true);
}

/** Amounts written with Han or Hangul scales ("25 亿美元", "3만 명"), with or without a currency. */
const SCALE_OR_VAGUE = /[万萬亿億兆千百十만억조数幾几]/;

function cjkAmounts(q: QuantityScan): void {
  const { text, rx } = q;
  const negatives = q.locales.flatMap((l) => l.spelled?.negatives ?? []);
  for (const m of text.matchAll(rx.cjkAmount)) {
    const amountEnd = m.index + m[0].length;
    // "300万人民币", "5억 원": the currency right after the amount or one space on.
    const currency =
      q.currency.at(text, amountEnd) ??
      (/[ \u00a0]/.test(text[amountEnd] ?? '') ? q.currency.at(text, amountEnd + 1) : undefined);
    // Digits without a scale or a currency ("2026") are no amount: most matches, left before any string is made.
    if (currency === undefined && !SCALE_OR_VAGUE.test(m[1] as string)) continue;
    // "25 亿美元": a space between the digits and the myriad scale is still one amount.
    const body = toHan(m[1] ?? '').replace(/[ \u00a0]/g, '');
    const cur = currency?.code;
    const hasScale = /[万萬亿億兆千百十]/.test(body);
    if (body === '数' || body === '幾' || body === '几') {
      vagueCjkAmount(q, m.index);
      continue;
    }
    if (!/[0-9]/.test(body) && !hasScale) continue;
    // Scale characters alone ("万", "万万") are words, not amounts; so is one leading a word ("万一": in case).
    if (!/[0-9〇零一二两兩両三四五六七八九十百千]/.test(body) || /^[万萬亿億兆]/.test(body)) continue;
    if (!hasScale && !cur) continue;
    if (/^[0-9.,]+$/.test(body) && !cur) continue;
    const n = /^[0-9.,]+$/.test(body)
      ? parseArabic(body, q.decimalComma)
      : parseHanNumeral(q.decimalComma ? body.replace(/\./g, '').replace(',', '.') : body.replace(/,/g, ''));
    if (n === undefined || n === 0) continue;
    // A lone han digit before a classifier (一家, 一波) is not a quantity worth a mention.
    if (!cur && !/[万萬亿億兆]/.test(body)) continue;
    // "负四十五亿": the locale's negative word before the amount is its sign, inside the span.
    const sign = negatives.find((w) => text.startsWith(w, m.index - w.length));
    const start = sign ? m.index - sign.length : m.index;
    pushQuantity(
      q,
      cur ? 'MONEY' : 'NUMBER',
      start,
      currency?.end ?? amountEnd,
      sign ? -n : n,
      cur,
      cur ? 60 : 55,
    );
  }
}

const approximateCache = new Map<string, RegExp>();

/** "une quarantaine de", "una decina di": a round number said as a noun, read as about that many. */
function approximateNouns(q: QuantityScan): void {
  const words = q.locales[0]?.approximateNumbers;
  if (!words) return;
  const lang = q.locales[0]?.lang ?? '';
  let re = approximateCache.get(lang);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${words.article})\\s+(${Object.keys(words.nouns).join('|')})\\s+(?:${words.after})(?:(?<=['’])|(?!\\p{L}))`,
      'giu',
    );
    approximateCache.set(lang, re);
  }
  for (const m of q.text.matchAll(re)) {
    const noun = m[1] ?? '';
    const amount = Object.entries(words.nouns).find(([pattern]) => wholeWord(pattern).test(noun))?.[1];
    if (amount === undefined) continue;
    const start = m.index;
    const value: QuantityValue = { kind: 'quantity', amount, qualifier: 'about' };
    q.out.push(
      spanCandidate(
        start,
        m.index + m[0].indexOf(noun) + noun.length,
        'NUMBER',
        `number:${amount}`,
        0.8,
        'rules:number',
        62,
        {
          value,
        },
      ),
    );
  }
}

/** Units that measure (a length, a mass…), as opposed to counters of people and magnitudes. */
export function isMeasure(unit: string): boolean {
  return unit !== 'person' && unit !== 'magnitude';
}

/** "31人", "マグニチュード6.8", "규모 6.8", "10 km": a counted or measured number keeps its unit. */
function unitNumbers(q: QuantityScan): void {
  const { text, rx, locales } = q;
  if (!rx.unitNumber) return;
  const unitOf = (word: string | undefined, pick: (l: EntityLocale) => RolePattern[] | undefined) => {
    if (!word) return undefined;
    for (const l of locales) for (const u of pick(l) ?? []) if (wholeWord(u.pattern).test(word)) return u.key;
    return undefined;
  };
  for (const m of text.matchAll(rx.unitNumber)) {
    if (!m[1] && !m[3]) continue;
    const n = readNumber(q, m[2] ?? '');
    const unit = unitOf(m[3], (l) => l.unitsAfter) ?? unitOf(m[1], (l) => l.unitsBefore);
    if (n === undefined || !unit) continue;
    // A counter or a magnitude word ("人", "morts", "magnitude") stays out of the span: the span is the
    // number, so the word remains readable as a cue around it ("20 morts" is a toll). A measure's unit
    // ("10 km") is part of what the number says, so it is inside.
    const start = m.index + (m[1] ? m[0].indexOf(m[2] ?? '', m[1].length) : 0);
    const numberEnd = start + (m[2] ?? '').length;
    if (m[3] && currencyOutruns(q.currency, text, numberEnd, m.index + m[0].length)) continue;
    const end = m[3] && isMeasure(unit) ? m.index + m[0].length : numberEnd;
    pushQuantity(q, 'NUMBER', start, end, n, unit, 58);
  }
}

/** Any other number, at the lowest priority: every reading above wins over it. */
function plainNumbers(q: QuantityScan): void {
  for (const m of q.text.matchAll(
    /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}_.,\-/#])\d+(?:[.,]\d+)*(?![\p{Script=Latin}\p{N}_]|[.,]\d|-\p{L})/gu,
  )) {
    const n = parseArabic(m[0], q.decimalComma);
    if (n === undefined) continue;
    pushQuantity(q, 'NUMBER', m.index, m.index + m[0].length, n, undefined, 20);
  }
}

/** DURATION, MONEY, PERCENT and NUMBER mentions. `locales[0]` is the document's language. */
export function quantityCandidates(text: string, locales: EntityLocale[], lang: string): Candidate[] {
  const q: QuantityScan = {
    text,
    locales,
    lang,
    rx: regexes(locales),
    decimalComma: DECIMAL_COMMA_LANGS.has(lang),
    words: merged(locales, (l) => l.numberWords),
    units: merged(locales, (l) => ({ ...l.shortDurationUnits?.units, ...l.durationUnits })),
    quals: merged(locales, (l) => l.qualifiers),
    qualsAfter: merged(locales, (l) => l.qualifiersAfter),
    scales: merged(locales, (l) => l.scaleWords),
    currency: currencyIndex(locales),
    linkers: locales[0]?.currencyLinkers ?? [],
    out: [],
  };
  durations(q);
  percentsAndMoney(q);
  magnitudes(q);
  cjkAmounts(q);
  approximateNouns(q);
  unitNumbers(q);
  plainNumbers(q);
  return q.out;
}
