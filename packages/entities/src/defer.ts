import { type Candidate, resolveOverlaps, toMention } from './core/candidate';
import { settleAll } from './core/pending';
import { EntitiesError } from './errors';
import { parseReference } from './reference';
import type { Mention, MentionType, PendingDates } from './types';

/** A candidate as JSON: `inner` points at other candidates of the same stretch by index. */
type StoredCandidate = Omit<Candidate, 'inner'> & { inner?: { index: number; wordsOnly: boolean }[] };

/**
 * Groups candidates into stretches of text where spans chain-overlap. Overlap resolution never looks
 * across stretches, so a stretch without a pending date resolves now, the same for any reference.
 * The stretches are runs of `order` (candidate indices by start, empty spans left out): stretch k is
 * `order[starts[k]]` up to the next start; no array per stretch, since a text of handles
 * (`@a #b …`) has one per mention.
 */
function stretches(candidates: Candidate[]): { order: number[]; starts: number[] } {
  const order: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    if (c.end > c.start) order.push(i);
  }
  order.sort((a, b) => (candidates[a] as Candidate).start - (candidates[b] as Candidate).start || a - b);
  const starts: number[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < order.length; k++) {
    const c = candidates[order[k] as number] as Candidate;
    if (k === 0 || c.start >= end) {
      starts.push(k);
      end = c.end;
    } else end = Math.max(end, c.end);
  }
  return { order, starts };
}

function stored(members: Candidate[]): StoredCandidate[] {
  const index = new Map(members.map((c, i) => [c, i]));
  return members.map((c) => {
    const { inner, ...rest } = c;
    if (!inner) return rest;
    return { ...rest, inner: inner.map((x) => ({ index: index.get(x.rule) ?? -1, wordsOnly: x.wordsOnly })) };
  });
}

/** The mentions of a deferred extraction: final where no date waits, a `pending` entry per stretch where one does. */
export function deferMentions(
  original: string,
  candidates: Candidate[],
  wanted: ReadonlySet<MentionType> | undefined,
): Mention[] {
  const fixed: Candidate[] = [];
  const out: Mention[] = [];
  const { order, starts } = stretches(candidates);
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    const to = starts[k + 1] ?? order.length;
    let waits = false;
    for (let j = from; j < to && !waits; j++)
      waits = Boolean((candidates[order[j] as number] as Candidate).pending);
    if (!waits) {
      for (let j = from; j < to; j++) fixed.push(candidates[order[j] as number] as Candidate);
      continue;
    }
    // An inner rule is inside its chrono reading's span, so in the same stretch; in recognition order.
    const members = order
      .slice(from, to)
      .sort((a, b) => a - b)
      .map((i) => candidates[i] as Candidate);
    // A loop, not Math.min(...list): a spread of 10^5 arguments overflows the stack.
    let start = Number.POSITIVE_INFINITY;
    let end = 0;
    for (const c of members) {
      start = Math.min(start, c.start);
      end = Math.max(end, c.end);
    }
    const pending: PendingDates = { version: 1, candidates: stored(members) };
    if (wanted) pending.types = [...wanted];
    out.push({
      type: 'DATE',
      span: { start, end },
      text: original.slice(start, end),
      key: 'pending:date',
      confidence: 0,
      recognizer: 'pending',
      pending,
    });
  }
  for (const c of resolveOverlaps(fixed)) {
    if (wanted === undefined || wanted.has(c.type)) out.push(toMention(original, c));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function revive(pending: PendingDates): Candidate[] {
  if (pending?.version !== 1 || !Array.isArray(pending.candidates)) {
    throw new EntitiesError(
      'E_INVALID_INPUT',
      'resolveDates expects the mentions of extractMentions(…, { deferDates: true }), with their pending entries unchanged.',
    );
  }
  const list = pending.candidates as StoredCandidate[];
  const revived: Candidate[] = list.map((c) => ({ ...c, inner: undefined }) as Candidate);
  list.forEach((c, i) => {
    const r = revived[i] as Candidate;
    if (c.inner)
      r.inner = c.inner.map((x) => ({ rule: revived[x.index] as Candidate, wordsOnly: x.wordsOnly }));
    else delete r.inner;
  });
  return revived;
}

/**
 * Resolves the dates of mentions extracted with `{ deferDates: true }` against a reference date
 * given now (or against none): the result equals what `extractMentions` returns with that
 * `referenceDate`, without reading the text again.
 */
export function resolveDates(mentions: readonly Mention[], referenceDate?: string | Date): Mention[] {
  if (!Array.isArray(mentions)) {
    throw new EntitiesError(
      'E_INVALID_INPUT',
      'resolveDates expects the array of mentions extractMentions returned.',
    );
  }
  const ref = parseReference(referenceDate);
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!m?.pending) {
      out.push(m);
      continue;
    }
    const wanted = m.pending.types ? new Set(m.pending.types) : undefined;
    for (const c of resolveOverlaps(settleAll(revive(m.pending), ref))) {
      if (wanted === undefined || wanted.has(c.type)) out.push(toMention(m.text, c, m.span.start));
    }
  }
  return out;
}
