import { chineseLexicon } from './language-data';

// Built on first use from the generated lexicon (scripts/generate-name-lexicon.mjs): a text that is
// not Chinese never decodes it.
let simplified: Uint16Array | undefined;
let notNames: Set<string> | undefined;
const ADMINISTRATIVE_END = /(?:[市县区旗州盟]|地区)$/u;
const placeIndexes = new WeakMap<Map<string, string>, ChinesePlaceIndex>();

/**
 * The places by their first two code units (first × 0x10000 + second: every name has two
 * characters or more), and a flag for each code unit that is the first or the second of one,
 * tested before the lookup (most characters of a text start none: 0.25 ms for 96 000 characters,
 * where a lookup at each took 0.6).
 */
export interface ChinesePlaceIndex {
  index: Map<number, ChinesePlace[]>;
  firsts: Uint8Array;
  seconds: Uint8Array;
}

/** A place of China's divisions: its name as written and its key. */
export interface ChinesePlace {
  name: string;
  key: string;
  /** Written without its administrative word (宿迁, 高雄), not 宿迁市. */
  bare: boolean;
}

/**
 * The text with each traditional character written as its simplified one (陳其邁 → 陈其迈, 台積電 →
 * 台积电), one UTF-16 unit for one, so that every offset stays that of the original text; the same
 * string when nothing changes. A table by code unit: no string is made for a character looked up.
 */
export function foldTraditional(text: string): string {
  if (!simplified) {
    const pairs = chineseLexicon().traditional;
    simplified = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < pairs.length; i += 2) simplified[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  }
  let out: number[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const s = simplified[text.charCodeAt(i)] as number;
    if (s === 0) continue;
    if (!out) {
      out = new Array<number>(text.length);
      for (let j = 0; j < text.length; j++) out[j] = text.charCodeAt(j);
    }
    out[i] = s;
  }
  if (!out) return text;
  // In slices: String.fromCharCode takes its arguments on the stack.
  let folded = '';
  for (let i = 0; i < out.length; i += 8192) folded += String.fromCharCode(...out.slice(i, i + 8192));
  return folded;
}

/**
 * China's prefectures and counties by their first two characters, longest first (宿迁市 before 宿迁), leaving
 * out what the gazetteer already has; a place the gazetteer names without its word (广东 of
 * 广东省) takes the gazetteer's key, so both spellings are one place.
 */
export function chinesePlacesByFirstCharacter(gazetteer: Map<string, string>): ChinesePlaceIndex {
  const hit = placeIndexes.get(gazetteer);
  if (hit) return hit;
  const index = new Map<number, ChinesePlace[]>();
  const firsts = new Uint8Array(0x10000);
  const seconds = new Uint8Array(0x10000);
  for (const group of chineseLexicon().place.split('|')) {
    const [pinyin, ...names] = group.split(' ');
    const known = names.map((n) => gazetteer.get(n)).find((k) => k?.startsWith('place:'));
    const key = known ?? `place:${pinyin}`;
    for (const name of names) {
      if (gazetteer.has(name)) continue;
      const pair = name.charCodeAt(0) * 0x10000 + name.charCodeAt(1);
      const list = index.get(pair) ?? [];
      list.push({ name, key, bare: !ADMINISTRATIVE_END.test(name) });
      index.set(pair, list);
      firsts[name.charCodeAt(0)] = 1;
      seconds[name.charCodeAt(1)] = 1;
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length);
  const built = { index, firsts, seconds };
  placeIndexes.set(gazetteer, built);
  return built;
}

/**
 * A word of two or three characters that starts with a family name and is no name (高度 "height",
 * 文化 "culture", 王者 "king"): jieba's dictionary, in simplified characters.
 */
export function isChineseWordLikeName(word: string): boolean {
  notNames ??= new Set(chineseLexicon().notNames.split(' '));
  return notNames.has(word);
}

const properIndexes = new WeakMap<Map<string, string>, ChineseNameIndex>();
let families: Set<string> | undefined;

/** A family name by jieba's data, a rarer one included (屠, 施): one character. */
export function isChineseFamilyName(c: string): boolean {
  families ??= new Set(chineseLexicon().families);
  return families.has(c);
}

let acrossNames: Set<string> | undefined;

/**
 * Whether a common word crosses an edge of the name at `start`–`end` of `text`, sharing its first or
 * its last character (许多哈: 多哈 is no name there; 公安部门: nor is 公安部).
 */
export function wordAcrossName(text: string, start: number, end: number): boolean {
  const words = frequentPairs();
  return (
    (start > 0 && words.has(text.slice(start - 1, start + 1))) ||
    (end < text.length && words.has(text.slice(end - 1, end + 1)))
  );
}

/** Whether two characters are one of jieba's frequent words that share a name's edge (管理, 同时). */
export function isFrequentChineseWord(pair: string): boolean {
  return frequentPairs().has(pair);
}

function frequentPairs(): Set<string> {
  if (!acrossNames) {
    const pairs = chineseLexicon().acrossNames;
    acrossNames = new Set();
    for (let i = 0; i + 1 < pairs.length; i += 2) acrossNames.add(pairs.slice(i, i + 2));
  }
  return acrossNames;
}
const PROPER_TYPES = { P: 'PERSON', O: 'ORG', X: 'PRODUCT', N: 'NAME', L: 'PLACE' } as const;

/** CC-CEDICT's proper names by their first two code units, as the places are (ChinesePlaceIndex). */
export interface ChineseNameIndex {
  index: Map<number, ChineseName[]>;
  firsts: Uint8Array;
  seconds: Uint8Array;
}

/** A proper name of CC-CEDICT: as written, its type and its key. */
export interface ChineseName {
  name: string;
  type: (typeof PROPER_TYPES)[keyof typeof PROPER_TYPES];
  key: string;
}

/**
 * CC-CEDICT's people, organisations, products, places and other names (普京, 辉瑞, 抖音, 喀山) by their
 * first two characters, longest first, leaving out what the gazetteer already names.
 */
export function chineseNamesByFirstCharacters(gazetteer: Map<string, string>): ChineseNameIndex {
  const hit = properIndexes.get(gazetteer);
  if (hit) return hit;
  const index = new Map<number, ChineseName[]>();
  const firsts = new Uint8Array(0x10000);
  const seconds = new Uint8Array(0x10000);
  const proper = chineseLexicon().proper;
  for (const letter of Object.keys(PROPER_TYPES) as (keyof typeof PROPER_TYPES)[]) {
    const type = PROPER_TYPES[letter];
    const prefix = type.toLowerCase();
    for (const entry of proper[letter].split(letter === 'L' ? '|' : ' ')) {
      const colon = entry.indexOf(':');
      const name = colon < 0 ? entry : entry.slice(0, colon);
      if (name.length < 2 || gazetteer.has(name)) continue;
      const key = `${prefix}:${colon < 0 ? name : entry.slice(colon + 1)}`;
      const pair = name.charCodeAt(0) * 0x10000 + name.charCodeAt(1);
      const list = index.get(pair) ?? [];
      list.push({ name, type, key });
      index.set(pair, list);
      firsts[name.charCodeAt(0)] = 1;
      seconds[name.charCodeAt(1)] = 1;
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length);
  const built = { index, firsts, seconds };
  properIndexes.set(gazetteer, built);
  return built;
}
