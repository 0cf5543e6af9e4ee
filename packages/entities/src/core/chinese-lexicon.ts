import { chineseLexicon } from './language-data';

// Built on first use from the generated lexicon (scripts/generate-name-lexicon.mjs): a text that is
// not Chinese never decodes it.
let simplified: Map<string, string> | undefined;
let notNames: Set<string> | undefined;
const ADMINISTRATIVE_END = /(?:[市县区旗州盟]|地区)$/u;
const placeIndexes = new WeakMap<Map<string, string>, Map<string, ChinesePlace[]>>();

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
 * string when nothing changes.
 */
export function foldTraditional(text: string): string {
  if (!simplified) {
    const pairs = chineseLexicon().traditional;
    simplified = new Map();
    for (let i = 0; i + 1 < pairs.length; i += 2) simplified.set(pairs[i] as string, pairs[i + 1] as string);
  }
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    // Han characters only: below U+3400 nothing is folded.
    if (text.charCodeAt(i) < 0x3400) continue;
    const s = simplified.get(text[i] as string);
    if (s === undefined) continue;
    out ??= text.split('');
    out[i] = s;
  }
  return out ? out.join('') : text;
}

/**
 * China's prefectures and counties by first character, longest first (宿迁市 before 宿迁), leaving
 * out what the gazetteer already has; a place the gazetteer names without its word (广东 of
 * 广东省) takes the gazetteer's key, so both spellings are one place.
 */
export function chinesePlacesByFirstCharacter(gazetteer: Map<string, string>): Map<string, ChinesePlace[]> {
  let index = placeIndexes.get(gazetteer);
  if (index) return index;
  index = new Map();
  for (const group of chineseLexicon().place.split('|')) {
    const [pinyin, ...names] = group.split(' ');
    const known = names.map((n) => gazetteer.get(n)).find((k) => k?.startsWith('place:'));
    const key = known ?? `place:${pinyin}`;
    for (const name of names) {
      if (gazetteer.has(name)) continue;
      const first = name[0] as string;
      const list = index.get(first) ?? [];
      list.push({ name, key, bare: !ADMINISTRATIVE_END.test(name) });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length);
  placeIndexes.set(gazetteer, index);
  return index;
}

/**
 * A word of two or three characters that starts with a family name and is no name (高度 "height",
 * 文化 "culture", 王者 "king"): jieba's dictionary, in simplified characters.
 */
export function isChineseWordLikeName(word: string): boolean {
  notNames ??= new Set(chineseLexicon().notNames.split(' '));
  return notNames.has(word);
}
