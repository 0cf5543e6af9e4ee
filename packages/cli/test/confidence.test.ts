import type { Comparison, FactGroup } from '@corpus/compare';
import { describe, expect, it } from 'vitest';
import { confidenceOf, withMinConfidence } from '../src/confidence';

const subject = { key: 'person:anna weber', canonical: 'Anna Weber' };
function group(predicate: string, confidence?: number): FactGroup {
  const g = { kind: 'contradiction', predicate, subject, values: [] } as unknown as FactGroup;
  return confidence === undefined ? g : ({ ...g, confidence } as FactGroup);
}
const comparison = {
  conflicts: [group('joined', 0.9), group('left', 0.4), group('born')],
  agreements: [group('role', 0.6), group('founded', 1)],
} as unknown as Comparison;

describe('--min-confidence', () => {
  it('reads a rated confidence, and counts an unrated finding as certain', () => {
    expect(comparison.conflicts.map(confidenceOf)).toEqual([0.9, 0.4, 1]);
    expect(confidenceOf({ ...group('x'), confidence: Number.NaN } as FactGroup)).toBe(1);
  });

  it('leaves out the disagreements and agreements rated below the threshold, and says how many', () => {
    const { comparison: kept, dropped } = withMinConfidence(comparison, 0.8);
    expect(kept.conflicts.map((g) => g.predicate)).toEqual(['joined', 'born']);
    expect(kept.agreements.map((g) => g.predicate)).toEqual(['founded']);
    expect(dropped).toBe(2);
    // The threshold is inclusive, and the input is left as it was.
    expect(withMinConfidence(comparison, 0.6).comparison.agreements).toHaveLength(2);
    expect(comparison.conflicts).toHaveLength(3);
  });

  it('keeps everything at 0, the default', () => {
    expect(withMinConfidence(comparison, 0)).toEqual({ comparison, dropped: 0 });
  });
});
