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
  const kept: Candidate[] = [];
  const nested: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (c.nested) {
      nested.push(c);
      continue;
    }
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  for (const n of nested) {
    const inside = kept.find(
      (k) => k.start <= n.start && n.end <= k.end && !(k.start === n.start && k.end === n.end),
    );
    const clash = kept.some((k) => k !== inside && k.start < n.end && n.start < k.end);
    if (inside && !clash && inside.type !== n.type) kept.push(n);
  }
  const seen = new Set<string>();
  return kept
    .filter((c) => {
      const id = `${c.start}:${c.end}:${c.type}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.type, b.type));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
