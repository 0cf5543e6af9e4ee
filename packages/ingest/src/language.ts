import { getDetector } from './language-model';
import { JAPANESE_ONLY_KANJI } from './locales/ja/characters';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './locales/zh/characters';

export interface LanguageGuess {
  /** BCP 47 language subtag or `und`. */
  lang: string;
  confidence: number;
  /** `Hans` / `Hant` for Chinese when the characters tell. */
  script?: string;
}

const codePoints = (chars: string) => new Set([...chars].map((ch) => ch.codePointAt(0)!));
const SIMPLIFIED = codePoints(SIMPLIFIED_ONLY);
const TRADITIONAL = codePoints(TRADITIONAL_ONLY);
const LETTER = /\p{L}/u;
// Characters that are in both lists (e.g. 当, 点 are also Japanese) count as Chinese evidence only.
const JAPANESE = new Set(
  [...codePoints(JAPANESE_ONLY_KANJI)].filter((c) => !SIMPLIFIED.has(c) && !TRADITIONAL.has(c)),
);

interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
  cyrillic: number;
  greek: number;
  arabic: number;
  hebrew: number;
  thai: number;
  devanagari: number;
  other: number;
  simplified: number;
  traditional: number;
  japanese: number;
}

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = {
    han: 0,
    kana: 0,
    hangul: 0,
    latin: 0,
    cyrillic: 0,
    greek: 0,
    arabic: 0,
    hebrew: 0,
    thai: 0,
    devanagari: 0,
    other: 0,
    simplified: 0,
    traditional: 0,
    japanese: 0,
  };
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x41) continue;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (
      (cp >= 0x41 && cp <= 0x5a) ||
      (cp >= 0x61 && cp <= 0x7a) ||
      (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7)
    )
      c.latin++;
    else if (
      (cp >= 0x3041 && cp <= 0x309f && cp !== 0x30fc) ||
      (cp >= 0x30a0 && cp <= 0x30ff && cp !== 0x30fb && cp !== 0x30fc) ||
      (cp >= 0xff66 && cp <= 0xff9d)
    )
      c.kana++;
    else if (
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0x20000 && cp <= 0x2ebef) ||
      (cp >= 0xf900 && cp <= 0xfaff)
    ) {
      c.han++;
      if (SIMPLIFIED.has(cp)) c.simplified++;
      else if (TRADITIONAL.has(cp)) c.traditional++;
      else if (JAPANESE.has(cp)) c.japanese++;
    } else if (
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0x1100 && cp <= 0x11ff) ||
      (cp >= 0x3130 && cp <= 0x318f)
    )
      c.hangul++;
    else if (cp >= 0x400 && cp <= 0x52f) c.cyrillic++;
    else if (cp >= 0x370 && cp <= 0x3ff) c.greek++;
    else if (cp >= 0x600 && cp <= 0x6ff) c.arabic++;
    else if (cp >= 0x590 && cp <= 0x5ff) c.hebrew++;
    else if (cp >= 0xe00 && cp <= 0xe7f) c.thai++;
    else if (cp >= 0x900 && cp <= 0x97f) c.devanagari++;
    // Punctuation and symbol blocks (general punctuation, CJK punctuation, full-width forms) are not letters.
    else if (
      (cp >= 0x2000 && cp <= 0x2bff) ||
      (cp >= 0x3000 && cp <= 0x303f) ||
      (cp >= 0xff00 && cp <= 0xff20)
    )
      continue;
    else if (LETTER.test(String.fromCodePoint(cp))) c.other++;
  }
  return c;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Identifies the language of a text: the script decides first (kana means Japanese, Hangul Korean,
 * Han without kana Chinese, Greek, Hebrew, Thai), then eld's n-grams decide among languages that share
 * a script (Latin, Cyrillic, Arabic, Devanagari). `und` when there is too little to tell.
 */
export function identifyLanguage(text: string): LanguageGuess {
  return identifyWithPrior(text, undefined);
}

/**
 * `prior`: the language of the surrounding document. A Han-only block in a Chinese or Japanese document
 * is taken to be in the document's language instead of asking the n-grams.
 */
export function identifyWithPrior(text: string, prior: string | undefined): LanguageGuess {
  // Script proportions settle within the first few tens of thousands of characters.
  const c = countScripts(text.length > 50_000 ? text.slice(0, 50_000) : text);
  // A CJK character carries about as much as a short Latin word: weigh Latin letters by a word's length.
  const latinWords = c.latin / 5;
  const cjk = c.han + c.kana;
  const total =
    cjk +
    c.hangul +
    latinWords +
    (c.cyrillic + c.greek + c.arabic + c.hebrew + c.thai + c.devanagari + c.other) / 5;
  if (total < 1) return { lang: 'und', confidence: 0 };
  if (c.hangul >= 2 && c.hangul >= 0.3 * total)
    return { lang: 'ko', confidence: round(Math.min(0.99, 0.6 + c.hangul / 50)) };
  if (cjk >= 0.3 * total && cjk >= 2) {
    // Japanese writes grammar in kana (a Japanese article is about half kana); Chinese has essentially
    // none. A long text where kana are rare is Chinese quoting some Japanese, not Japanese.
    const kanaShare = c.kana / cjk;
    const long = cjk >= 200;
    if (c.kana >= 1 && kanaShare >= (long ? 0.2 : 0.05)) {
      return { lang: 'ja', confidence: round(Math.min(0.99, 0.6 + c.kana / 25)) };
    }
    if ((c.kana === 0 || long) && c.han >= 2) {
      // Kanji-only Japanese (dates, captions, names): Japanese-only character forms, else eld's n-grams.
      if (c.japanese >= 1 && c.japanese >= c.simplified + c.traditional)
        return { lang: 'ja', confidence: 0.7 };
      // A short Han-only line in a Japanese document is Japanese (a caption, a name, a date).
      if (prior === 'ja' && c.han < 20) return { lang: 'ja', confidence: 0.6 };
      if (prior !== 'zh' && c.han < 20 && getDetector().detect(text).language === 'ja') {
        return { lang: 'ja', confidence: 0.6 };
      }
      const marked = c.simplified + c.traditional;
      const confidence = round(Math.min(0.98, 0.5 + c.han / 40) * (c.kana > 0 ? 0.8 : 1));
      const guess: LanguageGuess = { lang: 'zh', confidence };
      if (marked >= 2) {
        if (c.simplified >= 0.8 * marked) guess.script = 'Hans';
        else if (c.traditional >= 0.8 * marked) guess.script = 'Hant';
      }
      return guess;
    }
    // A few kana among a few Han characters: most likely Japanese, but not sure.
    return { lang: 'ja', confidence: 0.5 };
  }
  if (c.greek > 0.5 * (c.greek + c.latin + c.cyrillic)) return { lang: 'el', confidence: 0.95 };
  if (c.hebrew > 0.5 * (c.hebrew + c.latin)) return { lang: 'he', confidence: 0.9 };
  if (c.thai > 0.5 * (c.thai + c.latin)) return { lang: 'th', confidence: 0.95 };
  const letters = c.latin + c.cyrillic + c.arabic + c.devanagari + c.other + c.greek;
  if (letters < 6) return { lang: 'und', confidence: 0 };
  return ngramGuess(text);
}

function ngramGuess(text: string): LanguageGuess {
  const result = getDetector().detect(sample(text));
  if (!result.language) return { lang: 'und', confidence: 0 };
  const margin = result.top > 0 ? (result.top - result.second) / result.top : 0;
  const confidence = round(Math.min(0.99, (result.reliable ? 0.55 : 0.2) + margin * 2));
  if (!result.reliable && margin < 0.05) return { lang: 'und', confidence };
  return { lang: result.language, confidence };
}

/** eld reads the first 1000 characters; a long text is sampled from its start, middle and end instead. */
function sample(text: string): string {
  if (text.length <= 1000) return text;
  const third = 330;
  const mid = Math.floor(text.length / 2);
  return `${text.slice(0, third)} ${text.slice(mid - third / 2, mid + third / 2)} ${text.slice(-third)}`;
}
