import { jaroWinkler } from './similarity';

/**
 * Consonant classes of a romanised name, vowels left out: what survives the usual
 * transliteration noise between Latin, kana, Hangul, pinyin and Cyrillic spellings of one name.
 * Each rule is one kind of noise:
 * - voiced and voiceless stops are one class (Korean writes Kim 김 "gim", Park 박 "bak"), and
 *   f, v, b, p are one (ヴ/バ, 필립 for Philip);
 * - l and r are one (katakana and Korean have one liquid); r before a consonant or at the end is
 *   silent in the English of news ("Park", "Martin" マーティン);
 * - sibilants and affricates are one (sh, ch, j, zh, pinyin x and q, ts);
 * - m, n and ng are one (ン before p is written n: トランプ "toranpu");
 * - h is dropped (Hepburn and pinyin write it where English does not, and the reverse);
 * - doubled letters and doubled classes collapse (ッ, ー, Lee, Kenneth).
 */
export function soundKey(romanized: string): string {
  let s = romanized.toLowerCase().replace(/[^a-z ]/g, '');
  s = s
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/(^| )x(?=[aeiou])/g, '$1s')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/(?<=[aeiou])r(?=[^aeiouy ]|$| )/g, '')
    .replace(/ng/g, 'n')
    .replace(/sh|ch|zh|tch|ts|tz|j|q|z|x|c(?=h)/g, 's')
    .replace(/[bfpv]/g, 'P')
    .replace(/[dt]/g, 'T')
    .replace(/[gkc]/g, 'K')
    .replace(/s/g, 'S')
    .replace(/[lr]/g, 'R')
    .replace(/[mn]/g, 'N')
    .replace(/[a-z]/g, '');
  return s.replace(/ /g, '').replace(/(.)\1+/g, '$1');
}

/** Vowel-and-consonant form with only letter noise removed: tells apart names whose consonants agree. */
export function lettersKey(romanized: string): string {
  return romanized
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/[lr]/g, 'r')
    .replace(/[vw]/g, 'b')
    .replace(/h/g, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

// Half an edit for the noise that survives the classes: a liquid written or not (silent English
// r, a Japanese ru added, Chinese 尔 dropped), a nasal written or not, t or k read as an
// affricate (Japanese チ for "ti", Chinese 基 for "gi", 京 for "tin").
const HALF_INDEL = new Set(['R', 'N']);
const HALF_SUBSTITUTION = new Set(['TS', 'ST', 'KS', 'SK']);

function weightedEdits(a: string, b: string): number {
  if (a === b) return 0;
  const indel = (c: string) => (HALF_INDEL.has(c) ? 0.5 : 1);
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev[j] = (prev[j - 1] as number) + indel(b[j - 1] as string);
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1] as string;
    const cur = [(prev[0] as number) + indel(ca)];
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1] as string;
      const sub = ca === cb ? 0 : HALF_SUBSTITUTION.has(ca + cb) ? 0.5 : 1;
      cur[j] = Math.min(
        (prev[j] as number) + indel(ca),
        (cur[j - 1] as number) + indel(cb),
        (prev[j - 1] as number) + sub,
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

export interface NameMatch {
  /** 0..1: how alike the two romanised names sound. */
  score: number;
  /** The sound keys compared (the second name's in the order that matched best). */
  keys: [string, string];
}

/** The word orders worth trying for a name: as written, and family name first or last. */
function orders(words: string[]): string[][] {
  if (words.length < 2) return [words];
  const last = words[words.length - 1] as string;
  return [words, [last, ...words.slice(0, -1)], [...words.slice(1), words[0] as string]];
}

/** 0..1 for two consonant skeletons: weighted edits over the longer one, harder on short ones. */
function skeletonScore(ka: string, kb: string, la: string, lb: string): number {
  if (!ka && !kb) return jaroWinkler(la, lb);
  const edits = weightedEdits(ka, kb);
  const length = Math.max(ka.length, kb.length);
  // Short skeletons say little: one edit in three classes is a different name.
  const shortPenalty = length <= 3 && edits > 0 ? 0.2 : 0;
  return Math.max(0, 0.7 * (1 - edits / length) + 0.3 * jaroWinkler(la, lb) - shortPenalty);
}

/** Every way to cut a list of syllables into `k` consecutive groups (a name has few syllables). */
function groupings(syllables: string[], k: number): string[][] {
  if (k === 1) return [[syllables.join('')]];
  const out: string[][] = [];
  for (let i = 1; i <= syllables.length - k + 1; i++)
    for (const rest of groupings(syllables.slice(i), k - 1))
      out.push([syllables.slice(0, i).join(''), ...rest]);
  return out;
}

/**
 * The name's parts lined up with `words`: the same number of words, or the syllables of a single
 * Hangul or Han word cut into as many groups (김정은 gim-jeong-eun against Kim Jong Un, 习近平
 * xi-jin-ping against Xi Jinping). Empty when they cannot be lined up.
 */
function alignments(words: string[], other: string[]): string[][] {
  if (other.length === words.length) return [other.map((w) => w.replace(/-/g, ''))];
  if (other.length === 1 && words.length > 1) {
    const syllables = (other[0] as string).split('-');
    if (syllables.length >= words.length && syllables.length <= 6) return groupings(syllables, words.length);
  }
  return [];
}

/**
 * How alike two romanised names are: the consonant skeletons by weighted edits (each edit costs
 * more on a short name) with the full letters by Jaro-Winkler, for the whole name and, where the
 * parts line up, for its weakest part (Kim Yo-jong and 김정은 share every consonant class, not the
 * given name). Word order may differ (岸田文雄 is family name first, "Fumio Kishida" last).
 */
export function matchNames(latin: string, other: string): NameMatch {
  const otherParts = other.split(' ').filter(Boolean);
  const kb = soundKey(other.replace(/-/g, ''));
  const lb = lettersKey(other);
  let best: NameMatch = { score: 0, keys: ['', kb] };
  for (const words of orders(latin.split(/[ -]+/).filter(Boolean))) {
    const joined = words.join(' ');
    const ka = soundKey(joined);
    if (!ka && !kb) continue;
    const whole = skeletonScore(ka, kb, lettersKey(joined), lb);
    let score = whole;
    const lined = alignments(words, otherParts);
    if (lined.length) {
      let weakest = 0;
      for (const parts of lined) {
        let min = 1;
        parts.forEach((p, i) => {
          const w = words[i] as string;
          min = Math.min(min, skeletonScore(soundKey(w), soundKey(p), lettersKey(w), lettersKey(p)));
        });
        weakest = Math.max(weakest, min);
      }
      score = 0.6 * whole + 0.4 * weakest;
    }
    if (score > best.score) best = { score, keys: [ka, kb] };
  }
  return best;
}
