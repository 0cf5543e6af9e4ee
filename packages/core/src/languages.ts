/**
 * The languages every @corpus package supports at full depth (a test in each package checks that it
 * has each of them). Other languages still work: segmentation falls back to Intl.Segmenter and the
 * calendar words of many more come from CLDR.
 */
export const SUPPORTED_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'ru',
  'ja',
  'zh',
  'ko',
] as const;

export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const SUPPORTED: ReadonlySet<string> = new Set(SUPPORTED_LANGUAGES);

/**
 * The canonical BCP 47 form of `tag` (`zh_hant-tw` → `zh-Hant-TW`, `EN-gb` → `en-GB`), or undefined
 * when it is not a well-formed tag. Underscores are read as hyphens (POSIX locales write `pt_BR`).
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const trimmed = tag.trim().replace(/_/g, '-');
  if (trimmed === '' || trimmed.length > 100) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}

/** The language subtag of `tag` in lower case (`pt-BR` → `pt`); `und` when the tag is malformed. */
export function primaryLanguage(tag: string): string {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return 'und';
  return canonical.split('-')[0]!.toLowerCase();
}

/**
 * The tags to try, most specific first, by RFC 4647 lookup truncation: `zh-Hant-TW` → `zh-Hant-TW`,
 * `zh-Hant`, `zh`. A single-letter subtag (an extension or private use) never ends a truncated tag.
 * A region without a script adds the script it implies: `zh-TW` → `zh-TW`, `zh-Hant-TW`, `zh-Hant`,
 * `zh`. Malformed tags give `[]`.
 */
export function lookupChain(tag: string): string[] {
  // Every analysed document asks this several times (the locale tables of entities and compare), and
  // ICU's canonicalisation and Intl.Locale#maximize cost ~40 µs a call: ~5 % of analysing one short
  // sentence. The answer depends on the tag alone.
  return [...cachedChain(tag)];
}

function cachedChain(tag: string): readonly string[] {
  if (typeof tag !== 'string') return [];
  let chain = chains.get(tag);
  if (!chain) {
    chain = computeChain(tag);
    if (chains.size >= MAX_CACHED_TAGS) chains.clear();
    chains.set(tag, chain);
  }
  return chain;
}

/** Tags remembered by lookupChain; a stream of distinct tags only rebuilds the cache, never grows it. */
const MAX_CACHED_TAGS = 256;
const chains = new Map<string, readonly string[]>();

function computeChain(tag: string): string[] {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return [];
  const chain = truncations(canonical);
  // A region without a script (`zh-TW`) also tries the script it implies (`zh-Hant-TW`, `zh-Hant`)
  // before the bare language, so Traditional Chinese data is found for Taiwan and Hong Kong.
  const locale = new Intl.Locale(canonical);
  if (locale.region && !locale.script) {
    const { script } = locale.maximize();
    if (script) {
      const scripted = truncations(`${locale.language}-${script}-${locale.region}`).slice(0, 2);
      chain.splice(chain.length - 1, 0, ...scripted.filter((t) => !chain.includes(t)));
    }
  }
  return chain;
}

function truncations(canonical: string): string[] {
  const parts = canonical.split('-');
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n--) {
    if (n < parts.length && (parts[n - 1]?.length ?? 0) === 1) continue;
    chain.push(parts.slice(0, n).join('-'));
  }
  return chain;
}

/** The entry of `table` for the most specific tag of `lookupChain(tag)` it has, if any. */
export function lookupLanguage<T>(tag: string, table: Readonly<Record<string, T>>): T | undefined {
  for (const candidate of cachedChain(tag)) {
    if (Object.hasOwn(table, candidate)) return table[candidate];
  }
  return undefined;
}

/** True when the primary language of `tag` is one of SUPPORTED_LANGUAGES. */
export function isSupportedLanguage(tag: string): boolean {
  return SUPPORTED.has(primaryLanguage(tag));
}
