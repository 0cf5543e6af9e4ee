import { CLDR_CURRENCIES_VERSION, CURRENCY_TABLES, ISO_CURRENCY_CODES } from './generated/currencies';
import { lookupLanguage } from './languages';

/** Currency names and symbols of one language, from Unicode CLDR, each to its ISO 4217 code. */
export interface CurrencyWords {
  /** The language the words are of (`de`, `zh`, …). */
  lang: string;
  /** Lower-cased names, every plural form CLDR gives ("francs suisses", "スイスフラン") → code. */
  names: ReadonlyMap<string, string>;
  /**
   * Symbols as written ("€", "HK$", "$US", "元") and the ISO codes of the currencies in use ("CHF"),
   * written alike in every language → code. Case matters: "Ft" is forints, "ft" feet.
   */
  symbols: ReadonlyMap<string, string>;
}

interface RawCurrencyTable {
  names: Record<string, string[]>;
  symbols: Record<string, string>;
}

/** The version of Unicode CLDR the currency words were generated from. */
export const CURRENCY_SOURCE = `Unicode CLDR ${CLDR_CURRENCIES_VERSION}`;

/** The languages that have currency words. */
export const CURRENCY_LANGUAGES: readonly string[] = Object.keys(CURRENCY_TABLES);

const cache = new Map<string, CurrencyWords>();

/**
 * The currency words of `lang` (BCP 47, looked up by truncation: `de-CH` → `de`), or undefined for a
 * language CLDR data was not generated for (see CURRENCY_LANGUAGES). A language's table is parsed the
 * first time it is asked for.
 */
export function currencyWords(lang: string): CurrencyWords | undefined {
  const json = lookupLanguage(lang, CURRENCY_TABLES);
  if (json === undefined) return undefined;
  const key = CURRENCY_LANGUAGES.find((k) => CURRENCY_TABLES[k] === json)!;
  let words = cache.get(key);
  if (!words) {
    const raw = JSON.parse(json) as RawCurrencyTable;
    const names = new Map<string, string>();
    for (const [code, forms] of Object.entries(raw.names)) for (const name of forms) names.set(name, code);
    const symbols = new Map<string, string>(ISO_CURRENCY_CODES.split(' ').map((code) => [code, code]));
    for (const [symbol, code] of Object.entries(raw.symbols)) symbols.set(symbol, code);
    words = { lang: key, names, symbols };
    cache.set(key, words);
  }
  return words;
}
