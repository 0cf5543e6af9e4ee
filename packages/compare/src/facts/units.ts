// Units of measured values: which dimension each belongs to and its size in that dimension's base
// unit, so that "160 km²", "16,000 hectares" and "39,537 acres" are one quantity; and the reading of a
// unit word that follows a bare number, by the words a locale gives (FactLocale.units).

import { primaryLanguage } from '@corpus/core';
import type { Mention, QuantityValue } from '@corpus/entities';
import { CLDR_UNIT_WORDS } from '../generated/units';
import type { FactLocale } from '../locales/types';
import { WordsAfter } from './words-after';

/** Canonical units a locale may give words for (CLDR gives most: src/generated/units.ts). */
export type UnitName =
  | 'acre'
  | 'ha'
  | 'km2'
  | 'mi2'
  | 'm2'
  | 'km'
  | 'm'
  | 'mi'
  | 'ft'
  | 'cm'
  | 'mm'
  | 'inch'
  | 'nmi'
  | 'kg'
  | 'g'
  | 't'
  | 'lb'
  | 'l'
  | 'm3'
  | 'gal'
  | 'bbl'
  | 'km/h'
  | 'mph'
  | 'm/s'
  | 'kn'
  | 'celsius'
  | 'fahrenheit'
  | 'kW'
  | 'MW'
  | 'GW'
  | 'kWh'
  | 'seat'
  /** Years after a number entities leaves bare ("к 8 годам": a prison term is then a duration). */
  | 'year';

/**
 * Size of each unit in its dimension's base unit (m² for areas, m for lengths, kg, litres, km/h, kW,
 * kWh). Temperatures have a dimension but no size: two scales are not multiples of each other.
 */
const UNITS: Record<string, { dimension: string; size?: number }> = {
  m2: { dimension: 'area', size: 1 },
  ha: { dimension: 'area', size: 1e4 },
  km2: { dimension: 'area', size: 1e6 },
  acre: { dimension: 'area', size: 4046.8564224 },
  mi2: { dimension: 'area', size: 2_589_988.110336 },
  m: { dimension: 'length', size: 1 },
  cm: { dimension: 'length', size: 0.01 },
  mm: { dimension: 'length', size: 0.001 },
  km: { dimension: 'length', size: 1000 },
  mi: { dimension: 'length', size: 1609.344 },
  ft: { dimension: 'length', size: 0.3048 },
  inch: { dimension: 'length', size: 0.0254 },
  nmi: { dimension: 'length', size: 1852 },
  kg: { dimension: 'mass', size: 1 },
  g: { dimension: 'mass', size: 0.001 },
  t: { dimension: 'mass', size: 1000 },
  lb: { dimension: 'mass', size: 0.45359237 },
  l: { dimension: 'volume', size: 1 },
  m3: { dimension: 'volume', size: 1000 },
  gal: { dimension: 'volume', size: 3.785411784 },
  bbl: { dimension: 'volume', size: 158.987294928 },
  'km/h': { dimension: 'speed', size: 1 },
  mph: { dimension: 'speed', size: 1.609344 },
  'm/s': { dimension: 'speed', size: 3.6 },
  kn: { dimension: 'speed', size: 1.852 },
  celsius: { dimension: 'temperature' },
  fahrenheit: { dimension: 'temperature' },
  kW: { dimension: 'power', size: 1 },
  MW: { dimension: 'power', size: 1000 },
  GW: { dimension: 'power', size: 1e6 },
  kWh: { dimension: 'energy', size: 1 },
};

const unitsOf = (dimension: string): ReadonlySet<string> =>
  new Set(Object.keys(UNITS).filter((u) => UNITS[u]!.dimension === dimension));

export const AREA_UNITS = unitsOf('area');
export const LENGTH_UNITS = unitsOf('length');

/**
 * What a count counts ("person", "seat"): a lower-case unit with no conversions. A bare number under a
 * concept counts what the concept counts, so it is the same quantity as a counted one ("AfD — 151" and
 * "152 Sitze" are both seats).
 */
export function isCountUnit(unit: string | undefined): boolean {
  return unit === undefined || (/^[a-z]+$/.test(unit) && !UNITS[unit] && unit !== 'year');
}

/** The dimension a unit measures ("area", "length"), or the unit itself when it has no conversions. */
export function dimensionOf(unit: string | undefined): string {
  return (unit && UNITS[unit]?.dimension) ?? unit ?? '';
}

/** Amount in the dimension's base unit, or undefined when the unit converts to nothing. */
export function inBaseUnits(amount: number, unit: string | undefined): number | undefined {
  const size = unit ? UNITS[unit]?.size : undefined;
  return size === undefined ? undefined : amount * size;
}

/** Unit words after a number (looked up where the number ends), and the unit each matched word stands for. */
interface UnitMatcher {
  words: WordsAfter;
  unitOf(word: string): string | undefined;
}

const compiled = new WeakMap<FactLocale, UnitMatcher | null>();

/**
 * The locale's unit words: CLDR's for its language (literal, longest first, looked up by the word
 * matched) and then the locale's own, for forms CLDR lacks (patterns, tried in order).
 */
function unitMatcher(locale: FactLocale): UnitMatcher | null {
  const cached = compiled.get(locale);
  if (cached !== undefined) return cached;
  const generated = CLDR_UNIT_WORDS[primaryLanguage(locale.lang)] ?? {};
  const literal = new Map<string, string>();
  for (const [unit, words] of Object.entries(generated)) {
    for (const word of words) if (!literal.has(word.toLowerCase())) literal.set(word.toLowerCase(), unit);
  }
  const own = Object.entries(locale.units ?? {})
    .filter(([, words]) => (words?.length ?? 0) > 0)
    .map(([unit, words]) => ({ unit, re: new RegExp(`^(?:${words!.join('|')})$`, 'iu'), words: words! }));
  const matcher =
    literal.size === 0 && own.length === 0
      ? null
      : {
          // The word must start where the number ends (after at most two spaces).
          words: new WordsAfter(literal.keys(), {
            ignoreCase: true,
            edge: Boolean(locale.wordBoundaries),
            patterns: own.flatMap((o) => o.words),
          }),
          unitOf: (word: string) => literal.get(word.toLowerCase()) ?? own.find((o) => o.re.test(word))?.unit,
        };
  compiled.set(locale, matcher);
  return matcher;
}

/** "km" followed by "²" or "2" is an area: entities may read "160 km²" as a length. */
function squared(text: string, at: number, unit: string | undefined): string | undefined {
  if (unit !== 'km' && unit !== 'm') return undefined;
  return /^[²2](?![\p{N}])/u.test(text.slice(at, at + 2)) ? `${unit}2` : undefined;
}

/**
 * The mentions with a unit read from the words after each bare number; the others as they are. A
 * number whose unit entities already gave keeps it, except a length followed by "²".
 */
export function withUnits(text: string, mentions: readonly Mention[], locale: FactLocale): Mention[] {
  const matcher = unitMatcher(locale);
  return mentions.map((m) => {
    if (m.type !== 'NUMBER' || m.value?.kind !== 'quantity') return m;
    const value: QuantityValue = m.value;
    const area = squared(text, m.span.end, value.unit);
    if (area) return { ...m, value: { ...value, unit: area } };
    if (value.unit || !matcher) return m;
    const found = matcher.words.at(text, m.span.end);
    const unit = found && matcher.unitOf(found.word);
    return unit ? { ...m, value: { ...value, unit } } : m;
  });
}

/** Where the unit word after a bare number ends ("420 metres" → after "metres"), or `at` when none follows. */
export function unitWordEnd(text: string, at: number, locale: FactLocale): number {
  const matcher = unitMatcher(locale);
  if (!matcher) return at;
  return matcher.words.at(text, at)?.end ?? at;
}
