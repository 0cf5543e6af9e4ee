// Currency words after a bare amount ("3 millions de francs suisses", "3 Mio. CHF", "300万スイスフラン"):
// @corpus/entities reads the currencies it knows; the amounts it leaves as plain numbers take their
// currency here, from CLDR's names and symbols (@corpus/core's currencyWords, the table entities reads
// too) and the few forms a locale adds (FactLocale.currencies), so that an amount in any currency compares with the same amount
// in another language.

import { currencyWords } from '@corpus/core';
import type { Mention, QuantityValue } from '@corpus/entities';
import type { FactLocale } from '../locales/types';
import { WordsAfter } from './words-after';

interface CurrencyMatcher {
  /** The currency name (any case), after the number, a space or two and a linker ("de"). */
  names: WordsAfter | null;
  /** The currency symbol or ISO code, in its own case ("Ft" is forints, "ft" feet). */
  symbols: WordsAfter | null;
  nameCodes: ReadonlyMap<string, string>;
  symbolCodes: ReadonlyMap<string, string>;
  /** The locale's own words (patterns), tried when no CLDR name matched. */
  own: readonly { code: string; re: RegExp }[];
}

const compiled = new WeakMap<FactLocale, CurrencyMatcher>();

function matcherFor(locale: FactLocale): CurrencyMatcher {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const generated = currencyWords(locale.lang);
  const nameCodes: ReadonlyMap<string, string> = generated?.names ?? new Map();
  const symbolCodes: ReadonlyMap<string, string> = generated?.symbols ?? new Map();
  const ownWords = Object.values(locale.currencies?.words ?? {}).flatMap((words) => words ?? []);
  const own = Object.entries(locale.currencies?.words ?? {}).flatMap(([code, words]) =>
    (words ?? []).map((word) => ({ code, re: new RegExp(`^(?:${word})$`, 'iu') })),
  );
  const matcher: CurrencyMatcher = {
    names:
      nameCodes.size > 0 || ownWords.length > 0
        ? new WordsAfter(nameCodes.keys(), {
            ignoreCase: true,
            edge: Boolean(locale.wordBoundaries),
            patterns: ownWords,
            linkers: locale.currencies?.linkers ?? [],
          })
        : null,
    symbols:
      symbolCodes.size > 0 ? new WordsAfter(symbolCodes.keys(), { ignoreCase: false, edge: true }) : null,
    nameCodes,
    symbolCodes,
    own,
  };
  compiled.set(locale, matcher);
  return matcher;
}

/** The currency written right after `at`, and where its words end; none when no currency follows. */
function currencyAt(
  text: string,
  at: number,
  matcher: CurrencyMatcher,
): { code: string; end: number } | undefined {
  const name = matcher.names?.at(text, at);
  if (name) {
    const code =
      matcher.nameCodes.get(name.word.toLowerCase()) ?? matcher.own.find((o) => o.re.test(name.word))?.code;
    if (code) return { code, end: name.end };
  }
  const symbol = matcher.symbols?.at(text, at);
  const code = symbol && matcher.symbolCodes.get(symbol.word);
  return code ? { code, end: symbol.end } : undefined;
}

/**
 * The mentions with each bare amount followed by a currency read as that sum of money (its span and
 * text then take in the currency words, as an amount @corpus/entities read with its currency does);
 * the others as they are, less those inside the currency's words: "Swiss" in "Swiss francs" names no
 * place the figure is about. Run after the unit words: "5 Pfund" of weight stays a weight.
 */
export function withCurrencies(text: string, mentions: readonly Mention[], locale: FactLocale): Mention[] {
  let matcher: CurrencyMatcher | undefined;
  const sums: Mention[] = [];
  const read = mentions.map((m) => {
    if (m.type !== 'NUMBER' || m.value?.kind !== 'quantity' || m.value.unit) return m;
    matcher ??= matcherFor(locale);
    const currency = currencyAt(text, m.span.end, matcher);
    if (!currency) return m;
    const value: QuantityValue = { ...m.value, unit: currency.code };
    const span = { start: m.span.start, end: currency.end };
    const sum: Mention = { ...m, type: 'MONEY', span, text: text.slice(span.start, span.end), value };
    sums.push(sum);
    return sum;
  });
  if (sums.length === 0) return read;
  const inside = (m: Mention) =>
    sums.some((s) => s !== m && m.span.start >= s.span.start && m.span.end <= s.span.end);
  return read.filter((m) => !inside(m));
}
