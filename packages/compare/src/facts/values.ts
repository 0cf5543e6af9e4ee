import type {
  DateValue,
  DurationValue,
  Mention,
  MentionValue,
  QuantityValue,
  RangeValue,
} from '@corpus/entities';
import type { ValueClass } from './predicates';
import type { Qualifier, QuantityQualifier } from './qualifiers';
import { AREA_UNITS, dimensionOf, inBaseUnits, isCountUnit, LENGTH_UNITS } from './units';

/** How two values of one predicate relate. */
export type Compatibility =
  /** The same normalised value. */
  | 'same'
  /** Equal within rounding, after time zones, or with qualifiers ("nearly 7 years" vs "7 years"). */
  | 'compatible'
  /** One is a more precise form of the other (2026-01 vs 2026-01-05). */
  | 'precision'
  /** They cannot both be true. */
  | 'incompatible'
  /** Different units or kinds: no comparison is possible (USD vs EUR without a rate). */
  | 'incomparable';

/** Which kind of fact value a mention can give, if any. */
export function valueClassOf(mention: Mention): ValueClass | undefined {
  switch (mention.type) {
    case 'DATE':
      if (mention.value?.kind !== 'date') return undefined;
      return mention.value.granularity === 'century' ? 'century' : 'date';
    case 'DURATION':
      return mention.value?.kind === 'duration' ? 'duration' : undefined;
    case 'NUMBER': {
      if (mention.value?.kind !== 'quantity') return undefined;
      if (mention.value.unit && AREA_UNITS.has(mention.value.unit)) return 'area';
      return mention.value.unit && LENGTH_UNITS.has(mention.value.unit) ? 'length' : 'count';
    }
    // An age ("52歳", "54 Jahre alt") is the count of years an age trigger reads.
    case 'AGE':
      return mention.value?.kind === 'quantity' ? 'count' : undefined;
    case 'MONEY':
      return mention.value?.kind === 'quantity' ? 'money' : undefined;
    case 'PERCENT':
      return mention.value?.kind === 'quantity' ? 'percent' : undefined;
    case 'PLATFORM':
      return 'platform';
    case 'PLACE':
      return 'place';
    case 'ORG':
      return 'org';
    case 'ROLE':
      return 'role';
    default:
      return undefined;
  }
}

// A century is ISO 8601's first two digits of its years ("11" for 1100–1199): a prefix like the others.
const GRANULARITY_LENGTH = { century: 2, year: 4, month: 7, day: 10 } as const;

function dateLength(value: DateValue): number {
  return value.granularity === 'time' ? value.iso.length : GRANULARITY_LENGTH[value.granularity];
}

function hasZone(iso: string): boolean {
  return /(?:Z|[+-]\d\d:?\d\d)$/.test(iso);
}

/** The clock part of a time ("T07:25", "2024-10-13T12:25+00:00" → "T12:25+00:00"). */
const clockOf = (iso: string) => iso.slice(iso.indexOf('T'));

function compareDates(a: DateValue, b: DateValue): Compatibility {
  if (a.iso === b.iso) return 'same';
  const clockOnlyA = a.iso.startsWith('T');
  const clockOnlyB = b.iso.startsWith('T');
  if (clockOnlyA || clockOnlyB) {
    // A clock time without its day says nothing against a day, and meets a date-time by its clock.
    if (a.granularity !== 'time' || b.granularity !== 'time') return 'incomparable';
    const ca = clockOf(a.iso);
    const cb = clockOf(b.iso);
    // One zoned, one not: the same hour and minute agree; others may be the same instant elsewhere.
    if (hasZone(ca) !== hasZone(cb)) return ca.slice(0, 6) === cb.slice(0, 6) ? 'compatible' : 'incomparable';
    if (!hasZone(ca)) return ca.slice(0, 6) === cb.slice(0, 6) ? 'compatible' : 'incompatible';
    const ta = Date.parse(`2000-01-01${ca}`);
    const tb = Date.parse(`2000-01-01${cb}`);
    if (!Number.isFinite(ta) || !Number.isFinite(tb)) return 'incomparable';
    // Clocks alone: the same instant modulo a day.
    const diff = (((ta - tb) % 86_400_000) + 86_400_000) % 86_400_000;
    return diff < 60_000 || diff > 86_400_000 - 60_000 ? 'compatible' : 'incompatible';
  }
  if (a.granularity === 'time' && b.granularity === 'time') {
    if (hasZone(a.iso) && hasZone(b.iso)) {
      const ta = Date.parse(a.iso);
      const tb = Date.parse(b.iso);
      if (Number.isFinite(ta) && Number.isFinite(tb)) {
        return Math.abs(ta - tb) < 60_000 ? 'compatible' : 'incompatible';
      }
    }
    // One zoned, one not ("7:25 a.m." and "12:25 GMT" of one day): may be one instant in two zones.
    if (hasZone(a.iso) !== hasZone(b.iso))
      return a.iso.slice(0, 16) === b.iso.slice(0, 16) ? 'compatible' : 'incomparable';
    return a.iso.slice(0, 16) === b.iso.slice(0, 16) ? 'compatible' : 'incompatible';
  }
  // A zoned time and a day: the day as written may differ from the day in UTC, so compare the local day.
  const shorter = Math.min(dateLength(a), dateLength(b), 10);
  if (a.iso.slice(0, shorter) !== b.iso.slice(0, shorter)) return 'incompatible';
  return 'precision';
}

const DURATION_UNIT_YEARS: Record<string, number> = {
  Y: 1,
  M: 1 / 12,
  W: 7 / 365.25,
  D: 1 / 365.25,
  H: 1 / 8766,
  MIN: 1 / 525_960,
  S: 1 / 31_557_600,
};

/** An ISO 8601 duration in years (approximate months and years: enough to compare statements). */
export function durationYears(iso: string): number | undefined {
  const match =
    /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/.exec(
      iso,
    );
  if (!match || iso === 'P' || iso.endsWith('T')) return undefined;
  const units = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];
  let years = 0;
  for (let i = 0; i < units.length; i++) {
    const part = match[i + 1];
    if (part) years += Number(part.replace(',', '.')) * (DURATION_UNIT_YEARS[units[i]!] ?? 0);
  }
  return years;
}

function durationInterval(value: DurationValue): [number, number] | undefined {
  const v = durationYears(value.iso);
  if (v === undefined) return undefined;
  switch (value.qualifier) {
    case 'about':
      return [v * 0.85, v * 1.15];
    case 'nearly':
      return [v * 0.85, v];
    case 'over':
    case 'at least':
      return [v, v * 1.3];
    default:
      // A stated whole number of units is a rounding of the real span.
      return [v * 0.93, v * 1.07];
  }
}

function compareDurations(a: DurationValue, b: DurationValue): Compatibility {
  if (a.iso === b.iso && a.qualifier === b.qualifier) return 'same';
  const ia = durationInterval(a);
  const ib = durationInterval(b);
  if (!ia || !ib) return a.iso === b.iso ? 'compatible' : 'incomparable';
  return ia[0] <= ib[1] + 1e-9 && ib[0] <= ia[1] + 1e-9 ? 'compatible' : 'incompatible';
}

/**
 * Half a unit of the last significant digit written in `text`, scaled to `amount`: "2.5 billion" and
 * "25億" both give 0.05e9, so 2.48e9 is within rounding of either, 2.6e9 is not.
 */
export function roundingTolerance(text: string, amount: number): number {
  const digits = (text.match(/\d/g) ?? []).join('');
  // Trimmed by index, not with /0+$/, which V8 runs in quadratic time on a long run of zeros
  // followed by another digit ("1000…0001").
  let from = 0;
  let to = digits.length;
  while (from < to && digits[from] === '0') from++;
  while (to > from && digits[to - 1] === '0') to--;
  const significant = digits.slice(from, to);
  if (amount === 0) return 0;
  if (significant.length === 0) return Math.abs(amount) * 0.005;
  const exponent = Math.floor(Math.log10(Math.abs(amount)));
  return 10 ** (exponent - significant.length + 1) / 2;
}

/**
 * The amounts a qualified figure allows: "about 20" ±10 %, "more than 840" up to twice as much (a
 * lower bound says little of how far above), "nearly 7" down to −10 %, "up to 500" anything below; each
 * widened by the rounding of the figure as written.
 */
function qualifiedRange(amount: number, tolerance: number, qualifier: QuantityQualifier): [number, number] {
  const a = Math.abs(amount);
  switch (qualifier) {
    case 'about':
      return [amount - a * 0.1 - tolerance, amount + a * 0.1 + tolerance];
    case 'over':
      return [amount - tolerance, amount + a + tolerance];
    case 'nearly':
      return [amount - a * 0.1 - tolerance, amount + tolerance];
    case 'up to':
      return [Math.min(0, amount), amount + tolerance];
  }
}

function compareQuantities(
  a: QuantityValue,
  b: QuantityValue,
  toleranceA: number | undefined,
  toleranceB: number | undefined,
  qualifierA?: QuantityQualifier,
  qualifierB?: QuantityQualifier,
): Compatibility {
  // "151" and "152 seats" under one concept: the concept says what both count.
  if (
    a.unit !== b.unit &&
    (a.unit === undefined || b.unit === undefined) &&
    isCountUnit(a.unit) &&
    isCountUnit(b.unit)
  )
    return compareQuantities(
      { kind: 'quantity', amount: a.amount },
      { kind: 'quantity', amount: b.amount },
      toleranceA,
      toleranceB,
      qualifierA,
      qualifierB,
    );
  if ((a.unit ?? '') !== (b.unit ?? '')) {
    // One quantity in two units (acres and hectares): compared in the dimension's base unit.
    if (dimensionOf(a.unit) !== dimensionOf(b.unit)) return 'incomparable';
    const baseA = inBaseUnits(a.amount, a.unit);
    const baseB = inBaseUnits(b.amount, b.unit);
    if (baseA === undefined || baseB === undefined) return 'incomparable';
    const scaleA = baseA / (a.amount || 1);
    const scaleB = baseB / (b.amount || 1);
    return compareQuantities(
      { kind: 'quantity', amount: baseA },
      { kind: 'quantity', amount: baseB },
      toleranceA === undefined ? undefined : toleranceA * scaleA,
      toleranceB === undefined ? undefined : toleranceB * scaleB,
      qualifierA,
      qualifierB,
    );
  }
  if (a.amount === b.amount && qualifierA === qualifierB) return 'same';
  if (qualifierA || qualifierB) {
    const tolA = toleranceA ?? Math.abs(a.amount) * 0.005;
    const tolB = toleranceB ?? Math.abs(b.amount) * 0.005;
    const [loA, hiA] = qualifierA
      ? qualifiedRange(a.amount, tolA, qualifierA)
      : [a.amount - tolA, a.amount + tolA];
    const [loB, hiB] = qualifierB
      ? qualifiedRange(b.amount, tolB, qualifierB)
      : [b.amount - tolB, b.amount + tolB];
    return loA <= hiB && loB <= hiA ? 'compatible' : 'incompatible';
  }
  const tolerance = Math.max(
    toleranceA ?? Math.abs(a.amount) * 0.005,
    toleranceB ?? Math.abs(b.amount) * 0.005,
  );
  const scale = Math.max(Math.abs(a.amount), Math.abs(b.amount));
  return Math.abs(a.amount - b.amount) <= tolerance + scale * 1e-9 ? 'compatible' : 'incompatible';
}

/** How two values relate; `tolerance` is the rounding tolerance of each quantity when known. */
export function compareValues(
  a: MentionValue | string,
  b: MentionValue | string,
  toleranceA?: number,
  toleranceB?: number,
  qualifierA?: QuantityQualifier,
  qualifierB?: QuantityQualifier,
): Compatibility {
  if (typeof a === 'string' || typeof b === 'string') {
    const ta = typeof a === 'string' ? a : valueKey(a);
    const tb = typeof b === 'string' ? b : valueKey(b);
    return ta === tb ? 'same' : 'incompatible';
  }
  if (a.kind !== b.kind) return 'incomparable';
  switch (a.kind) {
    case 'date':
      return compareDates(a, b as DateValue);
    case 'duration':
      return compareDurations(a, b as DurationValue);
    case 'quantity':
      return compareQuantities(a, b as QuantityValue, toleranceA, toleranceB, qualifierA, qualifierB);
    case 'range': {
      // A NUMBER_RANGE of @corpus/entities: no claim reads it yet; equal ends are the same range.
      const r = b as RangeValue;
      if ((a.unit ?? '') !== (r.unit ?? '')) return 'incomparable';
      return a.from === r.from && a.to === r.to ? 'same' : 'incompatible';
    }
    case 'text':
      return a.normalized === (b as { normalized: string }).normalized ? 'same' : 'incompatible';
  }
}

/** A stable string for a value: equal keys, equal values. */
export function valueKey(value: MentionValue | string): string {
  if (typeof value === 'string') return value;
  switch (value.kind) {
    case 'date':
      return value.iso;
    case 'duration':
      return value.qualifier === 'exact' ? value.iso : `${value.qualifier} ${value.iso}`;
    case 'quantity':
      return value.unit ? `${value.amount} ${value.unit}` : String(value.amount);
    case 'range':
      return `${value.from}–${value.to}${value.unit ? ` ${value.unit}` : ''}`;
    case 'text':
      return value.normalized;
  }
}

/** How much a value says: a finer date ranks higher (compatible durations keep the first stated). */
export function precisionRank(value: MentionValue | string): number {
  if (typeof value === 'string') return 0;
  if (value.kind === 'date') return { century: 0, year: 1, month: 2, day: 3, time: 4 }[value.granularity];
  return 0;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}

function formatAmount(amount: number): string {
  const abs = Math.abs(amount);
  if (abs >= 1e12) return `${formatNumber(amount / 1e12)} trillion`;
  if (abs >= 1e9) return `${formatNumber(amount / 1e9)} billion`;
  if (abs >= 1e6) return `${formatNumber(amount / 1e6)} million`;
  return formatNumber(amount);
}

function plural(n: number, unit: string): string {
  return `${formatNumber(n)} ${unit}${n === 1 ? '' : 's'}`;
}

/** "11" (ISO 8601's century of 1100–1199) → "12th century". */
function centuryName(iso: string): string {
  const n = Number(iso) + 1;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix} century`;
}

/** A language-neutral English rendering of a value, for reports: `5 January 2026`, `about 7 years`. */
export function formatValue(value: MentionValue | string, names?: Record<string, string>): string {
  if (typeof value === 'string') return names?.[value] ?? value;
  switch (value.kind) {
    case 'date': {
      if (value.granularity === 'century') return centuryName(value.iso);
      const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(value.iso);
      if (!m) return value.iso;
      const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
      if (value.granularity === 'time') return value.iso.replace('T', ' ');
      if (m[3] && month) return `${Number(m[3])} ${month} ${m[1]}`;
      if (month) return `${month} ${m[1]}`;
      return m[1]!;
    }
    case 'duration': {
      const m =
        /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?$/.exec(
          value.iso,
        );
      const parts: string[] = [];
      if (m) {
        if (m[1]) parts.push(plural(Number(m[1]), 'year'));
        if (m[2]) parts.push(plural(Number(m[2]), 'month'));
        if (m[3]) parts.push(plural(Number(m[3]), 'week'));
        if (m[4]) parts.push(plural(Number(m[4]), 'day'));
      }
      const text = parts.length > 0 ? parts.join(' ') : value.iso;
      return value.qualifier === 'exact' ? text : `${value.qualifier} ${text}`;
    }
    case 'quantity':
      if (value.unit === 'year') return plural(value.amount, 'year');
      return value.unit ? `${formatAmount(value.amount)} ${value.unit}` : formatAmount(value.amount);
    case 'range': {
      const span = `${formatAmount(value.from)}–${formatAmount(value.to)}`;
      return value.unit ? `${span} ${value.unit}` : span;
    }
    case 'text':
      return names?.[value.normalized] ?? value.normalized;
  }
}

/** The qualifier that widens a quantity, of those a fact carries (the first: "about more than" is rare). */
export function quantityQualifier(
  qualifiers: readonly Qualifier[] | undefined,
): QuantityQualifier | undefined {
  return qualifiers?.find((q): q is QuantityQualifier => q !== 'projected');
}
