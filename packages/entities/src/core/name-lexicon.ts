import {
  CYRILLIC_GIVEN_NAMES,
  JA_FAMILY_NAMES_KANJI,
  KO_FAMILY_NAMES,
  LATIN_GIVEN_NAMES,
  STOPWORDS,
} from '../generated/name-lexicon';
import { GIVEN_NAMES } from '../locales/_global/index';
import { chineseOrganisations, germanNounFilter, japaneseProperNouns } from './language-data';

// The generated lists (scripts/generate-name-lexicon.mjs) are strings, turned into sets on first use:
// a text that never asks about German nouns never decodes the filter.
let given: Set<string> | undefined;
let german: { bytes: Uint8Array; bits: number; hashes: number } | undefined;
const stopwords = new Map<string, Set<string>>();
let koFamily: Set<string> | undefined;
let jaFamily: Set<string> | undefined;

/** A given name of a supported language written in Latin or Cyrillic letters ("Olaf", "Владимир"). */
export function isGivenName(word: string): boolean {
  given ??= new Set([...LATIN_GIVEN_NAMES.split(' '), ...CYRILLIC_GIVEN_NAMES.split(' '), ...GIVEN_NAMES]);
  return given.has(word);
}

/** Korean family names in Hangul (김, 이, 남궁). */
export function koreanFamilyNames(): Set<string> {
  koFamily ??= new Set(KO_FAMILY_NAMES.split(' '));
  return koFamily;
}

/** Japanese family names in kanji (佐藤, 石破). */
export function japaneseFamilyNames(): Set<string> {
  jaFamily ??= new Set(JA_FAMILY_NAMES_KANJI.split(' '));
  return jaFamily;
}

let jaProper: Map<string, 'ORG' | 'PLACE'> | undefined;

/**
 * An organisation or place IPAdic writes in katakana, or an organisation it writes in kanji, and has
 * as no common word or person (ソニー, ワシントン, 自民党).
 */
export function japaneseProperNoun(word: string): 'ORG' | 'PLACE' | undefined {
  if (!jaProper) {
    const { org, place, hanOrg } = japaneseProperNouns();
    jaProper = new Map();
    for (const w of place.split(' ')) jaProper.set(w, 'PLACE');
    for (const w of `${org} ${hanOrg}`.split(' ')) jaProper.set(w, 'ORG');
  }
  return jaProper.get(word);
}

let jaCommon: Set<string> | undefined;

/** A katakana word of three or more that IPAdic has as a common word (イベント, ワクチン). */
export function isJapaneseCommonKatakana(word: string): boolean {
  jaCommon ??= new Set(japaneseProperNouns().common.split(' '));
  return jaCommon.has(word);
}

let zhOrgs: Set<string> | undefined;

/** An organisation jieba's dictionary tags nt, in three to ten Han characters (国务院, 中国移动). */
export function isChineseOrganisation(word: string): boolean {
  zhOrgs ??= new Set(chineseOrganisations().org.split(' '));
  return zhOrgs.has(word);
}

const fnv = (s: string, seed: number): number => {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
};

function germanTables() {
  if (!german) {
    const filter = germanNounFilter();
    const bin = atob(filter.data);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    german = { bytes, bits: filter.bits, hashes: filter.hashes };
  }
  return german;
}

/** A form of a German common noun ("Zentralbank", "Häusern"); ~0.4% of other words say yes too. */
export function isGermanNoun(word: string): boolean {
  const t = germanTables();
  const w = word.toLowerCase();
  const a = fnv(w, 0);
  const b = fnv(w, 0x9e3779b9) | 1;
  for (let i = 0; i < t.hashes; i++) {
    const bit = ((a + Math.imul(i, b)) >>> 0) % t.bits;
    if (((t.bytes[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/**
 * A function word of the language ("Nach", "Selon", "Ieri", "Hier"): capitalised only at the
 * start of a sentence. Languages without a list say no.
 */
export function isStopword(lang: string, word: string): boolean {
  let set = stopwords.get(lang);
  if (!set) {
    set = new Set((STOPWORDS[lang] ?? '').split(' ').filter(Boolean));
    stopwords.set(lang, set);
  }
  return set.has(word.toLowerCase());
}

const MAX_COMPOUND = 64;

// Linking letters between the parts of a German compound ("Schulden|bremse", "Arbeit|s|markt").
const JOINTS = ['', 's', 'n', 'en', 'es', 'e', 'er'];

/**
 * How a capitalised German word reads: `noun` (a noun or a compound of nouns, "Rechenzentren"),
 * `tail` (it ends with a noun but starts with no noun: "Nürnberg", "Leitzins", either a name or a
 * compound), or `unknown` (no noun in it: a name, or an adjective or verb used as one).
 */
// Suffixes that make German nouns (Migration, Nachhaltigkeit, Digitalisierung): a word of eight
// letters or more ending so is a noun even when the lexicon lacks it.
const NOUN_SUFFIX = /^\p{Lu}\p{Ll}{4,}(?:ung|heit|keit|schaft|tion|sion|tät|ismus)$/u;

export function germanWordKind(word: string): 'noun' | 'tail' | 'unknown' {
  if (isGermanNoun(word) || (word.length >= 8 && NOUN_SUFFIX.test(word))) return 'noun';
  // Compounds are split at every letter, and each split hashes its parts: bounded, so that a word
  // of a million letters costs no more than one of 64 (no German compound is longer).
  if (word.length > MAX_COMPOUND) return 'unknown';
  const parts = word.split('-');
  // German compounds end with their head: "Tesla-Werk" is a noun, "Nordrhein-Westfalen" is not one.
  if (parts.length > 1)
    return germanWordKind(parts[parts.length - 1] as string) === 'noun' ? 'noun' : 'unknown';
  let tail = false;
  for (let i = word.length - 4; i >= 3; i--) {
    if (!isGermanNoun(word.slice(i))) continue;
    tail = true;
    const head = word.slice(0, i);
    for (const j of JOINTS)
      if (
        head.length - j.length >= 3 &&
        head.endsWith(j) &&
        isGermanNoun(head.slice(0, head.length - j.length))
      )
        return 'noun';
  }
  return tail ? 'tail' : 'unknown';
}
