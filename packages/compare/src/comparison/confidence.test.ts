import { describe, expect, it } from 'vitest';
import { factConfidence, linkStrength, support } from '../facts/confidence';
import { compareTexts } from '../pipeline/compare-texts';
import { agreementConfidence, conflictConfidence, emptyBacking } from './confidence';

function backing(certainties: Record<string, number>, explicit = true) {
  const b = emptyBacking();
  for (const [source, c] of Object.entries(certainties)) b.certainty.set(source, c);
  b.explicit = explicit;
  return b;
}

describe('confidence arithmetic', () => {
  it('ties a value beside its trigger fully, and half at the edge of its reach', () => {
    expect(linkStrength(0, 120)).toBe(1);
    expect(linkStrength(60, 120)).toBe(0.75);
    expect(linkStrength(500, 120)).toBe(0.5);
  });

  it('multiplies the mention confidence by the link, counting a later-resolved mention as 0.8', () => {
    const mention = { confidence: 0.9 } as Parameters<typeof factConfidence>[0];
    expect(factConfidence(mention, 0.5)).toBe(0.45);
    expect(factConfidence({ confidence: 0 } as typeof mention, 1)).toBe(0.8);
  });

  it('adds sources as independent readings (noisy-OR)', () => {
    expect(support([0.8])).toBeCloseTo(0.8);
    expect(support([0.8, 0.8])).toBeCloseTo(0.96);
    expect(support([])).toBe(0);
  });

  it('an agreement gains with each source; an implicit subject costs alignment', () => {
    expect(agreementConfidence([backing({ a: 0.8, b: 0.8 })])).toBe(0.96);
    expect(agreementConfidence([backing({ a: 0.8, b: 0.8, c: 0.8 })])).toBe(0.99);
    expect(agreementConfidence([backing({ a: 0.8, b: 0.8 }, false)])).toBe(0.77);
  });

  it('a conflict is as sure as its second-best-supported value', () => {
    const strong = backing({ a: 0.9, b: 0.9 });
    const weak = backing({ c: 0.5 });
    expect(conflictConfidence([strong, weak])).toBe(0.5);
    expect(conflictConfidence([weak, strong, backing({ d: 0.7 })])).toBe(0.7);
  });
});

describe('confidence in a comparison', () => {
  const joined = (name: string, text: string) => ({ name, lang: 'en', text });

  it('every agreement and conflict carries one, in 0..1', () => {
    const c = compareTexts([
      joined('a.txt', 'Anna Weber joined Acme Corp in 2019.'),
      joined('b.txt', 'Anna Weber joined Acme Corp in 2017.'),
      joined('c.txt', 'Anna Weber joined Acme Corp in 2019.'),
    ]);
    const groups = [...c.agreements, ...c.conflicts];
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.confidence).toBeGreaterThan(0);
      expect(g.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('more sources for a value make an agreement surer', () => {
    const two = compareTexts([
      joined('a.txt', 'Anna Weber joined Acme Corp in 2019.'),
      joined('b.txt', 'Anna Weber joined Acme Corp in 2019.'),
    ]);
    const three = compareTexts([
      joined('a.txt', 'Anna Weber joined Acme Corp in 2019.'),
      joined('b.txt', 'Anna Weber joined Acme Corp in 2019.'),
      joined('c.txt', 'Anna Weber joined Acme Corp in 2019.'),
    ]);
    const of = (c: typeof two) => c.agreements.find((g) => g.predicate === 'joined')!.confidence;
    expect(of(three)).toBeGreaterThan(of(two));
  });

  it('a value far from its trigger word weakens the conflict it takes part in', () => {
    const near = compareTexts([
      joined('a.txt', 'Anna Weber joined Acme Corp in 2019.'),
      joined('b.txt', 'Anna Weber joined Acme Corp in 2017.'),
    ]);
    const far = compareTexts([
      joined('a.txt', 'Anna Weber joined Acme Corp in 2019.'),
      joined(
        'b.txt',
        'Anna Weber joined Acme Corp, the maker of industrial pumps and valves with offices in three countries, in 2017.',
      ),
    ]);
    const of = (c: typeof near) => c.conflicts.find((g) => g.predicate === 'joined')!.confidence;
    expect(of(far)).toBeLessThan(of(near));
  });
});
