import { COMMON_SHARED, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './locales/zh/characters';

const COMMON_HAN = new Set([...COMMON_SHARED, ...SIMPLIFIED_ONLY, ...TRADITIONAL_ONLY]);
// Typographic punctuation that real legacy-encoded text uses and mis-decoding rarely yields.
const TYPOGRAPHIC = new Set([...'“”‘’–—…€«»°§·、。「」『』()!?:;,《》【】・〜ー']);

function isLatinLetter(cp: number): boolean {
  return (
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7)
  );
}

function scriptOf(cp: number): 'latin' | 'cyrillic' | 'greek' | 'other' {
  if (isLatinLetter(cp)) return 'latin';
  if (cp >= 0x400 && cp <= 0x4ff) return 'cyrillic';
  if (cp >= 0x370 && cp <= 0x3ff) return 'greek';
  return 'other';
}

/**
 * Plausibility of a decoded text, per non-ASCII source byte: kana, Hangul, frequent Han characters and
 * letters that fit the word they stand in score up; rare characters, C1 controls, half-width katakana and
 * letters of one script inside a word of another score down.
 */
export function scoreDecoded(text: string): number {
  const chars = Array.from(text.slice(0, 20_000));
  let score = 0;
  let weight = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    // Multi-byte decodes consume two bytes per character: weigh them so that scores compare per byte.
    const bytes = cp >= 0x2e80 ? 2 : 1;
    weight += bytes;
    if (cp === 0xfffd || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xe000 && cp <= 0xf8ff)) score -= 3 * bytes;
    else if (cp >= 0x3040 && cp <= 0x30ff) score += bytes;
    else if (cp >= 0xac00 && cp <= 0xd7a3) score += bytes;
    else if (cp >= 0x4e00 && cp <= 0x9fff) score += COMMON_HAN.has(ch) ? bytes : 0.15 * bytes;
    else if (cp >= 0xff61 && cp <= 0xff9f) score -= bytes;
    else if (TYPOGRAPHIC.has(ch)) score += 0.5 * bytes;
    else {
      const script = scriptOf(cp);
      if (script === 'other') {
        score -= 0.5 * bytes;
        continue;
      }
      // A letter is plausible when its neighbours are letters of the same script (or spaces/punctuation).
      const prev = i > 0 ? chars[i - 1]!.codePointAt(0)! : 0x20;
      const next = i + 1 < chars.length ? chars[i + 1]!.codePointAt(0)! : 0x20;
      const fits = (n: number) => {
        const s = scriptOf(n);
        return s === script || (s === 'other' && n < 0x80 && !(n >= 0x30 && n <= 0x39));
      };
      const upper = ch !== ch.toLowerCase();
      const prevUpperOk = !(
        upper &&
        scriptOf(prev) === script &&
        prev !== 0x20 &&
        String.fromCodePoint(prev) === String.fromCodePoint(prev).toLowerCase()
      );
      score += fits(prev) && fits(next) && prevUpperOk ? 1 : -1;
    }
  }
  return weight === 0 ? 0 : score / weight;
}
