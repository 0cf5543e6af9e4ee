import type { Mention, MentionType, MentionValue } from '../types';
import type { PendingDate } from './pending';
import { firstIndex } from './text';

/** A mention before overlap resolution; higher `priority` wins a conflict, then the longer span. */
export interface Candidate {
  type: MentionType;
  start: number;
  end: number;
  key: string;
  value?: MentionValue;
  confidence: number;
  recognizer: string;
  priority: number;
  /** May sit inside another accepted mention (the ORG "GitHub" inside the PRODUCT "GitHub Copilot"). */
  nested?: boolean;
  /** What the value still needs from the reference date; `value` is then absent (or, for a clock, the time alone). */
  pending?: PendingDate;
  /** For a chrono reading: the rule dates inside its span, and whether only words other than function words surround each. */
  inner?: { rule: Candidate; wordsOnly: boolean }[];
}

/** The candidate for the span `start`–`end`. */
export function spanCandidate(
  start: number,
  end: number,
  type: MentionType,
  key: string,
  confidence: number,
  recognizer: string,
  priority: number,
  extra: Partial<Candidate> = {},
): Candidate {
  return { type, start, end, key, confidence, recognizer, priority, ...extra };
}

/** The candidate a regex match proposes: the match's span, or its first `length` characters. */
export function matchCandidate(
  m: { index: number; 0: string },
  type: MentionType,
  key: string,
  confidence: number,
  recognizer: string,
  priority: number,
  extra: Partial<Candidate> & { length?: number } = {},
): Candidate {
  const { length = m[0].length, ...rest } = extra;
  return spanCandidate(m.index, m.index + length, type, key, confidence, recognizer, priority, rest);
}

/** An amount as mention keys write it: to six decimals, and whole numbers in full (no exponent). */
export function amountKey(n: number): string {
  const r = Math.round(n * 1e6) / 1e6;
  return Number.isInteger(r) ? BigInt(r).toString() : String(r);
}

/** The mention of a candidate; `text` starts at offset `base` of the document (a window of it). */
export function toMention(text: string, c: Candidate, base = 0): Mention {
  const m: Mention = {
    type: c.type,
    span: { start: c.start, end: c.end },
    text: text.slice(c.start - base, c.end - base),
    key: c.key,
    confidence: Math.round(c.confidence * 100) / 100,
    recognizer: c.recognizer,
  };
  if (c.value !== undefined) m.value = c.value;
  return m;
}

/** Greedy resolution: best candidates first, each kept only if it overlaps nothing kept before. */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.priority - a.priority ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      cmp(a.key, b.key),
  );
  // One flag per UTF-16 offset covered by a kept candidate: a candidate overlaps a kept one exactly
  // when one of its offsets is flagged. Kept spans are disjoint, so flagging costs at most the text length.
  let limit = 0;
  for (const c of candidates) if (c.end > limit) limit = c.end;
  const covered = new Uint8Array(limit);
  const kept: Candidate[] = [];
  const nested: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (c.nested) {
      nested.push(c);
      continue;
    }
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (covered[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  // Kept spans never overlap, so sorted by start they are sorted by end too: a binary search finds the neighbours.
  kept.sort((a, b) => a.start - b.start);
  const firstEndingAfter = (pos: number) => firstIndex(kept.length, (i) => (kept[i] as Candidate).end <= pos);
  const result = [...kept];
  const nestedSpans = new Set<string>();
  for (const n of nested) {
    const i = firstEndingAfter(n.start);
    const inside = kept[i];
    if (
      !inside ||
      inside.start > n.start ||
      inside.end < n.end ||
      (inside.start === n.start && inside.end === n.end)
    )
      continue;
    const after = kept[i + 1];
    if (after && after.start < n.end) continue;
    const span = `${n.start},${n.end}`;
    if (inside.type !== n.type && !nestedSpans.has(span)) {
      result.push(n);
      nestedSpans.add(span);
    }
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.type, b.type));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
