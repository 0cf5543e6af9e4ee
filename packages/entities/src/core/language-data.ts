import { CITY_NAMES } from '../generated/city-names';
import { GERMAN_NOUNS } from '../generated/german-nouns';
import { JA_FAMILY_NAMES, JA_GIVEN_NAMES } from '../generated/japanese-names';

// The tables only one language needs (a German noun filter, Japanese name readings, city names). In Node they are part of the module (strings, parsed on first
// use) and the rest of a language's data is required on first use (chrono-locale.ts,
// wink-library.ts), so nothing waits to be loaded. The browser build (language-data.browser.ts)
// fetches each language's share when `loadLanguages` asks for it.

/** CLDR's exemplar cities written in `lang` (ja, ko, ru, zh), local name → place key; {} for others. */
export function cityNames(lang: string): Readonly<Record<string, string>> {
  return CITY_NAMES[lang] ?? {};
}

/** IPAdic's Japanese family and given names by reading, packed (see romanize.ts). */
export function japaneseNameTables(): { family: string; given: string } {
  return { family: JA_FAMILY_NAMES, given: JA_GIVEN_NAMES };
}

/** The German noun Bloom filter (name-lexicon.ts), for locales that capitalise nouns. */
export function germanNounFilter(): { bits: number; hashes: number; data: string } {
  return GERMAN_NOUNS;
}

/** Nothing to do in Node: every language's data loads on first use. */
export async function loadLanguageData(_tags: readonly string[]): Promise<void> {}
