import { memoTest } from '../../core/chars';
import type { SegmentSpan } from '../../types';
import {
  A_ROW_RE_VERBS,
  A_ROW_SE_VERBS,
  COMPOUND_PARTICLES,
  FIXED_WORDS,
  HAN_PREFIXES,
  HAN_SUFFIXES,
  HAN_THREE_CHARACTER_WORDS,
  ICHIDAN_STEMS,
  KATAKANA_WORDS,
  NAME_SUFFIXES,
  PREFIX_WORDS,
  SUFFIXED_WORDS,
  TE_WORDS,
  WHOLE_WORDS,
  ZU_ADVERBS,
} from './lexicon';
import { tinyWords } from './tiny';

const WHOLE = new Set(WHOLE_WORDS);
/** The whole words as one alternation of literals, longest first (linear time). */
const RE_WHOLE = new RegExp([...WHOLE_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');
/** The compound particles by their first code unit, so a word is compared without a slice. */
const PARTICLES_BY_FIRST = new Map<number, [string, readonly number[]][]>();
for (const [word, parts] of Object.entries(COMPOUND_PARTICLES)) {
  const first = word.charCodeAt(0);
  PARTICLES_BY_FIRST.set(first, [...(PARTICLES_BY_FIRST.get(first) ?? []), [word, parts]]);
}
/** The listed hiragana words as one alternation of literals (linear time: no nested quantifier). */
const RE_FIXED_WORDS = new RegExp(FIXED_WORDS.join('|'), 'g');
const NAME_SUFFIX_LAST = new Set(NAME_SUFFIXES.map((w) => w.charCodeAt(w.length - 1)));
const TE = new Set(TE_WORDS);
const ZU = new Set(ZU_ADVERBS);
const SUFFIXED = new Set(SUFFIXED_WORDS);
const A_ROW_RE = new Set(A_ROW_RE_VERBS);
const A_ROW_SE = new Set(A_ROW_SE_VERBS);
const HAN_THREE = new Set(HAN_THREE_CHARACTER_WORDS);
const PREFIXED = new Set(PREFIX_WORDS);
const KATAKANA = new Set(KATAKANA_WORDS);
const KATAKANA_BY_FIRST = new Map<number, string[]>();
for (const word of KATAKANA_WORDS) {
  const first = word.charCodeAt(0);
  KATAKANA_BY_FIRST.set(first, [...(KATAKANA_BY_FIRST.get(first) ?? []), word]);
}
const isKatakana = memoTest(/[\p{Script=Katakana}ー]/u);

const isHan = memoTest(/[\p{Script=Han}々]/u);
const isHiragana = memoTest(/\p{Script=Hiragana}/u);
/** Kana of the a-row, the form a godan verb takes before the passive `れ` (`含ま|れ`). */
const A_ROW = 'かさたなまわがば';
/** What follows a verb's `さ` (`示さ|れ`, `起こさ|ない`) and never the nominaliser `さ` (`高|さ`). */
const AFTER_VERB_SA = 'れせなずぬ';

/**
 * Words of a Japanese sentence: tiny-segmenter's model (./tiny.ts), then the conventions of UD's
 * Short Unit Words, as steps over a boundary map (`cut[i]` is 1 where a word starts at `i`, and
 * at the end): words tiny cuts are joined, compounds it keeps are split, boundaries around verb
 * endings and auxiliaries are moved.
 */
export function japaneseWords(text: string): SegmentSpan[] {
  const cut = tinyCuts(text);
  mergeWholeWords(text, cut);
  wordFinalKana(text, cut);
  splitConventions(text, cut);
  fixedWords(text, cut);
  passiveAuxiliary(text, cut);
  causativeAuxiliary(text, cut);
  conjunctionKedo(text, cut);
  nominalN(text, cut);
  negativeAndWhile(text, cut);
  godanSa(text, cut);
  endings(text, cut);
  compounds(text, cut);
  return fromCuts(text.length, cut);
}

let cutBuffer = new Uint8Array(256);

/** tiny-segmenter's boundaries as a map (one buffer, reused: a sentence's words are read out before the next). */
function tinyCuts(text: string): Uint8Array {
  const n = text.length;
  if (cutBuffer.length < n + 2) cutBuffer = new Uint8Array(Math.max(n + 2, cutBuffer.length * 2));
  const cut = cutBuffer;
  cut.fill(0, 0, n + 2);
  tinyWords(text, cut);
  cut[0] = 1;
  cut[n] = 1;
  return cut;
}

function fromCuts(n: number, cut: Uint8Array): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (cut[i] === 1) {
      out.push({ start, end: i });
      start = i;
    }
  }
  return out;
}

/** Where the word starting at `start` ends. */
function wordEnd(cut: Uint8Array, start: number, n: number): number {
  let end = start + 1;
  while (end < n && cut[end] !== 1) end++;
  return end;
}

/**
 * Joins the pieces of a word SUW keeps whole (`とて|も` → `とても`) where the word starts and
 * ends at a cut.
 */
function mergeWholeWords(text: string, cut: Uint8Array): void {
  RE_WHOLE.lastIndex = 0;
  for (let m = RE_WHOLE.exec(text); m; m = RE_WHOLE.exec(text)) {
    const end = m.index + m[0].length;
    if (cut[m.index] === 1 && cut[end] === 1) cut.fill(0, m.index + 1, end);
  }
}

/** Word-level SUW conventions: compound particles, honorific prefix, nominaliser, `て`, Han suffixes. */
function splitConventions(text: string, cut: Uint8Array): void {
  const n = text.length;
  for (let start = 0; start < n; ) {
    const end = wordEnd(cut, start, n);
    if (end - start >= 2) {
      const parts = conventionalParts(text, start, end);
      if (parts) {
        let at = start;
        for (const len of parts) {
          at += len;
          cut[at] = 1;
        }
      }
    }
    start = end;
  }
}

/** The parts of the word `text[start, end)` by SUW's conventions, or null. */
function conventionalParts(text: string, start: number, end: number): readonly number[] | null {
  const n = end - start;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  for (const [word, parts] of PARTICLES_BY_FIRST.get(first) ?? []) {
    if (word.length === n && text.startsWith(word, start)) return parts;
  }
  // honorific prefix: `お|酒`, `ご|連絡`
  if ((first === 0x304a /* お */ || first === 0x3054) /* ご */ && isHan(text.charCodeAt(start + 1))) {
    return [1, n - 1];
  }
  // the nominaliser `さ` after an adjective stem: `大き|さ`, `高|さ`; not a verb's `さ` (`出さ|れ`)
  if (
    last === 0x3055 /* さ */ &&
    (n === 2 || (n === 3 && isHiragana(text.charCodeAt(start + 1)))) &&
    isHan(first) &&
    !AFTER_VERB_SA.includes(text[end] ?? '')
  )
    return [n - 1, 1];
  // the conjunctive particle `て` is a word of its own: `経|て`, `やめ|て`
  if (last === 0x3066 /* て */) return TE.has(text.slice(start, end)) ? null : [n - 1, 1];
  // a name and its honorific or plural: `婆|さん`, `店長|くん`
  if (NAME_SUFFIX_LAST.has(last)) {
    const w = text.slice(start, end);
    if (WHOLE.has(w)) return null;
    for (const suffix of NAME_SUFFIXES) {
      if (n > suffix.length && w.endsWith(suffix)) return [n - suffix.length, suffix.length];
    }
  }
  // a noun and the particle tiny-segmenter ran into it: `店|と`, `銃|から`
  if (isHiragana(last) && isHan(first)) {
    const tail = particleTail(text, start, end);
    if (tail > 0 && !WHOLE.has(text.slice(start, end))) return [n - tail, tail];
  }
  // a suffix after a compound of three or more Han characters: `事務|所`, `両国国技|館`
  if (n >= 3 && HAN_SUFFIXES.includes(text[end - 1] ?? '') && allHan(text, start, end)) {
    // …unless the suffix ends a common two-character word: `統一|教会`, `地域|社会`
    const cut = SUFFIXED.has(text.slice(end - 2, end)) ? (n > 3 ? 2 : 0) : 1;
    if (cut > 0) return [n - cut, cut];
  }
  return null;
}

/** Particles that never end a word written in Han: after a Han stem they are words of their own. */
const PARTICLE_TAILS: readonly string[] = [
  'から',
  'まで',
  'より',
  'など',
  'や',
  'と',
  'も',
  'を',
  'は',
  'が',
  'へ',
  'の',
  'だ',
];

const PARTICLE_TAIL_LAST = new Set(PARTICLE_TAILS.map((p) => p.charCodeAt(p.length - 1)));

/** The length of the particle that ends `text[start, end)` after Han characters only, or 0. */
function particleTail(text: string, start: number, end: number): number {
  if (!PARTICLE_TAIL_LAST.has(text.charCodeAt(end - 1))) return 0;
  for (const p of PARTICLE_TAILS) {
    const at = end - p.length;
    if (at > start && text.startsWith(p, at) && allHan(text, start, at)) return p.length;
  }
  return 0;
}

function allHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The passive/potential auxiliary is a word of its own, and the verb keeps its stem: godan
 * `知ら|れ`, `含ま|れる`; ichidan `見|られ`, `認め|られ`.
 */
function passiveAuxiliary(text: string, cut: Uint8Array): void {
  for (let i = text.indexOf('れ', 2); i >= 0; i = text.indexOf('れ', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const stem = text.charCodeAt(i - 2);
    if (before === 0x3089 /* ら */) {
      // ichidan: a kana stem (`認め|られ`) or a one-character ichidan verb (`見|られ`)
      const ichidan = isHiragana(stem)
        ? stem !== 0x3089
        : isHan(stem) &&
          ICHIDAN_STEMS.includes(text[i - 2] ?? '') &&
          !(i >= 3 && isHan(text.charCodeAt(i - 3)));
      if (ichidan) {
        cut[i - 1] = 1;
        cut[i] = 0;
      } else if (isHan(stem)) {
        cut[i - 1] = 0;
        cut[i] = 1;
      }
      continue;
    }
    if (!isHan(stem) || !A_ROW.includes(text[i - 1] ?? '')) continue;
    if (A_ROW_RE.has(text.slice(i - 2, i))) {
      // one word, wherever tiny-segmenter cut it: `東京|都|生まれ`
      cut[i - 2] = 1;
      cut[i - 1] = 0;
      cut[i] = 0;
      continue;
    }
    // `添付|さ|れ` (a noun and the verb する) keeps its cut before `さ`
    if (before !== 0x3055 /* さ */) cut[i - 1] = 0;
    cut[i] = 1;
  }
}

/**
 * A godan verb ending in `す` keeps its `さ` (`示さ|れ`, `起こさ|ない`) where tiny-segmenter cut it
 * off a one-character stem or a stem with its kana; a noun of two Han characters keeps the cut
 * (`添付|さ|れ`: the noun and the verb する).
 */
function godanSa(text: string, cut: Uint8Array): void {
  for (let i = text.indexOf('さ', 1); i >= 0; i = text.indexOf('さ', i + 1)) {
    if (cut[i] !== 1 || cut[i + 1] !== 1 || i + 1 >= text.length) continue;
    if (!AFTER_VERB_SA.includes(text[i + 1] ?? '')) continue;
    // the word before: a Han character, optionally followed by up to two kana
    let k = i - 1;
    while (k > 0 && i - k <= 2 && isHiragana(text.charCodeAt(k)) && cut[k] !== 1) k--;
    if (!isHan(text.charCodeAt(k)) || (k > 0 && cut[k] !== 1)) continue;
    cut[i] = 0;
  }
}

/** Kana that end a verb or adjective and are never a word alone: tiny-segmenter's `行|う`, `青白|く`. */
const isVerbEnding = memoTest(/[うくるむぶぐすつ]/);
/** Before a counter `つ` the numeral stays apart: `一|つ`, `いく|つ`. */
const NUMERALS = '一二三四五六七八九十幾何';
/** The o-row kana a volitional `う` follows (`守ろう`, `あろう`). */
const O_ROW = 'おこそとのほもよろごぞどぼぽ';
/** Renyou and adjective endings tiny-segmenter cuts off a Han stem: `腕組|み`, `美味|しい`. */
const isStemEnding = memoTest(/[きみちりいぎび]/);
const ADJECTIVE_ENDINGS: readonly string[] = ['しい', 'しく', 'しかっ', 'しけれ', 'なる'];

/**
 * Joins an ending tiny-segmenter cut off its stem: a verb or adjective ending that is never a
 * word alone (`行|う` → `行う`, `青白|く` → `青白く`, `守ろ|う` → `守ろう`; after a noun of two Han
 * characters `す` stays the verb する, `公表|す|べき`), the renyou form of a verb after a Han stem
 * (`腕組|み` → `腕組み`, `色合|い`), an adjective in `しい` (`美味|しい`), `なる` after one
 * character (`異なる`). `し` after a noun stays the verb する (`発表|し|た`).
 */
function endings(text: string, cut: Uint8Array): void {
  const n = text.length;
  for (let i = 1; i < n; i++) {
    if (cut[i] !== 1) continue;
    const c = text.charCodeAt(i);
    // every ending is hiragana (U+3041–U+3096): most words leave on this test
    if (c < 0x3041 || c > 0x3096) continue;
    const before = text.charCodeAt(i - 1);
    const alone = cut[i + 1] === 1;
    if (alone && isVerbEnding(c)) {
      if (verbEndingJoins(text, i, before)) cut[i] = 0;
      continue;
    }
    if (!isHan(before)) continue;
    if (alone && isStemEnding(c)) {
      cut[i] = 0;
      continue;
    }
    if (c !== 0x3057 /* し */ && c !== 0x306a /* な */) continue;
    const end = wordEnd(cut, i, n);
    if (end - i < 2 || end - i > 3) continue;
    const ending = text.slice(i, end);
    if (!ADJECTIVE_ENDINGS.includes(ending)) continue;
    if (ending === 'なる' && i >= 2 && isHan(text.charCodeAt(i - 2)) && cut[i - 1] !== 1) continue;
    cut[i] = 0;
  }
}

function verbEndingJoins(text: string, i: number, before: number): boolean {
  const ending = text[i] ?? '';
  return isHan(before)
    ? !(ending === 'す' && i >= 2 && isHan(text.charCodeAt(i - 2))) &&
        !(ending === 'つ' && NUMERALS.includes(text[i - 1] ?? ''))
    : ending === 'う' && O_ROW.includes(text[i - 1] ?? '');
}

/**
 * Compounds tiny-segmenter keeps whole, cut as SUW cuts them: Han compounds into words of two
 * characters and one-character affixes (`大正|期`, `不|手際`, `日本|貝類`; a character that is a
 * suffix at the start of a word belongs to the compound before it, `…国技館|建設` → `館|建設`),
 * katakana compounds into the loanwords they are made of (`ワールド|カップ`).
 */
function compounds(text: string, cut: Uint8Array): void {
  let start = 0;
  for (let end = 1; end <= text.length; end++) {
    if (cut[end] !== 1) continue;
    const n = end - start;
    if (n >= 3) {
      if (n <= 4 && isHan(text.charCodeAt(start))) hanCompound(text, cut, start, end);
      else if (n >= 4 && isKatakanaRun(text, start, end)) loanwordCuts(text, start, end, cut);
    }
    start = end;
  }
}

function hanCompound(text: string, cut: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return;
  const word = text.slice(start, end);
  if (HAN_THREE.has(word) || WHOLE.has(word)) return;
  const prefix = HAN_PREFIXES.includes(word[0] ?? '') && !PREFIXED.has(word.slice(0, 2));
  if (word.length === 4) {
    cut[start + (prefix ? 1 : 2)] = 1;
    return;
  }
  const suffixFirst = start > 0 && isHan(text.charCodeAt(start - 1)) && HAN_SUFFIXES.includes(word[0] ?? '');
  cut[start + (prefix || suffixFirst ? 1 : 2)] = 1;
}

function isKatakanaRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isKatakana(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Cuts `text[start, end)` into the fewest known loanwords, unless it is a word itself or some
 * part is unknown (dynamic programming over the words that start with each character).
 */
function loanwordCuts(text: string, start: number, end: number, cut: Uint8Array): void {
  const n = end - start;
  if (n > 64 || KATAKANA.has(text.slice(start, end))) return;
  // parts[i]: fewest known words that make the first i characters; from[i]: where the last starts
  const parts = new Uint8Array(n + 1).fill(255);
  const from = new Uint8Array(n + 1);
  parts[0] = 0;
  for (let j = 0; j < n; j++) {
    if (parts[j] === 255) continue;
    for (const word of KATAKANA_BY_FIRST.get(text.charCodeAt(start + j)) ?? []) {
      const i = j + word.length;
      if (i <= n && (parts[j] as number) + 1 < (parts[i] as number) && text.startsWith(word, start + j)) {
        parts[i] = (parts[j] as number) + 1;
        from[i] = j;
      }
    }
  }
  if (parts[n] === 255) return;
  for (let i = from[n] as number; i > 0; i = from[i] as number) cut[start + i] = 1;
}

/** Marks `text[start, end)` as one word. */
function oneWord(cut: Uint8Array, start: number, end: number): void {
  cut[start] = 1;
  cut.fill(0, start + 1, end);
  cut[end] = 1;
}

/** Listed words kept whole wherever tiny-segmenter cut them (`に|すでに`, `回線|以上`). */
function fixedWords(text: string, cut: Uint8Array): void {
  RE_FIXED_WORDS.lastIndex = 0;
  for (let m = RE_FIXED_WORDS.exec(text); m; m = RE_FIXED_WORDS.exec(text)) {
    oneWord(cut, m.index, m.index + m[0].length);
  }
}

/** The causative `せ` apart from a godan stem: `持た|せ`, `悩ま|せ`; `合わせ`, `知らせ` stay whole. */
function causativeAuxiliary(text: string, cut: Uint8Array): void {
  for (let i = text.indexOf('せ', 2); i >= 0; i = text.indexOf('せ', i + 1)) {
    if (!isHan(text.charCodeAt(i - 2))) continue;
    const before = text[i - 1] ?? '';
    if (!A_ROW.includes(before) && before !== 'ら') continue;
    if (A_ROW_SE.has(text.slice(i - 2, i))) continue;
    // `発生|さ|せ` (a noun and the verb する) keeps its cut before `さ`
    if (before !== 'さ') cut[i - 1] = 0;
    cut[i] = 1;
  }
}

/**
 * The conjunction `けど`/`けれど(も)` is one word, apart from what it follows: `だ|けど`, not
 * `だけ|ど`; `狭い|けれど`.
 */
function conjunctionKedo(text: string, cut: Uint8Array): void {
  for (let at = text.indexOf('けど'); at >= 0; at = text.indexOf('けど', at + 2)) oneWord(cut, at, at + 2);
  for (let at = text.indexOf('けれど'); at >= 0; at = text.indexOf('けれど', at + 3)) {
    oneWord(cut, at, text[at + 3] === 'も' ? at + 4 : at + 3);
  }
}

/** Kana a nominal `ん` follows: `いう|ん|だ`, `平気|な|ん|だ`, `づらい|ん|です`. */
const BEFORE_NOMINAL_N = 'うくすつぬぶむるいたな';

/** The nominal `ん` before a copula is a word of its own: `いうんだ` → `いう|ん|だ`. */
function nominalN(text: string, cut: Uint8Array): void {
  for (let i = text.indexOf('ん', 1); i >= 0 && i + 1 < text.length; i = text.indexOf('ん', i + 1)) {
    if (cut[i] === 1 || cut[i + 1] !== 1) continue;
    if (!'だでじ'.includes(text[i + 1] ?? '') || !BEFORE_NOMINAL_N.includes(text[i - 1] ?? '')) continue;
    cut[i] = 1;
  }
}

/**
 * Kana that end a word (an adverb in `く`/`ず`/`ど`, a dictionary form in `す`, an adnominal `な`)
 * or are particles: a Han character after one starts a new word (`全く|違う`, `治す|力`).
 * Renyou kana (`り`, `き`, `い`) do not: `取り|調べ` is one SUW word, `取り調べ`.
 */
const isWordFinalKana = memoTest(/[くもすにおずなどやとをはがへ]/);

/** Cuts where a Han character follows a kana that ends a word. */
function wordFinalKana(text: string, cut: Uint8Array): void {
  for (let i = 1; i < text.length; i++) {
    const before = text.charCodeAt(i - 1);
    // hiragana is U+3041–U+3096: most characters leave on this test
    if (before < 0x3041 || before > 0x3096 || cut[i] === 1) continue;
    if (isWordFinalKana(before) && isHan(text.charCodeAt(i))) cut[i] = 1;
  }
}

/** Kana a verb stem ends in before the negative `ず`: the a-row (`おら|ず`) and e-row (`見え|ず`). */
const isBeforeZu = memoTest(/[かさたなはまやらわがざだばぱけせてねへめれえげぜでべぺ]/);

/**
 * The negative `ず` and the conjunction `つつ` are words of their own after a verb: `見え|ず`,
 * `せ|ず`, `なり|つつ`; adverbs in `ず` stay whole (`思わず`, `必ず`).
 */
function negativeAndWhile(text: string, cut: Uint8Array): void {
  const n = text.length;
  for (let i = text.indexOf('ず', 1); i >= 0; i = text.indexOf('ず', i + 1)) {
    if (cut[i] === 1 || cut[i + 1] !== 1 || !isBeforeZu(text.charCodeAt(i - 1))) continue;
    let start = i - 1;
    while (start > 0 && cut[start] !== 1) start--;
    if (ZU.has(text.slice(start, i + 1))) continue;
    cut[i] = 1;
  }
  for (let i = text.indexOf('つつ', 1); i >= 0; i = text.indexOf('つつ', i + 2)) {
    // after a renyou kana (`なり|つつ`); not a counter (`一|つ|つける`) or a word (`つつみ`)
    const before = text.charCodeAt(i - 1);
    if (before === 0x3064 /* つ */ || !isHiragana(before) || 'みじく'.includes(text[i + 2] ?? '')) continue;
    oneWord(cut, i, Math.min(i + 2, n));
  }
}
