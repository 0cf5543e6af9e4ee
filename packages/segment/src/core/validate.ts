import type { SegmentSpan } from '../types';

const isWhite = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0x85 ||
  c === 0xfeff;

export { isWhite };

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogate(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/**
 * The first contract violation in plugin output, or null. Checks: an array of integer spans,
 * in bounds, non-empty, in order, non-overlapping, no boundary inside a surrogate pair, and
 * every gap between spans is whitespace (together the spans tile the text).
 */
export function findViolation(text: string, spans: unknown): string | null {
  if (!Array.isArray(spans)) return `expected an array of spans, got ${typeof spans}`;
  let prev = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as SegmentSpan | null;
    if (typeof s !== 'object' || s === null) return `span ${k} is not an object`;
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `span ${k} has non-integer offsets`;
    const violation = spanViolation(text, k, start, end, prev);
    if (violation !== null) return violation;
    if (s.kind !== undefined && !['word', 'number', 'punctuation', 'symbol'].includes(s.kind)) {
      return `span ${k} has unknown kind ${JSON.stringify(s.kind)}`;
    }
    prev = end;
  }
  return tailViolation(text, prev);
}

/** `findViolation` for spans written as numbers (a built-in cutter's `SpanBuffer`): the same checks. */
export function findBufferViolation(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  length: number,
): string | null {
  // the checks of `spanViolation` in one loop without calls: this runs on every word of every
  // `segment()` (a call per span allocated ~24 bytes per word in V8); the message only on failure
  const n = text.length;
  let prev = 0;
  for (let k = 0; k < length; k++) {
    const start = starts[k] as number;
    const end = ends[k] as number;
    let ok = start >= prev && end > start && end <= n;
    for (let i = prev; ok && i < start; i++) ok = isWhite(text.charCodeAt(i));
    if (!ok || splitsSurrogate(text, start) || splitsSurrogate(text, end))
      return spanViolation(text, k, start, end, prev);
    prev = end;
  }
  return tailViolation(text, prev);
}

/** What is wrong with span `k` [start, end) that follows a span ending at `prev`, or null. */
function spanViolation(text: string, k: number, start: number, end: number, prev: number): string | null {
  if (start < 0 || end > text.length)
    return `span ${k} [${start}, ${end}) is out of bounds (0..${text.length})`;
  if (end <= start) return `span ${k} [${start}, ${end}) is empty or reversed`;
  if (start < prev)
    return `span ${k} [${start}, ${end}) overlaps or precedes the previous span (ends at ${prev})`;
  for (let i = prev; i < start; i++) {
    if (!isWhite(text.charCodeAt(i)))
      return `gap before span ${k} leaves non-whitespace at offset ${i} uncovered`;
  }
  if (splitsSurrogate(text, start) || splitsSurrogate(text, end))
    return `span ${k} [${start}, ${end}) splits a surrogate pair`;
  return null;
}

function tailViolation(text: string, prev: number): string | null {
  for (let i = prev; i < text.length; i++) {
    if (!isWhite(text.charCodeAt(i))) return `text after the last span is not covered (offset ${i})`;
  }
  return null;
}
