// What ties two concept-less values to one claim besides their head word: a shared anchor in their
// sentences (a linked entity, a code such as a flight or model number, another value) and magnitudes
// close enough to be one figure misreported rather than two figures ("a 30-metre spire" and "a 96-metre
// spire" of one cathedral may be one claim; 30 metres and 3 km are not).
import type { Mention, MentionValue } from '@corpus/entities';
import { isCoordinate, isTimeOrDatePart } from '../facts/extract';
import { dimensionOf, inBaseUnits, isCountUnit } from '../facts/units';
import { durationYears, formatValue, valueKey } from '../facts/values';
import type { Span } from '../types';

/** Within this factor of each other, two concept-less values may be one claim. */
export const CLOSE_FACTOR = 3;
/** Two dates of one concept-less claim are at most this many days apart. */
const CLOSE_DAYS = 366;
const DAY_MS = 86_400_000;

const NAMED = new Set(['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME', 'EVENT']);
/** A code: capitals and digits ("IFT-5", "A320", "B12", "MH370"). */
const CODE = /\b\p{Lu}{1,4}-?\d{1,5}\b/gu;

/**
 * The value family a concept-less value is compared within, or none for what is in every story (a
 * year, a century, a bare small number) or is no figure of the story (a coordinate). Money is compared
 * only in one currency, measures in one dimension.
 */
export function valueFamily(m: Mention, text: string): string | undefined {
  const v = m.value;
  if (!v) return undefined;
  if (m.type === 'DATE' && v.kind === 'date') {
    return v.granularity === 'day' || v.granularity === 'time' || v.granularity === 'month'
      ? 'date'
      : undefined;
  }
  if (m.type === 'DURATION' && v.kind === 'duration') return 'duration';
  if (v.kind !== 'quantity') return undefined;
  if (m.type === 'MONEY') return v.unit ? `money:${v.unit}` : undefined;
  if (m.type === 'PERCENT') return 'percent';
  if (m.type !== 'NUMBER' || isCountUnit(v.unit)) return undefined;
  if (isCoordinate(text, m.span) || isTimeOrDatePart(text, m.span)) return undefined;
  return `measure:${dimensionOf(v.unit)}`;
}

function dayNumber(iso: string, other: string): number | undefined {
  // A date without a year ("--12-07") is read in the other's year.
  const year = other.startsWith('--') ? '2000' : other.slice(0, 4);
  const full = iso.startsWith('--') ? `${year}${iso.slice(1)}` : iso;
  const t = Date.parse(full.slice(0, 10).length === 7 ? `${full.slice(0, 7)}-15` : full.slice(0, 10));
  return Number.isNaN(t) ? undefined : t / DAY_MS;
}

/** Whether two values of one family are close enough to be one figure (a factor under 3, a year apart). */
export function closeValues(a: MentionValue, b: MentionValue): boolean {
  if (a.kind === 'date' && b.kind === 'date') {
    const x = dayNumber(a.iso, b.iso);
    const y = dayNumber(b.iso, a.iso);
    return x !== undefined && y !== undefined && Math.abs(x - y) <= CLOSE_DAYS;
  }
  const size = (v: MentionValue) =>
    v.kind === 'duration'
      ? durationYears(v.iso)
      : v.kind === 'quantity'
        ? (inBaseUnits(v.amount, v.unit) ?? v.amount)
        : undefined;
  const x = size(a);
  const y = size(b);
  if (x === undefined || y === undefined || x <= 0 || y <= 0) return x === y;
  return Math.max(x, y) / Math.min(x, y) < CLOSE_FACTOR;
}

/**
 * The anchors of a sentence, by key with what a reader is shown: its named mentions as linked entities,
 * its codes, and its other values (not the claim's own).
 */
export function sentenceAnchors(
  text: string,
  sentence: Span,
  mentions: readonly Mention[],
  own: Mention,
  entityKey: (m: Mention) => string,
  names: Readonly<Record<string, string>>,
): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const n of mentions) {
    if (n === own) continue;
    if (NAMED.has(n.type)) {
      const key = entityKey(n);
      anchors.set(`entity:${key}`, names[key] ?? n.text);
    } else if (
      n.value &&
      n.value.kind !== 'text' &&
      !(n.value.kind === 'date' && n.value.granularity === 'year')
    ) {
      anchors.set(`value:${valueKey(n.value)}`, formatValue(n.value, names));
    }
  }
  for (const code of text.slice(sentence.start, sentence.end).matchAll(CODE)) {
    anchors.set(`code:${code[0].replace('-', '')}`, code[0]);
  }
  return anchors;
}

/** An anchor two sets share, as shown to a reader, or none. */
export function sharedAnchor(
  a: ReadonlyMap<string, string>,
  b: ReadonlyMap<string, string>,
): string | undefined {
  for (const [key, shown] of a) if (b.has(key)) return shown;
  return undefined;
}
