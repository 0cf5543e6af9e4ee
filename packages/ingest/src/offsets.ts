import type { Document, Span } from './types';

/**
 * A piece of an offset map: `out[outStart, outEnd)` came from `src[srcStart, srcEnd)`.
 * `exact` pieces are character-for-character copies, so offsets inside them map linearly.
 */
export interface Piece {
  outStart: number;
  outEnd: number;
  srcStart: number;
  srcEnd: number;
  exact: boolean;
}

/** Builds a string together with its map back to a source string. */
export class MappedBuilder {
  private readonly parts: string[] = [];
  readonly pieces: Piece[] = [];
  length = 0;

  /** Appends `text`, which is an exact copy of `src[srcStart, srcStart + text.length)` when `exact`. */
  push(text: string, srcStart: number, srcEnd: number, exact: boolean): void {
    if (text.length === 0 && srcStart === srcEnd) return;
    const last = this.pieces[this.pieces.length - 1];
    const outStart = this.length;
    this.parts.push(text);
    this.length += text.length;
    if (last && exact && last.exact && last.outEnd === outStart && last.srcEnd === srcStart) {
      last.outEnd = this.length;
      last.srcEnd = srcEnd;
      return;
    }
    this.pieces.push({ outStart, outEnd: this.length, srcStart, srcEnd, exact });
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Maps `[start, end)` of a mapped string through its pieces; returns source pieces in order. */
export function composeRange(pieces: readonly Piece[], start: number, end: number): Piece[] {
  const result: Piece[] = [];
  let i = findPiece(pieces, start);
  for (; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.outStart >= end && !(p.outStart === end && p.outEnd === end)) break;
    const a = Math.max(start, p.outStart);
    const b = Math.min(end, p.outEnd);
    if (b < a) continue;
    if (p.exact) {
      result.push({
        outStart: a,
        outEnd: b,
        srcStart: p.srcStart + (a - p.outStart),
        srcEnd: p.srcStart + (b - p.outStart),
        exact: true,
      });
    } else {
      result.push({ outStart: a, outEnd: b, srcStart: p.srcStart, srcEnd: p.srcEnd, exact: false });
    }
  }
  return result;
}

/** Index of the first piece that ends after `offset` (or the last piece). */
function findPiece(pieces: readonly Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.outEnd <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

export function flattenPieces(pieces: readonly Piece[]): number[] {
  const flat: number[] = [];
  for (const p of pieces) flat.push(p.outStart, p.outEnd, p.srcStart, p.srcEnd, p.exact ? 1 : 0);
  return flat;
}

// A document's map read into pieces once: mapping every block of a document one call at a time read
// the whole map on each call, quadratic in the number of blocks (found by scripts/pathological.ts).
const readMaps = new WeakMap<readonly number[], Piece[]>();

function readPieces(map: readonly number[] | undefined): Piece[] {
  if (!map) return [];
  const known = readMaps.get(map);
  if (known && known.length === Math.floor(map.length / 5)) return known;
  const pieces: Piece[] = [];
  for (let i = 0; i + 4 < map.length; i += 5) {
    pieces.push({
      outStart: map[i]!,
      outEnd: map[i + 1]!,
      srcStart: map[i + 2]!,
      srcEnd: map[i + 3]!,
      exact: map[i + 4] === 1,
    });
  }
  readMaps.set(map, pieces);
  return pieces;
}

export function mapOffset(pieces: readonly Piece[], offset: number, bias: 'start' | 'end'): number {
  if (pieces.length === 0) return offset;
  // Prefer the piece that starts at `offset` for a start, the one that ends there for an end.
  let index = findPiece(pieces, bias === 'start' ? offset : Math.max(0, offset - 1));
  let p = pieces[index]!;
  if (bias === 'start' && p.outEnd === offset && index + 1 < pieces.length) p = pieces[++index]!;
  if (offset <= p.outStart) return p.srcStart;
  if (offset >= p.outEnd) return p.srcEnd;
  if (p.exact) return p.srcStart + (offset - p.outStart);
  return bias === 'start' ? p.srcStart : p.srcEnd;
}

/**
 * Maps an offset in `document.text` to the matching offset in the source text (the decoded input for
 * text and Markdown; the extracted text for HTML and JSON). Inside a character that normalisation
 * changed (e.g. a composed accent), the offset maps to the start of its source.
 */
export function toSourceOffset(document: Pick<Document, 'sourceMap'>, offset: number): number {
  return mapOffset(readPieces(document.sourceMap), offset, 'start');
}

/** Maps a span of `document.text` to the smallest source-text span that produced it. */
export function toSourceSpan(document: Pick<Document, 'sourceMap'>, span: Span): Span {
  const pieces = readPieces(document.sourceMap);
  const start = mapOffset(pieces, span.start, 'start');
  const end = span.end === span.start ? start : mapOffset(pieces, span.end, 'end');
  return { start, end: Math.max(start, end) };
}

/** text → normalised → source: the composition of the two maps. */
export function composePieces(outer: readonly Piece[], inner: readonly Piece[]): Piece[] {
  const result: Piece[] = [];
  for (const p of outer) {
    if (!p.exact) {
      result.push({
        ...p,
        srcStart: mapOffset(inner, p.srcStart, 'start'),
        srcEnd: mapOffset(inner, p.srcEnd, 'end'),
      });
      continue;
    }
    for (const q of composeRange(inner, p.srcStart, p.srcEnd)) {
      const shift = p.outStart - p.srcStart;
      result.push({ ...q, outStart: q.outStart + shift, outEnd: q.outEnd + shift });
    }
  }
  // Merge neighbours that continue each other exactly.
  const merged: Piece[] = [];
  for (const p of result) {
    const last = merged[merged.length - 1];
    if (last && p.exact && last.exact && last.outEnd === p.outStart && last.srcEnd === p.srcStart) {
      last.outEnd = p.outEnd;
      last.srcEnd = p.srcEnd;
    } else if (p.outEnd > p.outStart || p.srcEnd > p.srcStart) merged.push({ ...p });
  }
  return merged;
}
