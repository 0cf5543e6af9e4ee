/**
 * Consonant classes of a romanised name, vowels left out: what survives the usual
 * transliteration noise between Latin, kana, Hangul, pinyin and Cyrillic spellings of one name.
 * Each rule is one kind of noise:
 * - voiced and voiceless stops are one class (Korean writes Kim 김 "gim", Park 박 "bak"), and
 *   f, v, b, p are one (ヴ/バ, 필립 for Philip);
 * - l and r are one (katakana and Korean have one liquid);
 * - hissing sounds are one class (s, sh, pinyin x) and the affricates another (j, ch, zh, z,
 *   pinyin q), a half edit apart; ts is t + s (ツ, ц);
 * - m, n and ng are one (ン before p is written n: トランプ "toranpu");
 * - h, w and y are dropped (Hepburn and pinyin write them where English does not, and the reverse);
 * - doubled letters collapse (ッ, ー, Lee, Kenneth).
 * A name in Latin letters is English spelling first (`latin`): ph, ck, qu, x, soft c, and an r
 * before a consonant that English does not sound ("Park" 박, "Martin" マーティン).
 */
export function soundKey(romanized: string, latin = false, hangul = false, soundedR = false): string {
  // Hangul writes ng in one syllable (앙 ang): an n and a g of two (반기문 ban-gi-mun) are two sounds.
  let s = romanized.toLowerCase();
  if (hangul) s = s.replace(/n-(?=g)/g, 'n ');
  s = s.replace(/[^a-z ]/g, '').replace(/(.)\1+/g, '$1');
  if (latin)
    s = s
      .replace(/ph/g, 'f')
      .replace(/sch/g, 'sh')
      .replace(/ck/g, 'k')
      .replace(/qu/g, 'k')
      .replace(/(^| )x(?=[aeiou])/g, '$1s')
      .replace(/x/g, 'ks')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/(?<=[aeiou])r(?=[^aeiouy ]|$)/g, soundedR ? 'r' : '');
  // Pinyin c is an affricate (蔡 "cai", 茨 "ci" for -ts/-z); no other romanisation writes c alone.
  else s = s.replace(/c(?!h)/g, 'z');
  return s
    .replace(/ng/g, 'n')
    .replace(/dzh|dz|tch|ch|zh|j|q|z/g, 'J')
    .replace(/sh|x/g, 's')
    .replace(/[bfpv]/g, 'P')
    .replace(/[dt]/g, 'T')
    .replace(/[gkc]/g, 'K')
    .replace(/s/g, 'S')
    .replace(/[lr]/g, 'R')
    .replace(/[mn]/g, 'N')
    .replace(/[a-z ]/g, '');
}

/**
 * The vowels a script adds to write a foreign consonant cluster, removed before letters are
 * compared: Japanese u after a consonant and o after t or d before another consonant or at the
 * end (スウィフト "suwifuto" for Swift), Korean eu closing a syllable (트럼프 "teu-reom-peu").
 */
export function withoutAddedVowels(romanized: string, script: string): string {
  if (script === 'kana')
    return romanized.replace(
      /(?<=[bcdfghjkmprstvz])u(?=[bcdfghjkmnprstvwz]|$| )(?!([bcdfghjkmnprstvwz])\1)|(?<=[td])o(?=[bcdfghjkmnprstvwz]|$| )/g,
      '',
    );
  // 츠 "cheu" closing a syllable writes a foreign ts or z (게이츠 Gates), not a ch.
  if (script === 'hangul')
    return romanized.replace(/ch(?=eu(?:-|$| ))/g, 'ts').replace(/(?<=[bcdfgjkmprst])eu(?=-|$| )/g, '');
  return romanized;
}

/**
 * Vowels and consonants with only spelling noise removed, to tell apart names whose consonant
 * classes agree (Jae-myung, Jae-yong): Korean eo/eu/ae/ui and English ee written as the vowel
 * they sound, u and o as one (McCune-Reischauer "Myung", Revised "Myeong"), l as r, v as b.
 */
export function lettersKey(romanized: string, latin = false, syllableH = false): string {
  // Hangul writes every h it hears, at the start of a syllable: there 현 "hyeon" is not 용 "yong".
  let s = romanized.toLowerCase();
  if (syllableH) s = s.replace(/(^|[ -])h/g, '$1H');
  s = s.replace(/[^a-zH]/g, '');
  if (latin)
    s = s
      .replace(/ph/g, 'f')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c/g, 'k');
  return s
    .replace(/eo|eu/g, 'o')
    .replace(/ae/g, 'e')
    .replace(/ui|ee|ea/g, 'i')
    .replace(/u/g, 'o')
    .replace(/l/g, 'r')
    .replace(/v/g, 'b')
    .replace(/[hwy]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/H/g, 'h');
}

// Half an edit for the noise that survives the classes: a liquid, a nasal or a t written or not
// (silent English r, a Japanese ru added, Chinese 尔 dropped; ン; the t of ツ and ц), t or k read as
// an affricate (Japanese チ for "ti", Chinese 基 for "gi", 京 for "tin").
const HALF_INDEL = new Set(['R', 'N', 'T']);
const HALF_SUBSTITUTION = new Set(['TJ', 'JT', 'KJ', 'JK', 'SJ', 'JS']);

export function weightedEdits(a: string, b: string): number {
  if (a === b) return 0;
  // A t costs half only next to an s (the t of ツ and ц); a syllable of its own (ト) is a whole edit.
  const indel = (c: string, word: string, at: number) =>
    c === 'T' ? (word[at - 1] === 'S' || word[at + 1] === 'S' ? 0.5 : 1) : HALF_INDEL.has(c) ? 0.5 : 1;
  let prev2: number[] = [];
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev[j] = (prev[j - 1] as number) + indel(b[j - 1] as string, b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1] as string;
    const cur = [(prev[0] as number) + indel(ca, a, i - 1)];
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1] as string;
      const sub = ca === cb ? 0 : HALF_SUBSTITUTION.has(ca + cb) ? 0.5 : 1;
      let best = Math.min(
        (prev[j] as number) + indel(ca, a, i - 1),
        (cur[j - 1] as number) + indel(cb, b, j - 1),
        (prev[j - 1] as number) + sub,
      );
      // One affricate written as t + s on one side (ц "ts", ツ "tsu") and as z on the other (Scholz).
      if (cb === 'J' && i >= 2 && a[i - 2] === 'T' && ca === 'S')
        best = Math.min(best, (prev2[j - 1] as number) + 0.5);
      if (ca === 'J' && j >= 2 && b[j - 2] === 'T' && cb === 'S')
        best = Math.min(best, (cur[j - 2] as number) + 0.5);
      cur[j] = best;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length] as number;
}

export interface NameMatch {
  /** 0..1: how alike the two romanised names sound. */
  score: number;
  /** The sound keys compared (the Latin name's in the order that matched best). */
  keys: [string, string];
}

/** One side of a comparison: its sound key and letters. */
interface Part {
  key: string;
  letters: string;
}

const partOf = (
  text: string,
  latin: boolean,
  syllableH = false,
  hangul = syllableH,
  soundedR = false,
): Part => ({
  key: soundKey(text, latin, hangul, soundedR),
  letters: lettersKey(text, latin, syllableH),
});

/**
 * 0..1 for two parts: consonant classes by weighted edits, letters by edit distance. A short
 * skeleton says little, so the fewer its classes the more the letters count, and one edit in
 * three classes or fewer costs extra.
 */
export const TUNING = { skeleton: 0.7, short: 0.15, partWeight: 0.3 };

function partScore(a: Part, b: Part): number {
  const length = Math.max(a.key.length, b.key.length);
  const letterLength = Math.max(a.letters.length, b.letters.length);
  const letters = letterLength ? 1 - levenshtein(a.letters, b.letters) / letterLength : 0;
  if (!length) return letters;
  const edits = weightedEdits(a.key, b.key);
  const weight = TUNING.skeleton * Math.min(1, length / 4);
  const shortPenalty = length <= 3 && edits > 0 ? TUNING.short : 0;
  return Math.max(0, weight * (1 - edits / length) + (1 - weight) * letters - shortPenalty);
}

/** The word orders worth trying for a name: as written, and family name first or last. */
function orders(words: string[]): string[][] {
  if (words.length < 2) return [words];
  const last = words[words.length - 1] as string;
  return [words, [last, ...words.slice(0, -1)], [...words.slice(1), words[0] as string]];
}

/** Every way to cut a list of syllables into `k` consecutive groups (a name has few syllables). */
function groupings(syllables: string[], k: number): string[][] {
  if (k === 1) return [[syllables.join('-')]];
  const out: string[][] = [];
  for (let i = 1; i <= syllables.length - k + 1; i++)
    for (const rest of groupings(syllables.slice(i), k - 1))
      out.push([syllables.slice(0, i).join('-'), ...rest]);
  return out;
}

/**
 * The other name's parts lined up with `words`: the same number of words, or the syllables of
 * a Hangul or Han word cut into as many groups (김정은 gim-jeong-eun against Kim Jong Un, 习近平
 * xi-jin-ping against Xi Jinping). Empty when they cannot be lined up.
 */
function alignments(words: string[], other: string[]): string[][] {
  if (other.length === words.length) return [other];
  const syllables = other.flatMap((w) => w.split('-'));
  if (syllables.length >= words.length && syllables.length <= 6 && other.length === 1)
    return groupings(syllables, words.length);
  if (syllables.length === words.length) return [syllables];
  return [];
}

/** A Latin name cut into words: at spaces, and also at hyphens (Jong-un is one given name, or two syllables). */
function wordings(latin: string): string[][] {
  const bySpace = latin.split(' ').filter(Boolean);
  const byHyphen = latin.split(/[ -]+/).filter(Boolean);
  return byHyphen.length === bySpace.length ? [bySpace] : [bySpace.map((w) => w.replace(/-/g, '')), byHyphen];
}

/**
 * How alike a name and a romanised name are: the whole names' consonant classes and letters
 * and, where their parts line up, the weakest part (Kim Yo-jong and 김정은 share every consonant
 * class, not the given name). Word order may differ (岸田文雄 is family name first, "Fumio
 * Kishida" last). `latinSpelling`: the first name is written in Latin letters, English spelling.
 */
export function matchNames(
  first: string,
  other: string,
  latinSpelling = true,
  options: { syllableH?: boolean; bySyllable?: boolean; rSyllable?: boolean } = {},
): NameMatch {
  const english = matchSpelling(first, other, latinSpelling, options, false);
  // An r before a consonant that English leaves silent (Park 박, Martin マーティン) is sounded in
  // German, Spanish or Italian names, and katakana and Hangul then write it as a syllable of its own
  // (`rSyllable`: Hamburg ハンブルク, 함부르크): the better of both readings.
  if (!latinSpelling || !options.rSyllable || !/[aeiou]r(?:[^aeiouy ]|$)/i.test(first)) return english;
  const sounded = matchSpelling(first, other, latinSpelling, options, true);
  return sounded.score > english.score ? sounded : english;
}

function matchSpelling(
  first: string,
  other: string,
  latinSpelling: boolean,
  { syllableH = false, bySyllable = false }: { syllableH?: boolean; bySyllable?: boolean },
  soundedR: boolean,
): NameMatch {
  const otherWords = other.split(' ').filter(Boolean);
  const whole = partOf(other, false, false, syllableH);
  let aligned: (NameMatch & { parts: number }) | undefined;
  let unaligned: NameMatch = { score: 0, keys: ['', whole.key] };
  for (const wording of wordings(first))
    for (const words of orders(wording)) {
      const mine = partOf(words.join(' '), latinSpelling, false, false, soundedR);
      if (!mine.key && !whole.key && !mine.letters) continue;
      const wholeScore = partScore(mine, whole);
      const lined = alignments(words, otherWords);
      if (!lined.length) {
        if (wholeScore > unaligned.score) unaligned = { score: wholeScore, keys: [mine.key, whole.key] };
        continue;
      }
      let weakest = 0;
      for (const parts of lined) {
        let min = 1;
        parts.forEach((p, i) => {
          const mine = partOf(words[i] as string, latinSpelling, syllableH, syllableH, soundedR);
          min = Math.min(min, partScore(mine, partOf(p, false, syllableH)));
        });
        weakest = Math.max(weakest, min);
      }
      // A part that does not match at all (another given name) caps the score, however alike the rest.
      const score = Math.min(
        (1 - TUNING.partWeight) * wholeScore + TUNING.partWeight * weakest,
        weakest + 0.3,
      );
      // For a Latin name the finest alignment decides (Kim Jong-nam syllable by syllable against
      // 김정은, not "jongnam" against "jeongeun"), then the best score.
      // Only a Latin name's hyphens mark syllables that way, and a Chinese name's characters
      // (`bySyllable`); two transliterations (特朗普, 트럼프) need not cut the name into the same syllables.
      const finer = (latinSpelling || bySyllable) && aligned !== undefined && words.length !== aligned.parts;
      const better = !aligned || (finer ? words.length > aligned.parts : score > aligned.score);
      if (better) aligned = { score, keys: [mine.key, whole.key], parts: words.length };
    }
  // Where the parts can be lined up, they must be: a whole-name match alone would let a
  // different given name through.
  return aligned ? { score: aligned.score, keys: aligned.keys } : unaligned;
}
