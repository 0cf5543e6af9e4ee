// Currency words after a bare amount ("3 millions de francs suisses", "3 Mio. CHF", "300万スイスフラン"):
// @corpus/entities reads the currencies it knows; the amounts it leaves as plain numbers take their
// currency here, from CLDR's names and symbols (@corpus/core's currencyWords, the table entities reads
// too) and the few forms a locale adds (FactLocale.currencies), so that an amount in any currency compares with the same amount
// in another language.

import { currencyWords } from '@corpus/core';
import type { Mention, QuantityValue } from '@corpus/entities';
import type { FactLocale } from '../locales/types';

interface CurrencyMatcher {
  /** Sticky: the currency name (any case), after the number, a space or two and a linker ("de"). */
  names: RegExp | null;
  /** Sticky: the currency symbol or ISO code, in its own case ("Ft" is forints, "ft" feet). */
  symbols: RegExp | null;
  nameCodes: ReadonlyMap<string, string>;
  symbolCodes: ReadonlyMap<string, string>;
  /** The locale's own words (patterns), tried when no CLDR name matched. */
  own: readonly { code: string; re: RegExp }[];
}

const compiled = new WeakMap<FactLocale, CurrencyMatcher>();

const literalPattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const GAP = '[\\s\\u00a0\\u202f]{0,2}';

function matcherFor(locale: FactLocale): CurrencyMatcher {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const generated = currencyWords(locale.lang);
  const nameCodes: ReadonlyMap<string, string> = generated?.names ?? new Map();
  const symbolCodes: ReadonlyMap<string, string> = generated?.symbols ?? new Map();
  const own = Object.entries(locale.currencies?.words ?? {}).flatMap(([code, words]) =>
    (words ?? []).map((word) => ({ code, re: new RegExp(`^(?:${word})$`, 'iu') })),
  );
  const edge = locale.wordBoundaries ? '(?![\\p{L}\\p{N}])' : '';
  const linkers = locale.currencies?.linkers ?? [];
  const linker = linkers.length > 0 ? `(?:(?:${linkers.join('|')})${GAP})?` : '';
  const nameSources = [
    ...[...nameCodes.keys()].sort(byLength).map(literalPattern),
    ...Object.values(locale.currencies?.words ?? {}).flatMap((words) => words ?? []),
  ];
  const symbols = [...symbolCodes.keys()].sort(byLength).map(literalPattern);
  const matcher: CurrencyMatcher = {
    names:
      nameSources.length > 0 ? new RegExp(`${GAP}${linker}(${nameSources.join('|')})${edge}`, 'iuy') : null,
    symbols: symbols.length > 0 ? new RegExp(`${GAP}(${symbols.join('|')})(?![\\p{L}\\p{N}])`, 'uy') : null,
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
  if (matcher.names) {
    matcher.names.lastIndex = at;
    const found = matcher.names.exec(text);
    if (found) {
      const word = found[1]!;
      const code =
        matcher.nameCodes.get(word.toLowerCase()) ?? matcher.own.find((o) => o.re.test(word))?.code;
      if (code) return { code, end: matcher.names.lastIndex };
    }
  }
  if (!matcher.symbols) return undefined;
  matcher.symbols.lastIndex = at;
  const found = matcher.symbols.exec(text);
  const code = found && matcher.symbolCodes.get(found[1]!);
  return code ? { code, end: matcher.symbols.lastIndex } : undefined;
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
