// The confidence of agreements and conflicts, from their sources' extraction certainty and how they
// were aligned (see FactGroup.confidence, and the README's "Confidence").
import { round2, support } from '../facts/confidence';
import type { Fact } from '../types';

/** A fact stored without a confidence (before it existed) counts as this sure. */
const UNKNOWN_FACT = 0.8;
/** Alignment when no source named the subject in its clause: the story's main entity was assumed. */
export const IMPLICIT_ALIGNMENT = 0.8;
/** Spelling variants: names merged by entity linking, each document counting this sure. */
export const NAME_ALIGNMENT = 0.8;
export const NAME_CERTAINTY = 0.9;

/** What is known of one value's backing: the best certainty per document, and whether any named the subject. */
export interface Backing {
  certainty: Map<string, number>;
  explicit: boolean;
}

export function emptyBacking(): Backing {
  return { certainty: new Map(), explicit: false };
}

export function certaintyOf(fact: Fact): number {
  return fact.confidence ?? UNKNOWN_FACT;
}

/** Adds one fact (or a statement made of facts) to a value's backing. */
export function back(backing: Backing, source: string, certainty: number, explicit: boolean): void {
  backing.certainty.set(source, Math.max(backing.certainty.get(source) ?? 0, certainty));
  if (explicit) backing.explicit = true;
}

/** A value's score: the support of its sources times its alignment. */
export function score(backing: Backing): number {
  return support(backing.certainty.values()) * (backing.explicit ? 1 : IMPLICIT_ALIGNMENT);
}

/** Several compatible values taken as one agreement: every source counts once, at its best. */
export function agreementConfidence(backings: readonly Backing[]): number {
  const merged = emptyBacking();
  let explicit = true;
  for (const b of backings) {
    for (const [source, c] of b.certainty) back(merged, source, c, false);
    explicit &&= b.explicit;
  }
  merged.explicit = explicit;
  return round2(score(merged));
}

/** A conflict holds when two of its values are really stated: the second-best score. */
export function conflictConfidence(backings: readonly Backing[]): number {
  const scores = backings.map(score).sort((a, b) => b - a);
  return round2(scores[1] ?? scores[0] ?? 0);
}

/** How a group's values were aligned, which sets its alignment strength. */
export type Alignment = 'concept' | 'open' | 'stated' | 'name';

const KIND_REASON: Record<string, string> = {
  contradiction: 'values: they differ beyond rounding and qualifiers, in the articles’ own voice',
  differsBySource: 'values: each value is attributed to a different source',
  evolving: 'values: a figure that changes over the story, ordered by publication time',
  differs: 'values: one of a set (a platform, a place): different values differ',
  internal: 'values: one article states values that cannot both be true',
  differentPrecision: 'values: compatible, one source more precise than another',
};

const pct = (x: number) => `${Math.round(x * 100)} %`;

/**
 * Why a group is as sure as it is (`FactGroup.reasons`), in the terms of its confidence: how many
 * sources back it, the weakest reading behind it, how its values were aligned, how they relate.
 * Each reason is a short code, a colon and a sentence.
 */
export function groupReasons(
  kind: string | undefined,
  predicate: string,
  backings: readonly Backing[],
  alignment: Alignment,
  qualifiers: readonly string[] = [],
): string[] {
  const sources = new Set(backings.flatMap((b) => [...b.certainty.keys()]));
  const n = sources.size;
  const reasons: string[] = [];
  if (kind === 'internal') reasons.push(`sources: one article, ${backings.length} values`);
  else if (kind && kind !== 'differentPrecision')
    reasons.push(
      `sources: ${n} source${n === 1 ? '' : 's'} give ${backings.length} values; the conflict is as sure as its second-best backed value`,
    );
  else
    reasons.push(
      `sources: stated by ${n} source${n === 1 ? '' : 's'} (support ${pct(support(maxBy(backings)))})`,
    );
  let weakest: [string, number] | undefined;
  // Ties go to the first name, so that the reason does not follow the input order.
  for (const b of backings)
    for (const e of b.certainty)
      if (!weakest || e[1] < weakest[1] || (e[1] === weakest[1] && e[0] < weakest[0])) weakest = e;
  if (weakest) reasons.push(`certainty: weakest reading ${pct(weakest[1])} (${weakest[0]})`);
  if (alignment === 'concept') {
    reasons.push(
      backings.every((b) => b.explicit)
        ? `alignment: same concept “${predicate}”, subject named or the story itself`
        : `alignment: same concept “${predicate}”; some clause names no subject, the story’s main entity is assumed (× ${IMPLICIT_ALIGNMENT})`,
    );
  } else if (alignment === 'open') {
    reasons.push('alignment: no concept word; aligned by unit and scope, sizes within 15 %');
  } else if (alignment === 'stated') {
    reasons.push('alignment: no concept word; the same value stated alike (× 0.5)');
  } else {
    reasons.push(`alignment: spellings linked to one entity across the articles (× ${NAME_ALIGNMENT})`);
  }
  const why = kind && KIND_REASON[kind];
  if (why) reasons.push(why);
  else if (!kind && backings.length > 1) reasons.push('values: compatible within rounding or qualifiers');
  for (const q of new Set(qualifiers)) {
    reasons.push(
      q === 'projected'
        ? 'qualifiers: a projection, compared only with projections'
        : `qualifiers: “${q}” widens the amount compared`,
    );
  }
  return reasons;
}

/** Every source once, at its best certainty across the backings. */
function maxBy(backings: readonly Backing[]): number[] {
  const best = new Map<string, number>();
  for (const b of backings) for (const [s, c] of b.certainty) best.set(s, Math.max(best.get(s) ?? 0, c));
  return [...best.values()];
}
