// Units of measured values: which dimension each belongs to and its size in that dimension's base
// unit, so that "160 km²", "16,000 hectares" and "39,537 acres" are one quantity; and the reading of a
// unit word that follows a bare number, by the words a locale gives (FactLocale.units).
import type { Mention, QuantityValue } from '@corpus/entities';
import type { FactLocale } from '../locales/types';

/** Canonical units a locale may give words for. */
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
  | 'seat'
  /** Years after a number entities leaves bare ("к 8 годам": a prison term is then a duration). */
  | 'year';

/** Size of each unit in its dimension's base unit (m² for areas, m for lengths). */
const UNITS: Record<string, { dimension: string; size: number }> = {
  m2: { dimension: 'area', size: 1 },
  ha: { dimension: 'area', size: 1e4 },
  km2: { dimension: 'area', size: 1e6 },
  acre: { dimension: 'area', size: 4046.8564224 },
  mi2: { dimension: 'area', size: 2_589_988.110336 },
  m: { dimension: 'length', size: 1 },
  cm: { dimension: 'length', size: 0.01 },
  km: { dimension: 'length', size: 1000 },
  mi: { dimension: 'length', size: 1609.344 },
  ft: { dimension: 'length', size: 0.3048 },
};

export const AREA_UNITS: ReadonlySet<string> = new Set(
  Object.keys(UNITS).filter((u) => UNITS[u]!.dimension === 'area'),
);

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
  const u = unit && UNITS[unit];
  return u ? amount * u.size : undefined;
}

const compiled = new WeakMap<FactLocale, { unit: string; re: RegExp }[]>();

function unitPatterns(locale: FactLocale): { unit: string; re: RegExp }[] {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const edge = locale.wordBoundaries ? '(?![\\p{L}\\p{N}])' : '';
  const list = Object.entries(locale.units ?? {})
    .filter(([, words]) => (words?.length ?? 0) > 0)
    .map(([unit, words]) => ({
      unit,
      // Sticky: the word must start where the number ends (after at most two spaces).
      re: new RegExp(`[\\s\\u00a0\\u202f]{0,2}(?:${words!.join('|')})${edge}`, 'iuy'),
    }));
  compiled.set(locale, list);
  return list;
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
  const patterns = unitPatterns(locale);
  return mentions.map((m) => {
    if (m.type !== 'NUMBER' || m.value?.kind !== 'quantity') return m;
    const value: QuantityValue = m.value;
    const area = squared(text, m.span.end, value.unit);
    if (area) return { ...m, value: { ...value, unit: area } };
    if (value.unit || patterns.length === 0) return m;
    for (const { unit, re } of patterns) {
      re.lastIndex = m.span.end;
      if (re.test(text)) return { ...m, value: { ...value, unit } };
    }
    return m;
  });
}
