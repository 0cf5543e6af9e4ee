// The currency words a text may write with an amount: Unicode CLDR's names and symbols of each locale's
// language (@corpus/core's currencyWords, the table @corpus/compare reads too), and the forms CLDR
// lacks that a locale adds (`EntityLocale.currencies`: "dollars", "美元", "원"). Read by a lookup at a
// given place, by first character, longest word first: a list of ~600 words is no regex alternation.

import { currencyWords } from '@corpus/core';
import type { EntityLocale } from '../locales/types';

/** A currency written at a place of the text: its ISO 4217 code, and where its words end. */
export interface CurrencyHit {
  code: string;
  end: number;
  /** Written with a currency sign ("$", "HK$"), which may as well open the next amount ("$5"). */
  sign: boolean;
}

interface CurrencyEntry {
  /** Lower-cased for a name; as written for a symbol or code ("Ft" is forints, "ft" feet). */
  word: string;
  code: string;
  caseless: boolean;
  /** Ends in a letter of a script with spaces between words: the next character must not go on the word. */
  wordEnd: boolean;
  sign: boolean;
}

export interface CurrencyIndex {
  /** The longest currency word that starts at `at`. */
  at(text: string, at: number): CurrencyHit | undefined;
  /**
   * The currency after an amount that ends at `at`: past spaces on the same line, and past one of
   * `linkers` ("de", "d'" in "3 millions d'euros") with its spaces.
   */
  after(text: string, at: number, linkers?: readonly string[]): CurrencyHit | undefined;
}

const SPACE = /[ \t\u00a0\u202f]/;
const SPACED_SCRIPT_END = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]$/u;
const GOES_ON = /[\p{L}\p{N}]/u;

/** The entries by their first character (lower-cased), each list longest first. */
function buildIndex(locales: readonly EntityLocale[]): Map<string, CurrencyEntry[]> {
  const words = new Map<string, CurrencyEntry>();
  const put = (word: string, code: string, caseless: boolean) => {
    const key = caseless ? word.toLowerCase() : word;
    if (!key) return;
    words.set(`${caseless ? 'n' : 's'}:${key}`, {
      word: key,
      code,
      caseless,
      wordEnd: SPACED_SCRIPT_END.test(key),
      sign: /\p{Sc}/u.test(key),
    });
  };
  // The document's language last, so that its words win a word two languages read differently.
  for (const locale of [...locales].reverse()) {
    const cldr = currencyWords(locale.lang);
    for (const [name, code] of cldr?.names ?? []) put(name, code, true);
    for (const [symbol, code] of cldr?.symbols ?? []) put(symbol, code, false);
    // A locale's own forms: words in any case ("Dollars"), symbols as written ("C$", not "c$").
    for (const [word, code] of Object.entries(locale.currencies)) put(word, code, !/\p{Sc}/u.test(word));
  }
  const byFirst = new Map<string, CurrencyEntry[]>();
  for (const entry of words.values()) {
    const first = entry.word[0]!.toLowerCase();
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  return byFirst;
}

function createIndex(byFirst: Map<string, CurrencyEntry[]>): CurrencyIndex {
  const at = (text: string, start: number): CurrencyHit | undefined => {
    const list = byFirst.get((text[start] ?? '').toLowerCase());
    if (!list) return undefined;
    const lower = text.slice(start, start + list[0]!.word.length).toLowerCase();
    for (const e of list) {
      if (!(e.caseless ? lower.startsWith(e.word) : text.startsWith(e.word, start))) continue;
      const end = start + e.word.length;
      if (e.wordEnd && GOES_ON.test(text[end] ?? '')) continue;
      return { code: e.code, end, sign: e.sign };
    }
    return undefined;
  };
  const skipSpaces = (text: string, i: number) => {
    while (i < text.length && SPACE.test(text[i]!)) i++;
    return i;
  };
  return {
    at,
    after(text, start, linkers = []) {
      const i = skipSpaces(text, start);
      const hit = at(text, i);
      if (hit) return hit;
      const lower = text.slice(i, i + 8).toLowerCase();
      for (const linker of linkers) {
        if (!lower.startsWith(linker)) continue;
        const j = i + linker.length;
        // "d'euros" joins at once; "de" needs a space after it ("de francs", not "dezenas").
        const k = skipSpaces(text, j);
        if (k === j && /\p{L}$/u.test(linker)) continue;
        const linked = at(text, k);
        if (linked) return linked;
      }
      return undefined;
    },
  };
}

// By the document's locale object (a contributor's locale of a built-in language has its own words),
// then the languages read with it.
const cache = new WeakMap<EntityLocale, Map<string, CurrencyIndex>>();

/** The currency words of `locales` (the document's language first, then the languages read with it). */
export function currencyIndex(locales: readonly EntityLocale[]): CurrencyIndex {
  const primary = locales[0];
  if (!primary) return createIndex(new Map());
  let byRest = cache.get(primary);
  if (!byRest) {
    byRest = new Map();
    cache.set(primary, byRest);
  }
  const id = locales.map((l) => l.lang).join('+');
  let index = byRest.get(id);
  if (!index) {
    index = createIndex(buildIndex(locales));
    byRest.set(id, index);
  }
  return index;
}

/**
 * Whether a currency word starts where a unit or counter read after an amount at `at` (the amount's
 * end) does, and goes further than its end: the longer reading wins, so "人" in "2000万人民元" is the
 * start of the yuan, not a count of people.
 */
export function currencyOutruns(index: CurrencyIndex, text: string, at: number, unitEnd: number): boolean {
  const hit = index.at(text, at) ?? (SPACE.test(text[at] ?? '') ? index.at(text, at + 1) : undefined);
  return hit !== undefined && hit.end > unitEnd;
}
