import { getDetector } from './language-model';
import { COMMON_SHARED, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './locales/zh/characters';

const COMMON_HAN = new Set([...COMMON_SHARED, ...SIMPLIFIED_ONLY, ...TRADITIONAL_ONLY]);
// Typographic punctuation that real legacy-encoded text uses and mis-decoding rarely yields.
const TYPOGRAPHIC = new Set([...'“”‘’„–—…€«»¿¡°§·、。「」『』()!?:;,《》【】・〜ー']);
const LETTER = /\p{L}/u;
const isLetter = (cp: number) => cp >= 0x41 && LETTER.test(String.fromCodePoint(cp));

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
    else if (TYPOGRAPHIC.has(ch)) score += bytes;
    else {
      const script = scriptOf(cp);
      const prev = i > 0 ? chars[i - 1]!.codePointAt(0)! : 0x20;
      const next = i + 1 < chars.length ? chars[i + 1]!.codePointAt(0)! : 0x20;
      if (script === 'other') {
        // A symbol inside a word (`c½ur`, `Ko¨ln`) is a letter read in the wrong code page.
        score -= (isLetter(prev) && isLetter(next) ? 1.5 : 0.5) * bytes;
        continue;
      }
      // A letter is plausible when its neighbours are letters of the same script, spaces or punctuation
      // (typographic quotes included: `«È`).
      const fits = (n: number) => {
        const s = scriptOf(n);
        return (
          s === script ||
          (s === 'other' &&
            ((n < 0x80 && !(n >= 0x30 && n <= 0x39)) || TYPOGRAPHIC.has(String.fromCodePoint(n))))
        );
      };
      const upper = ch !== ch.toLowerCase();
      const prevUpperOk = !(
        upper &&
        scriptOf(prev) === script &&
        prev !== 0x20 &&
        String.fromCodePoint(prev) === String.fromCodePoint(prev).toLowerCase()
      );
      // A capital right after a small letter of its script (`γιΆ`, `DieÖ`) is rare in real words.
      if (!prevUpperOk) score -= 3;
      else score += fits(prev) && fits(next) ? 1 : -1;
    }
  }
  return weight === 0 ? 0 : score / weight;
}

const WORD = /[\p{L}\p{M}'’]+/gu;

/**
 * How well the words that hold non-ASCII characters read as some language, by eld's n-grams (eld's 0..1
 * score of its best language). Only those words differ between two decodings of the same bytes, and eld
 * reads only its first ~350 bytes, so they are gathered first: `Lefèvre` and `Lefčvre`, `größere` and
 * `grö©ere` are then what is compared.
 */
export function ngramFit(text: string): number {
  const words: string[] = [];
  let length = 0;
  let mixed = 0;
  for (const match of text.slice(0, 20_000).matchAll(WORD)) {
    const word = match[0];
    let high = false;
    for (let i = 0; i < word.length && !high; i++) high = word.charCodeAt(i) >= 0x80;
    if (!high) continue;
    // A word in two scripts (`Lefиvre`) reads as no language at all, whatever eld makes of its n-grams.
    if (mixedScript(word)) mixed++;
    else words.push(word);
    length += word.length + 1;
    if (length > 900) break;
  }
  if (words.length === 0) return 0;
  return (getDetector().detect(words.join(' ')).top * words.length) / (words.length + mixed);
}

function mixedScript(word: string): boolean {
  let first: string | undefined;
  for (const ch of word) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (script === 'other') continue;
    if (first === undefined) first = script;
    else if (script !== first) return true;
  }
  return false;
}
