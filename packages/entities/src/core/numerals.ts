const HAN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  両: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 千: 1000, 仟: 1000 };
const HAN_BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

/** Characters that can make up a Han numeral (digits and units). */
export const HAN_NUMERAL_CHARS = '〇零一二两兩両三四五六七八九十拾百千仟万萬亿億兆';

/**
 * Value of a numeral mixing Arabic digits and Han digits/units: "七" 7, "二十五" 25, "二〇二六" 2026,
 * "1兆2000億" 1.2e12, "25億" 2.5e9. Returns undefined when the string is not a numeral.
 */
export function parseHanNumeral(s: string): number | undefined {
  if (s.length === 0) return undefined;
  // A run of digits only (二〇二六) is read positionally.
  if ([...s].every((c) => c in HAN_DIGITS)) {
    let v = 0;
    for (const c of s) v = v * 10 + (HAN_DIGITS[c] ?? 0);
    return v;
  }
  let total = 0;
  let section = 0;
  let current = 0;
  let i = 0;
  let seen = false;
  while (i < s.length) {
    const c = s[i] as string;
    if (/[0-9]/.test(c)) {
      let j = i;
      while (j < s.length && /[0-9.]/.test(s[j] as string)) j++;
      current = Number(s.slice(i, j));
      if (Number.isNaN(current)) return undefined;
      i = j;
      seen = true;
      continue;
    }
    if (c in HAN_DIGITS) {
      current = HAN_DIGITS[c] ?? 0;
      seen = true;
    } else if (c in HAN_SMALL_UNITS) {
      section += (current === 0 && !seen ? 1 : current || 1) * (HAN_SMALL_UNITS[c] ?? 1);
      current = 0;
      seen = true;
    } else if (c in HAN_BIG_UNITS) {
      total += (section + current || 1) * (HAN_BIG_UNITS[c] ?? 1);
      section = 0;
      current = 0;
      seen = true;
    } else {
      return undefined;
    }
    i++;
  }
  return seen ? total + section + current : undefined;
}

/**
 * Value of an Arabic numeral as written in `lang`: "1,2" is 1.2 where the comma is the decimal
 * separator (de, it, fr, es…), "1,000" is 1000 in English; a group of exactly three digits after a
 * separator that is not the decimal one is a thousands group.
 */
export function parseArabic(s: string, decimalComma: boolean): number | undefined {
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
