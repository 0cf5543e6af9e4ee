const HAN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  兩: 2,
  両: 2,
  贰: 2,
  貳: 2,
  弐: 2,
  倆: 2,
  俩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const HAN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const HAN_BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

/** Characters that can make up a Han numeral (digits and units, everyday and financial forms). */
export const HAN_NUMERAL_CHARS =
  '〇零一壹二两兩両贰貳弐倆俩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億兆';

/**
 * Value of a numeral mixing Arabic digits and Han digits/units: "七" 7, "二十五" 25, "二〇二六" 2026,
 * "1兆2000億" 1.2e12, "25億" 2.5e9, "1万億" 1e12 (scales multiply: 万億 is 10^12), "一万五千亿"
 * 1.5e12, "九万四" 94000 (a last digit right after a unit counts in the next unit down, unless
 * `shortTail` is false: Korean reads "삼백일" as 301).
 * Returns undefined when the string is not a numeral.
 */
export function parseHanNumeral(s: string, shortTail = true): number | undefined {
  if (s.length === 0) return undefined;
  // A run of digits only (二〇二六) is read positionally.
  if ([...s].every((c) => c in HAN_DIGITS)) {
    let v = 0;
    for (const c of s) v = v * 10 + (HAN_DIGITS[c] ?? 0);
    return v;
  }
  const h: HanReading = {
    total: 0,
    section: 0,
    current: 0,
    lastBig: Number.POSITIVE_INFINITY,
    sinceBig: false,
    lastUnit: 0,
    seen: false,
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (/[0-9]/.test(c)) {
      let j = i;
      while (j < s.length && /[0-9.]/.test(s[j] as string)) j++;
      if (h.current > 0) h.lastUnit = 0;
      h.current = Number(s.slice(i, j));
      if (Number.isNaN(h.current)) return undefined;
      i = j;
      h.seen = true;
      h.sinceBig = true;
      continue;
    }
    if (!hanStep(h, c)) return undefined;
    i++;
  }
  if (!h.seen) return undefined;
  // "九万四", "两百五": a lone last digit right after a unit is in the unit below it.
  if (shortTail && h.lastUnit > 10 && h.current > 0 && h.current < 10 && Number.isInteger(h.current))
    h.current *= h.lastUnit / 10;
  return h.total + h.section + h.current;
}

/**
 * Whether `s` is written as one numeral: no two digits side by side ("三五" is two numbers, "二〇二六"
 * aside, which has no unit), each unit of a group smaller than the one before it ("三千九百六十五",
 * not "二十三十"), and myriads decreasing unless compounded ("万億"). A numeral that passes has a
 * bounded number of units, so joining groups while it passes stays linear. Groups written apart
 * ("三千 九百 六十五", "7萬 5千 4百") are joined only when their concatenation passes this test.
 */
export function isHanNumeral(s: string): boolean {
  let small = Number.POSITIVE_INFINITY;
  let big = Number.POSITIVE_INFINITY;
  let previous: 'start' | 'digit' | 'zero' | 'small' | 'big' = 'start';
  let lastBig = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (/[0-9]/.test(c) || (c in HAN_DIGITS && HAN_DIGITS[c] !== 0)) {
      if (previous === 'digit') return false;
      while (/[0-9.]/.test(s[i + 1] ?? '') && /[0-9]/.test(c)) i++;
      previous = 'digit';
    } else if (c in HAN_DIGITS) previous = 'zero';
    else if (c in HAN_SMALL_UNITS) {
      const unit = HAN_SMALL_UNITS[c] ?? 0;
      if (unit >= small || previous === 'small') return false;
      small = unit;
      previous = 'small';
    } else if (c in HAN_BIG_UNITS) {
      const unit = HAN_BIG_UNITS[c] ?? 0;
      // A compound grows ("万億"); a repeated or falling one ("万万", "億万") is no numeral.
      if (previous === 'big' ? unit <= lastBig : unit >= big) return false;
      big = previous === 'big' ? big * unit : unit;
      lastBig = unit;
      small = Number.POSITIVE_INFINITY;
      previous = 'big';
    } else return false;
  }
  return previous !== 'start';
}

interface HanReading {
  total: number;
  section: number;
  current: number;
  lastBig: number;
  /** Something was written since the last big unit (so 万億 multiplies, 億5000万 adds). */
  sinceBig: boolean;
  /** The unit right before the current digit (0 after 零 or another digit). */
  lastUnit: number;
  seen: boolean;
}

function hanStep(h: HanReading, c: string): boolean {
  if (c in HAN_DIGITS) {
    const d = HAN_DIGITS[c] ?? 0;
    if (d === 0) h.lastUnit = 0;
    else if (h.current > 0) h.lastUnit = 0;
    h.current = d;
    h.seen = true;
    h.sinceBig = true;
    return true;
  }
  if (c in HAN_SMALL_UNITS) {
    const unit = HAN_SMALL_UNITS[c] ?? 1;
    h.section += (h.current || 1) * unit;
    h.current = 0;
    h.seen = true;
    h.sinceBig = true;
    h.lastUnit = unit;
    return true;
  }
  if (c in HAN_BIG_UNITS) {
    const unit = HAN_BIG_UNITS[c] ?? 1;
    const group = h.section + h.current;
    if (!h.sinceBig && h.total > 0) h.total *= unit;
    else if (unit > h.lastBig) h.total = (h.total + (group || 1)) * unit;
    else h.total += (group || 1) * unit;
    h.section = 0;
    h.current = 0;
    h.lastBig = unit;
    h.sinceBig = false;
    h.seen = true;
    h.lastUnit = unit;
    return true;
  }
  return false;
}

/** Whether `s` is one or more of 0–9 and nothing else. */
function isAsciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Value of an Arabic numeral as written in `lang`: "1,2" is 1.2 where the comma is the decimal
 * separator (de, it, fr, es…), "1,000" is 1000 in English; a group of exactly three digits after a
 * separator that is not the decimal one is a thousands group.
 */
export function parseArabic(s: string, decimalComma: boolean): number | undefined {
  // Most numbers in text are digits alone ("5", "2026"), which read the same in every convention:
  // without the cleaning, splits and joins below (7% of compareTexts on 80 kB of `5% $3 €4`).
  if (isAsciiDigits(s)) {
    const v = Number(s);
    return Number.isFinite(v) ? v : undefined;
  }
  const clean = s.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(clean)) return undefined;
  const dec = decimalComma ? ',' : '.';
  const group = decimalComma ? '.' : ',';
  const parts = clean.split(dec);
  if (parts.length > 2) {
    // "1.000.000" in de or "1,000,000" in en: the decimal mark is really a group mark.
    if (parts.slice(1).every((p) => p.length === 3)) return Number(parts.join('').split(group).join(''));
    return undefined;
  }
  const intPart = (parts[0] ?? '').split(group);
  if (intPart.length > 1 && !intPart.slice(1).every((g) => g.length === 3)) {
    // "2.5" in a decimal-comma language: read the group mark as a decimal point (common in tech text).
    if (intPart.length === 2 && parts.length === 1) return Number(intPart.join('.'));
    return undefined;
  }
  const v = Number(intPart.join('') + (parts.length === 2 ? `.${parts[1]}` : ''));
  return Number.isFinite(v) ? v : undefined;
}

export const DECIMAL_COMMA_LANGS = new Set([
  'de',
  'it',
  'fr',
  'es',
  'pt',
  'nl',
  'ru',
  'pl',
  'sv',
  'da',
  'fi',
  'nb',
  'cs',
  'tr',
]);
