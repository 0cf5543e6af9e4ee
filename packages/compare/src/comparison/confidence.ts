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
