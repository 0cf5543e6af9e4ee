import type { Mention, MentionType, MentionValue } from '../types';

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
}

export function toMention(text: string, c: Candidate): Mention {
  const m: Mention = {
    type: c.type,
    span: { start: c.start, end: c.end },
    text: text.slice(c.start, c.end),
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
  // Kept spans never overlap, so they stay sorted by start: a binary search finds the neighbours.
  const kept: Candidate[] = [];
  const firstEndingAfter = (pos: number) => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as Candidate).end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const nested: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (c.nested) {
      nested.push(c);
      continue;
    }
    const i = firstEndingAfter(c.start);
    const next = kept[i];
    if (next && next.start < c.end) continue;
    kept.splice(i, 0, c);
  }
  const result = [...kept];
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
    if (inside.type !== n.type && !result.some((r) => r.start === n.start && r.end === n.end)) result.push(n);
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.type, b.type));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
