// Generates src/generated/currencies.ts from Unicode CLDR (cldr-numbers-full, and cldr-core for which
// currencies are legal tender today): the names and symbols each supported language writes with an
// amount ("3 millions de francs suisses", "3 Mio. CHF", "300万スイスフラン", "HK$2bn"), mapped to ISO
// 4217 codes. Only the ~150 currencies some country uses now: a withdrawn one ("French francs",
// "Deutsche Mark") would read history as today's money and grow the table for nothing. Run by `build`;
// the output is not committed (as calendar.ts), so the words come from the CLDR version in package.json.
// Both @corpus/entities (its money recogniser) and @corpus/compare read this one table.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLDR_LOCALES } from './cldr-locales.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const numbersRoot = dirname(require.resolve('cldr-numbers-full/package.json'));
const coreRoot = dirname(require.resolve('cldr-core/package.json'));
const cldrVersion = JSON.parse(readFileSync(join(numbersRoot, 'package.json'), 'utf8')).version;

/** Written without spaces between words: CLDR's "スイス フラン" is "スイスフラン" in running text too. */
const UNSPACED = new Set(['ja', 'zh', 'ko']);

// ISO codes that are also words a sentence may put after a number in capitals ("the 10 TOP"): left out.
const AMBIGUOUS_SYMBOLS = new Set(['ALL', 'BOB', 'CUP', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP', 'TRY']);
// Names that are also the people of a country ("murieron 3 bolivianos": three Bolivians): left out.
const AMBIGUOUS_NAMES = new Set(['boliviano', 'bolivianos', 'boliviani']);

/** Currencies legal tender in some region today (an open-ended `_from` entry, not `_tender: false`). */
function currentCurrencies() {
  const data = JSON.parse(readFileSync(join(coreRoot, 'supplemental', 'currencyData.json'), 'utf8'));
  const codes = new Set();
  for (const entries of Object.values(data.supplemental.currencyData.region)) {
    for (const entry of entries) {
      for (const [code, period] of Object.entries(entry)) {
        if (period._to === undefined && period._tender !== 'false') codes.add(code);
      }
    }
  }
  return codes;
}

const normalise = (word) => word.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

/**
 * A symbol with a currency sign ("€", "R$", "GH₵"), Han characters (Japanese "元" for the yuan), or an
 * ISO-like code ("CHF", "FCFA"): letters alone ("Ft", "KM", "р.", "lei") are also units, abbreviations
 * and words after a number ("5 KM", "lei").
 */
const usableSymbol = (symbol) =>
  (/\p{Sc}/u.test(symbol) ||
    /^\p{Script=Han}+$/u.test(symbol) ||
    /^(?:[A-Z]{3,4}|F\u202fCFA)$/u.test(symbol)) &&
  !AMBIGUOUS_SYMBOLS.has(symbol);

/** Adds `code` to the set of codes `key` stands for. */
function add(map, key, code) {
  if (!map[key]) map[key] = new Set();
  map[key].add(code);
}

/** The keys that stand for one code only, as `{ key: code }`: a word two currencies share says neither. */
function unambiguous(map, skip = () => false) {
  const out = {};
  for (const [key, codes] of Object.entries(map))
    if (codes.size === 1 && !skip(key)) out[key] = [...codes][0];
  return out;
}

/** Names grouped by currency code, as the runtime reads them back: `{ CHF: ['franc suisse', …] }`. */
function namesByCode(names) {
  const byCode = {};
  for (const [name, code] of Object.entries(names)) {
    byCode[code] ??= [];
    byCode[code].push(name);
  }
  return byCode;
}

/** One language's names (lower-cased, every plural form) and symbols (as written), from its CLDR locales. */
function tableFor(lang, tags, current) {
  const names = {};
  const symbols = {};
  const narrow = {};
  for (const tag of tags) {
    const path = join(numbersRoot, 'main', tag, 'currencies.json');
    const currencies = JSON.parse(readFileSync(path, 'utf8')).main[tag].numbers.currencies;
    for (const [code, entry] of Object.entries(currencies)) {
      if (!current.has(code)) continue;
      for (const [key, text] of Object.entries(entry)) {
        if (!key.startsWith('displayName')) continue;
        const name = normalise(text).toLowerCase();
        // A name that is only the code says nothing the ISO codes do not (they are read in every language).
        if (AMBIGUOUS_NAMES.has(name) || name === code.toLowerCase()) continue;
        add(names, name, code);
        if (UNSPACED.has(lang) && name.includes(' ')) add(names, name.replaceAll(' ', ''), code);
      }
      // Symbols from the language's main locale only: "$" is the Taiwan dollar in zh-Hant, not in zh.
      if (tag !== lang) continue;
      if (entry.symbol && usableSymbol(entry.symbol) && entry.symbol !== code)
        add(symbols, entry.symbol, code);
      // A narrow symbol with letters is another currency's in news: CLDR's "C$" is the córdoba, Reuters'
      // the Canadian dollar. Signs alone ("₽", "₺") are safe.
      const alt = entry['symbol-alt-narrow'];
      if (alt && usableSymbol(alt) && !/\p{L}/u.test(alt)) add(narrow, alt, code);
    }
  }
  // A symbol several currencies share ("$": US, Canadian, Australian… dollars in their narrow form) is
  // the one whose own symbol it is, or none: "5 kr" does not say which crowns.
  const bySymbol = { ...unambiguous(symbols), ...unambiguous(narrow, (symbol) => symbol in symbols) };
  return { names: namesByCode(unambiguous(names)), symbols: bySymbol };
}

const current = currentCurrencies();
const codes = [...current].filter(usableSymbol).sort();
const tables = {};
for (const [lang, tags] of Object.entries(CLDR_LOCALES))
  tables[lang] = JSON.stringify(tableFor(lang, tags, current));

// Each language's table is a JSON string parsed on first use (src/currencies.ts): a process that reads
// one language pays for that one only.
const text =
  `// Generated by scripts/generate-currencies.mjs from Unicode CLDR ${cldrVersion} (cldr-numbers-full,\n` +
  `// cldr-core's currencyData for the ${current.size} currencies in use): each language's currency names by\n` +
  `// ISO 4217 code (every plural form, lower-cased) and its symbols to the code, as JSON text; and the\n` +
  `// ISO codes, written alike in every language. Do not edit: run \`pnpm --filter @corpus/core generate\`.\n` +
  `export const CLDR_CURRENCIES_VERSION = ${JSON.stringify(cldrVersion)};\n\n` +
  `export const ISO_CURRENCY_CODES = ${JSON.stringify(codes.join(' '))};\n\n` +
  `export const CURRENCY_TABLES: Record<string, string> = {\n${Object.entries(tables)
    .map(([lang, json]) => `  ${lang}: '${json.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}',\n`)
    .join('')}};\n`;
const out = join(here, '..', 'src', 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'currencies.ts'), text);
console.log(
  `src/generated/currencies.ts: ${Object.keys(CLDR_LOCALES).length} languages, ${current.size} currencies, from CLDR ${cldrVersion} (${text.length} characters)`,
);
