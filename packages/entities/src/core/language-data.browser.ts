import { languageNotLoaded } from '../errors';
import { CITY_NAME_LOADERS } from '../generated/city-name-loaders';
import { loadWinkLibrary } from '../locales/en/wink-library.browser';
import { localeFor } from '../locales/index';
import { loadChronoLocale } from './chrono-locale.browser';
import type {
  ChineseLexicon,
  GermanNounFilter,
  JapaneseNameTables,
  JapaneseProperNouns,
  KoreanWordFilters,
} from './language-data';

// The browser build's per-language data: wink's English model, a language's chrono-node locale,
// the German noun filter, the Japanese name readings and proper nouns, the Chinese organisations, places and characters,
// the Korean word filters
// and the city names of a script. Each is a dynamic import, so a bundler puts it in a chunk that a page fetches only when
// `loadLanguages` asks for that language; reading a text whose data was not loaded throws
// E_LANGUAGE_NOT_LOADED rather than giving other results than Node. The data files stay files:
// dist/browser.js imports the JSON of dist/generated that Node reads (tsup.browser.config.ts), and
// the page's bundler makes each a chunk.

const cities = new Map<string, Readonly<Record<string, string>>>();
let japanese: JapaneseNameTables | undefined;
let japaneseProper: JapaneseProperNouns | undefined;
let chineseOrgs: { org: string } | undefined;
let chinese: ChineseLexicon | undefined;
let germanNouns: GermanNounFilter | undefined;
let koreanWords: KoreanWordFilters | undefined;

export function cityNames(lang: string): Readonly<Record<string, string>> {
  if (!CITY_NAME_LOADERS[lang]) return {};
  const table = cities.get(lang);
  if (!table) throw languageNotLoaded(lang, 'The city names');
  return table;
}

export function japaneseNameTables(): JapaneseNameTables {
  if (!japanese) throw languageNotLoaded('ja', 'The Japanese name readings');
  return japanese;
}

export function japaneseProperNouns(): JapaneseProperNouns {
  if (!japaneseProper) throw languageNotLoaded('ja', 'The Japanese proper nouns');
  return japaneseProper;
}

export function chineseOrganisations(): { org: string } {
  if (!chineseOrgs) throw languageNotLoaded('zh', 'The Chinese organisations');
  return chineseOrgs;
}

export function chineseLexicon(): ChineseLexicon {
  if (!chinese) throw languageNotLoaded('zh', 'The Chinese places');
  return chinese;
}

export function germanNounFilter(): GermanNounFilter {
  if (!germanNouns) throw languageNotLoaded('de', 'The German noun filter');
  return germanNouns;
}

export function koreanWordFilters(): KoreanWordFilters {
  if (!koreanWords) throw languageNotLoaded('ko', 'The Korean word filters');
  return koreanWords;
}

async function loadKoreanWords(): Promise<void> {
  koreanWords = (await import('../generated/korean-words.json')).default;
}

async function loadGermanNouns(): Promise<void> {
  germanNouns = (await import('../generated/german-nouns.json')).default;
}

async function loadJapaneseNames(): Promise<void> {
  japanese = (await import('../generated/japanese-names.json')).default;
}

async function loadChineseOrganisations(): Promise<void> {
  chineseOrgs = (await import('../generated/chinese-organisations.json')).default;
}

async function loadChineseLexicon(): Promise<void> {
  chinese = (await import('../generated/chinese-lexicon.json')).default;
}

async function loadJapaneseProperNouns(): Promise<void> {
  japaneseProper = (await import('../generated/japanese-proper-nouns.json')).default;
}

/** Everything a text in each of `tags` needs, fetched once; the entity locale decides what that is. */
export async function loadLanguageData(tags: readonly string[]): Promise<void> {
  const jobs: Promise<unknown>[] = [];
  for (const tag of new Set(tags)) {
    const locale = localeFor(tag);
    if (locale.chrono) jobs.push(loadChronoLocale(locale.chrono));
    if (locale.lang === 'en') jobs.push(loadWinkLibrary());
    if (locale.lang === 'ja' && !japanese) jobs.push(loadJapaneseNames());
    if (locale.lang === 'ja' && !japaneseProper) jobs.push(loadJapaneseProperNouns());
    if (locale.lang === 'zh' && !chineseOrgs) jobs.push(loadChineseOrganisations());
    if (locale.lang === 'zh' && !chinese) jobs.push(loadChineseLexicon());
    if (locale.lang === 'ko' && !koreanWords) jobs.push(loadKoreanWords());
    // Read only where nouns are capitalised (names.ts, germanName).
    if (locale.capitalisesNouns && !germanNouns) jobs.push(loadGermanNouns());
    const cityLoader = CITY_NAME_LOADERS[locale.lang];
    if (cityLoader && !cities.has(locale.lang)) {
      const lang = locale.lang;
      jobs.push(cityLoader().then((table) => cities.set(lang, table)));
    }
  }
  await Promise.all(jobs);
}
