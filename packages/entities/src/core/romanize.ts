import { CYRILLIC, HANGUL, KANA, PINYIN, SURNAME_PINYIN } from '../generated/romanization';
import { PINYIN_SURNAMES } from '../locales/_global/index';
import { japaneseNameTables } from './language-data';

/** The script a name is written in, as far as romanising it goes. */
export type NameScript = 'latin' | 'cyrillic' | 'kana' | 'hangul' | 'han' | 'other';

const HAN = /\p{Script=Han}/u;
const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL_RE = /\p{Script=Hangul}/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LATIN_RE = /\p{Script=Latin}/u;

/**
 * The script of a name: kana wins over Han (a Japanese name mixes them), then Hangul, Han,
 * Cyrillic, Latin. Latin letters inside a CJK name ("オープンAI", "SK하이닉스") do not make it Latin.
 */
export function scriptOf(name: string): NameScript {
  if (KANA_RE.test(name)) return 'kana';
  if (HANGUL_RE.test(name)) return 'hangul';
  if (HAN.test(name)) return 'han';
  if (CYRILLIC_RE.test(name)) return 'cyrillic';
  if (LATIN_RE.test(name)) return 'latin';
  return 'other';
}

// Name separators of every script: space, nakaguro, interpunct, hyphens, the equals sign of
// Japanese double names.
const SEPARATOR = /[\s・·•‧=＝‐-]+/u;

let pinyinOf: Map<string, string> | undefined;
let surnamePinyin: Map<string, string> | undefined;

/** The generated tables, parsed on first use (a Chinese name is the first to need them). */
function pinyinTables(): [Map<string, string>, Map<string, string>] {
  if (!pinyinOf || !surnamePinyin) {
    pinyinOf = new Map();
    for (const group of PINYIN.split(' ')) {
      const syllable = /^[a-z]+/.exec(group)?.[0] ?? '';
      for (const c of group.slice(syllable.length)) pinyinOf.set(c, syllable);
    }
    surnamePinyin = new Map();
    for (const entry of SURNAME_PINYIN.split(' ')) {
      const c = String.fromCodePoint(entry.codePointAt(0) ?? 0);
      surnamePinyin.set(c, entry.slice(c.length));
    }
  }
  return [pinyinOf, surnamePinyin];
}

/** Toneless pinyin of a Han word, syllables joined; a two-to-four character name reads its first as a surname. */
function hanToPinyin(word: string, asPersonName: boolean): string {
  const [everyday, surname] = pinyinTables();
  const chars = [...word];
  return chars
    .map((c, i) => {
      if (!HAN.test(c)) return c.toLowerCase();
      if (i === 0 && asPersonName && chars.length >= 2 && chars.length <= 4)
        return surname.get(c) ?? everyday.get(c) ?? '';
      return everyday.get(c) ?? '';
    })
    .filter(Boolean)
    .map(soundingPinyin)
    .join('-');
}

/** Pinyin c is ts (蔡 cai is "Tsai" in Wade-Giles and in the sound of the name), not k. */
const soundingPinyin = (syllable: string) => syllable.replace(/^c(?!h)/, 'ts');

interface NameTable {
  /** IPAdic's readings, tried first. */
  main: Map<string, string[]>;
  /**
   * ENAMDICT's further readings, packed: searched while few names are looked up (parsing its
   * 160 000 names costs ~250 ms), parsed once many are (a search scans the whole table).
   */
  more: string;
  moreParsed?: Map<string, string[]>;
  searches: number;
}
/** Searches of a packed table before it is parsed. */
const SEARCHES_BEFORE_PARSING = 500;
let japaneseNames: { family: NameTable; given: NameTable } | undefined;

function readingTable(packed: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of packed.split(' ')) {
    const reading = /^[a-z]+/.exec(group)?.[0] ?? '';
    for (const name of group.slice(reading.length).split(','))
      table.set(name, [...(table.get(name) ?? []), reading]);
  }
  return table;
}

/** The readings of `name` in a packed table ("reading名,名 reading名…"), by search. */
function packedReadings(packed: string, name: string): string[] {
  const out: string[] = [];
  for (let at = packed.indexOf(name); at >= 0; at = packed.indexOf(name, at + 1)) {
    const before = packed[at - 1] ?? '';
    const after = packed[at + name.length] ?? ' ';
    if (!/[a-z,]/.test(before) || (after !== ',' && after !== ' ')) continue;
    const groupStart = packed.lastIndexOf(' ', at) + 1;
    const reading = /^[a-z]+/.exec(packed.slice(groupStart, at))?.[0];
    if (reading) out.push(reading);
  }
  return out;
}

/** A name's readings, IPAdic's then ENAMDICT's; none when neither knows it. */
function readingsOf(t: NameTable, name: string): string[] {
  if (!t.moreParsed && ++t.searches > SEARCHES_BEFORE_PARSING) t.moreParsed = readingTable(t.more);
  const more = t.moreParsed ? (t.moreParsed.get(name) ?? []) : packedReadings(t.more, name);
  return [...(t.main.get(name) ?? []), ...more];
}

function nameTables(): { family: NameTable; given: NameTable } {
  if (!japaneseNames) {
    const packed = japaneseNameTables();
    japaneseNames = {
      family: { main: readingTable(packed.family), more: packed.familyMore, searches: 0 },
      given: { main: readingTable(packed.given), more: packed.givenMore, searches: 0 },
    };
  }
  return japaneseNames;
}

/** At most this many readings of one name: enough for the name readings of 駿 (shun, hayao…). */
const MAX_READINGS = 6;

/**
 * Readings of a Japanese name in kanji, family name first (岸田文雄 → "kishida fumio"): every cut
 * into a known family name and a known given name (IPAdic's, then ENAMDICT's, generated at build),
 * or a family name alone. At most `MAX_READINGS`; none when a part is unknown.
 */
export function japaneseNameReadings(name: string): string[] {
  const { family, given } = nameTables();
  const chars = [...name.replace(/[\s・]/gu, '')];
  if (chars.length > 6 || !chars.every((c) => HAN.test(c) || c === '々')) return [];
  const out: string[] = [];
  for (let i = 1; i < chars.length && out.length < MAX_READINGS; i++) {
    const f = readingsOf(family, chars.slice(0, i).join(''));
    const g = readingsOf(given, chars.slice(i).join(''));
    // First readings of both parts first: each family reading is tried before a given name's fourth.
    for (let rank = 0; rank < f.length + g.length - 1; rank++)
      for (let j = Math.max(0, rank - g.length + 1); j <= Math.min(rank, f.length - 1); j++)
        if (out.length < MAX_READINGS) out.push(`${f[j]} ${g[rank - j]}`);
  }
  if (!out.length) out.push(...readingsOf(family, chars.join('')).slice(0, MAX_READINGS));
  return out;
}

/**
 * Where a name in kanji is cut into a family name and a given name both in IPAdic's name tables
 * (藤井聡太 → [2]): the family names' lengths, shortest first. Not ENAMDICT's longer lists: a bare
 * run of kanji with no title needs the stricter test (ENAMDICT has 不明 as a given name), and asking
 * them for every such run would parse its 160 000 names (~250 ms, ~40 MB) in any Japanese text.
 */
export function japaneseNameCuts(name: string): number[] {
  const { family, given } = nameTables();
  const cuts: number[] = [];
  for (let i = 1; i < name.length; i++)
    if (family.main.has(name.slice(0, i)) && given.main.has(name.slice(i))) cuts.push(i);
  return cuts;
}

/** A family name of IPAdic's name table (大谷, 藤井). */
export function isJapaneseFamilyName(name: string): boolean {
  return nameTables().family.main.has(name);
}

const SMALL_VOWEL: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };

/**
 * Hepburn romaji of a kana word. The generated table covers every kana and the ya/yu/yo
 * contractions; the rest is the spelling of loanwords and names: ー lengthens the vowel before it,
 * っ doubles the next consonant, and a small vowel replaces the vowel of the kana before it
 * (ティ ti, フォ fo, ウィ wi, ヴァ va, デュ dyu).
 */
function kanaToRomaji(word: string): string {
  const hira = [...word].map((c) => {
    const cp = c.codePointAt(0) ?? 0;
    return cp >= 0x30a1 && cp <= 0x30f6 ? String.fromCodePoint(cp - 0x60) : c;
  });
  let out = '';
  let double = false;
  for (let i = 0; i < hira.length; i++) {
    const c = hira[i] as string;
    if (c === 'っ') {
      double = true;
      continue;
    }
    if (c === 'ー') {
      out += /[aeiou]$/.exec(out)?.[0] ?? '';
      continue;
    }
    const small = SMALL_VOWEL[c];
    if (small !== undefined) {
      // "u" alone before a small vowel is a w (ウィ wi), "i" alone a y (イェ ye); otherwise the
      // vowel of the kana before is replaced (テ te + ィ → ti), and a yu-contraction keeps its y.
      if (/(?:^|[aeiou])u$/.test(out)) out = `${out.slice(0, -1)}w${small}`;
      else if (/(?:^|[aeiou])i$/.test(out)) out = `${out.slice(0, -1)}y${small}`;
      else out = out.replace(/[aeiou]$/, '') + small;
      continue;
    }
    const two = KANA[c + (hira[i + 1] ?? '')];
    const romaji = two ?? KANA[c] ?? (LATIN_RE.test(c) || /\d/.test(c) ? c.toLowerCase() : '');
    if (two) i++;
    out += double && /^[bcdfghjkmnpqrstvwxyz]/.test(romaji) ? romaji[0] + romaji : romaji;
    double = false;
  }
  return out;
}

/** Revised Romanization of a Hangul word, syllable by syllable (the spelling of names, without sound changes). */
function hangulToLatin(word: string): string {
  let out = '';
  for (const c of word) {
    const cp = (c.codePointAt(0) ?? 0) - 0xac00;
    if (cp < 0 || cp >= 11172) {
      out += LATIN_RE.test(c) || /\d/.test(c) ? c.toLowerCase() : '';
      continue;
    }
    const final = cp % HANGUL.final.length;
    const vowel = Math.floor(cp / HANGUL.final.length) % HANGUL.vowels.length;
    const initial = Math.floor(cp / (HANGUL.final.length * HANGUL.vowels.length));
    out += `${out ? '-' : ''}${HANGUL.initial[initial] ?? ''}${HANGUL.vowels[vowel] ?? ''}${HANGUL.final[final] ?? ''}`;
  }
  return out;
}

/** Russian Cyrillic by the Wikipedia scheme (iuliia's algorithm: word endings, then letter pairs, then letters). */
function cyrillicToLatin(word: string): string {
  const letters = [...word.toLowerCase()];
  const ending = letters.length > 2 ? CYRILLIC.ending[letters.slice(-2).join('')] : undefined;
  const body = ending === undefined ? letters : letters.slice(0, -2);
  let out = '';
  body.forEach((c, i) => {
    const prev = i > 0 ? CYRILLIC.prev[`${body[i - 1]}${c}`] : CYRILLIC.prev[c];
    const next = CYRILLIC.next[`${c}${body[i + 1] ?? ''}`];
    out += prev ?? next ?? CYRILLIC.map[c] ?? (LATIN_RE.test(c) || /\d/.test(c) ? c : '');
  });
  return out + (ending ?? '');
}

const foldLatin = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+|-+$/g, '');

/**
 * A name in Latin letters, lower case, one word per name part, the syllables of a Hangul or Han
 * word joined by hyphens (each is one part of a name: 김정은 gim-jeong-eun, Kim Jong-un): Cyrillic by the Wikipedia scheme,
 * kana by Hepburn, Hangul by Revised Romanization, Han by toneless pinyin. Han written in a
 * Japanese text has Japanese readings the tables do not hold: undefined (such names link through
 * the gazetteer, or to the same characters written elsewhere, see `hanReading`).
 */
export function romanize(name: string, lang?: string): string | undefined {
  const script = scriptOf(name);
  if (script === 'other') return undefined;
  if (script === 'han' && lang !== undefined && /^ja\b/.test(lang)) return undefined;
  // A kana name with kanji in it ("ワルシャワ大学") is not readable either.
  if (script === 'kana' && HAN.test(name)) return undefined;
  // A Latin name keeps its hyphens: "Jong-un" is one given name of two syllables.
  const words = name.split(script === 'latin' ? /[\s・·•‧]+/u : SEPARATOR).filter(Boolean);
  const person = words.length === 1;
  const out = words.map((w) => {
    if (script === 'kana') return kanaToRomaji(w);
    if (script === 'hangul') return hangulToLatin(w);
    if (script === 'han') return hanToPinyin(w, person);
    if (script === 'cyrillic') return cyrillicToLatin(w);
    return foldLatin(w);
  });
  const joined = out.filter(Boolean).join(' ');
  return joined || undefined;
}

/**
 * Every romanisation worth comparing: `romanize`'s, and for a Korean name also the spelling of
 * its surname before the South Korean initial-sound rule dropped or changed its first consonant
 * (이 i was 리 ri: "Lee", "Rhee"; 노 no was 로 ro: "Roh"; 유 yu was 류 ryu), which is how such
 * surnames are still written in Latin letters.
 */
export function romanizations(name: string, lang?: string): string[] {
  if (scriptOf(name) === 'han' && lang !== undefined && /^ja\b/.test(lang)) return japaneseNameReadings(name);
  const first = romanize(name, lang);
  if (!first) return [];
  // Chinese and Korean texts write a Japanese name in its kanji (安倍晋三): four characters, which a
  // Chinese name seldom has, also read as Japanese when they cut into a family and a given name.
  if (scriptOf(name) === 'han')
    return [first, ...(/^\p{Script=Han}{4}$/u.test(name) ? japaneseNameReadings(name) : [])];
  if (scriptOf(name) !== 'hangul') return [first];
  const cp = (name.trim().codePointAt(0) ?? 0) - 0xac00;
  if (cp < 0 || cp >= 11172) return [first];
  const initial = Math.floor(cp / (HANGUL.final.length * HANGUL.vowels.length));
  const vowel = HANGUL.vowels[Math.floor(cp / HANGUL.final.length) % HANGUL.vowels.length] ?? '';
  // Jamo order: ㄴ is the third initial, ㅇ the twelfth.
  if (initial === 11 && /^[iy]/.test(vowel)) return [first, `r${first}`];
  if (initial === 2) return [first, `r${first.slice(1)}`];
  return [first];
}

let syllables: Set<string> | undefined;

/**
 * The pinyin of a Han name as Chinese writes it in Latin letters ("Xi Jinping": surname reading,
 * no tones, no separators), and whether a Latin name reads as pinyin at all: if it does, the
 * Han name must spell exactly it (李强 is Li Qiang, 李克强 is not), sound alone is not enough.
 */
export function pinyinSpelling(name: string): string | undefined {
  if (scriptOf(name) !== 'han') return undefined;
  const [everyday, surname] = pinyinTables();
  const chars = [...name].filter((c) => HAN.test(c));
  if (!chars.length) return undefined;
  const out = chars.map((c, i) => (i === 0 ? (surname.get(c) ?? everyday.get(c)) : everyday.get(c)));
  return out.every(Boolean) ? out.join('') : undefined;
}

/** Every word of a Latin name cuts into syllables of `known` (each at most `longest` letters). */
function cutsInto(latin: string, known: ReadonlySet<string>, longest: number): boolean {
  const words = latin
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  // cut[i]: w.slice(0, i) cuts into syllables.
  const cuts = (w: string): boolean => {
    const cut = [true];
    for (let i = 1; i <= w.length; i++) {
      cut[i] = false;
      for (let n = 1; n <= Math.min(longest, i) && !cut[i]; n++)
        cut[i] = cut[i - n] === true && known.has(w.slice(i - n, i));
    }
    return cut[w.length] === true;
  };
  return words.length > 0 && words.every((w) => /^[a-z]+$/.test(w) && cuts(w));
}

/** A Latin name every word of which cuts into pinyin syllables ("Xi Jinping", "Shenzhen", "Alibaba"). */
export function readsAsPinyin(latin: string): boolean {
  if (!syllables) {
    syllables = new Set();
    for (const group of PINYIN.split(' ')) syllables.add(/^[a-z]+/.exec(group)?.[0] ?? '');
    // Interjections without a vowel (嗯 n, 呣 m) would cut almost anything.
    for (const s of [...syllables]) if (!/[aeiouv]/.test(s)) syllables.delete(s);
  }
  return cutsInto(latin, syllables, 6);
}

let rrSyllables: Set<string> | undefined;

/** A Latin name every word of which cuts into Revised Romanization syllables ("Gwangju", "Incheon"). */
export function readsAsRevisedRomanization(latin: string): boolean {
  rrSyllables ??= new Set(
    HANGUL.initial.flatMap((i) => HANGUL.vowels.flatMap((v) => HANGUL.final.map((f) => i + v + f))),
  );
  rrSyllables.delete('');
  return cutsInto(latin, rrSyllables, 8);
}

/**
 * The pinyin of a name in Han characters whatever the language: two Han spellings of one name
 * (習近平 in Japanese, 习近平 in Chinese) read the same, although a Japanese reader says it otherwise.
 */
export function hanReading(name: string): string | undefined {
  if (scriptOf(name) !== 'han') return undefined;
  const chars = [...name].filter((c) => HAN.test(c));
  if (chars.length < 2) return undefined;
  const [everyday] = pinyinTables();
  const syllables = chars.map((c) => everyday.get(c));
  return syllables.every(Boolean) ? syllables.join(' ') : undefined;
}

let surnameSyllables: Set<string> | undefined;

/**
 * Two or three Han characters, the first read as a frequent Chinese family name (雷军, 习近平, and
 * 習近平 or 孫正義 as Japanese writes them; not 特朗普).
 */
export function chineseName(name: string): boolean {
  const chars = [...name];
  if (chars.length < 2 || chars.length > 3 || scriptOf(name) !== 'han') return false;
  surnameSyllables ??= new Set(PINYIN_SURNAMES.map((s) => s.toLowerCase()));
  const pinyin = pinyinSpelling(chars[0] as string);
  return pinyin !== undefined && surnameSyllables.has(pinyin);
}
