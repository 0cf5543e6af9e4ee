import { generatedData } from '../data';
import { CITY_NAME_LANGUAGES } from '../generated/city-names';

// The tables only one language needs (a German noun filter, Japanese name readings and proper
// nouns, Chinese organisations, city names). In
// Node each is a data file read when a text first needs it (data.ts), and the rest of a language's
// data is required on first use (chrono-locale.ts, wink-library.ts), so nothing waits to be loaded.
// The browser build (language-data.browser.ts) fetches each language's share when `loadLanguages`
// asks for it.

/** Japanese family and given names by reading, packed: IPAdic's, and the readings ENAMDICT adds. */
export interface JapaneseNameTables {
  family: string;
  given: string;
  familyMore: string;
  givenMore: string;
}

const cities = new Map<string, Readonly<Record<string, string>>>();
let japanese: JapaneseNameTables | undefined;
let japaneseProper: JapaneseProperNouns | undefined;
let chineseOrgs: { org: string } | undefined;
let chinese: ChineseLexicon | undefined;
let germanNouns: GermanNounFilter | undefined;
let koreanWords: KoreanWordFilters | undefined;

/**
 * IPAdic's organisations and places in katakana and organisations in kanji, space-separated; its
 * katakana common words and its kanji place names, as Bloom filters (name-lexicon.ts).
 */
export interface JapaneseProperNouns {
  org: string;
  place: string;
  hanOrg: string;
  /** Katakana organisations IPAdic also has as a personal name or an adjective (シャープ). */
  orgOrName: string;
  common: BloomFilter;
  /** Words of two to four kanji that IPAdic has as common words and never as a name (不明, 会見). */
  commonKanji: BloomFilter;
  placeStems: BloomFilter;
  /** Places of two or three kanji that IPAdic has as no common word and no person (新宿). */
  barePlaces: BloomFilter;
  /** A place and its administrative word that IPAdic has as another word (都市, 中村), space-separated. */
  placeNotWords: string;
  /** Katakana proper nouns of five or more IPAdic types as no person, organisation or place (ホワイトハウス). */
  properGeneral: string;
  /** ENAMDICT's given names of two kanji that IPAdic has as no name (翔平, 聡太). */
  enamdictGiven: BloomFilter;
  /** Organisations of two kanji, or of three or four mixing kanji and katakana, IPAdic has as no other word (花王, 京セラ). */
  shortOrg: string;
  /** Family and given names of two or three kanji that IPAdic also has as a common word (大手, 中部, 厚生). */
  personCommon: BloomFilter;
}

/** A Bloom filter of src/generated, its bytes in base64 (scripts/bloom.mjs). */
export interface BloomFilter {
  bits: number;
  hashes: number;
  data: string;
}

/** mecab-ko-dic's Korean common words and places, as Bloom filters (name-lexicon.ts). */
export interface KoreanWordFilters {
  common: BloomFilter;
  place: BloomFilter;
  /** Every word with a place among its readings (의성, 송도). */
  placeReading: BloomFilter;
  /** Places held only as their parts, a name and the word of its kind (가자+지구, 자바+해). */
  analysedPlace: BloomFilter;
  /** The words of a kind of place that end those (강, 산맥, 지구), space-separated. */
  placeKinds: string;
  /** Syllables that may end a compound of common words (골, 법, 진), one string. */
  tails: string;
  /** Proper nouns that `common` holds by chance (애틀랜타, 시애틀), space-separated. */
  properCollisions: string;
  /** Proper nouns filed as common nouns run together (스마트+폰). */
  compounds: BloomFilter;
  /** The syllables of Sino-Korean readings (hanja's table), one string. */
  sino: string;
  /** Korean personal names that read as common words run together (박지+성, 이영+표). */
  persons: BloomFilter;
}

/** CLDR's exemplar cities written in `lang` (ja, ko, ru, zh), local name → place key; {} for others. */
export function cityNames(lang: string): Readonly<Record<string, string>> {
  if (!CITY_NAME_LANGUAGES.includes(lang)) return {};
  let table = cities.get(lang);
  if (!table) {
    table = generatedData<Record<string, string>>(`city-names/${lang}`);
    cities.set(lang, table);
  }
  return table;
}

/** IPAdic's Japanese family and given names by reading, packed (see romanize.ts). */
export function japaneseNameTables(): JapaneseNameTables {
  japanese ??= generatedData<JapaneseNameTables>('japanese-names');
  return japanese;
}

/** IPAdic's organisations and places in katakana and organisations in kanji, space-separated (name-lexicon.ts). */
export function japaneseProperNouns(): JapaneseProperNouns {
  japaneseProper ??= generatedData<JapaneseProperNouns>('japanese-proper-nouns');
  return japaneseProper;
}

/** jieba's organisations in Han characters, space-separated (name-lexicon.ts). */
export function chineseOrganisations(): { org: string } {
  chineseOrgs ??= generatedData<{ org: string }>('chinese-organisations');
  return chineseOrgs;
}

/** China's places, the traditional → simplified characters and words like names (chinese-lexicon.ts). */
export interface ChineseLexicon {
  /** Groups "pinyin name…" joined by |: 宿迁 宿迁市. */
  place: string;
  /** Pairs of a traditional character and its simplified one, concatenated: 陳陈積积. */
  traditional: string;
  /** Words that start like a personal name and are none (高度, 文化), space-separated. */
  notNames: string;
  /** Characters that start 30 or more of jieba's three-character personal names (王, 屠, 施), concatenated. */
  families: string;
  /**
   * CC-CEDICT's proper names by type (P person, O organisation, X product, N a name of no known
   * type), space-separated, and places (L) as name:english-key pairs joined by | (the key may be absent).
   */
  proper: Record<'P' | 'O' | 'X' | 'N' | 'L', string>;
  /** Common words of two characters that overlap a proper name's first or last (许多, 部门), concatenated. */
  acrossNames: string;
}

/** China's places and traditional characters, read when Chinese first needs them. */
export function chineseLexicon(): ChineseLexicon {
  chinese ??= generatedData<ChineseLexicon>('chinese-lexicon');
  return chinese;
}

/**
 * German nouns as a Bloom filter (`bits`, `hashes`, base64 `data`), plus the acronyms and the
 * nouns that are also family names that the lexicon holds, space-separated.
 */
export interface GermanNounFilter extends BloomFilter {
  acronyms: string;
  /** The acronyms with no plural: bodies, parties, papers (SPD, FAZ), not things (PDF). */
  bodyAcronyms: string;
  familyNouns: string;
  /** Given names of faker's other Latin-script locales that are no German noun (Karol, Andrej). */
  foreignGiven: BloomFilter;
}

/** The German noun Bloom filter (name-lexicon.ts), for locales that capitalise nouns. */
export function germanNounFilter(): GermanNounFilter {
  germanNouns ??= generatedData<GermanNounFilter>('german-nouns');
  return germanNouns;
}

/** The Korean word filters (name-lexicon.ts), read when a Korean text first asks. */
export function koreanWordFilters(): KoreanWordFilters {
  koreanWords ??= generatedData<KoreanWordFilters>('korean-words');
  return koreanWords;
}

/** Nothing to do in Node: every language's data loads on first use. */
export async function loadLanguageData(_tags: readonly string[]): Promise<void> {}
