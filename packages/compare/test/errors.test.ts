import { describe, expect, it } from 'vitest';
import { analyze, CompareError, compare, compareTexts } from '../src/index';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return CompareError.isInstance(error) ? error.code : `not a CompareError: ${String(error)}`;
  }
  return undefined;
}

describe('errors and warnings', () => {
  it('throws E_INVALID_INPUT for input that is not a document', () => {
    expect(codeOf(() => analyze({ text: 'no name' } as never))).toBe('E_INVALID_INPUT');
    expect(codeOf(() => compare('text' as never))).toBe('E_INVALID_INPUT');
    expect(codeOf(() => compare([{ name: 'a', text: 'raw' }] as never))).toBe('E_INVALID_INPUT');
    expect(codeOf(() => compareTexts('text' as never))).toBe('E_INVALID_INPUT');
  });

  it('throws E_DUPLICATE_NAME when two documents share a name', () => {
    const a = analyze({ name: 'same.txt', text: 'Acme joined the index in 2019.', lang: 'en' });
    expect(codeOf(() => compare([a, a]))).toBe('E_DUPLICATE_NAME');
  });

  it('throws E_INVALID_REFERENCE_DATE for a reference date that is not a date', () => {
    expect(
      codeOf(() => analyze({ name: 'a.txt', text: 'Hello.', lang: 'en' }, { referenceDate: 'soon' })),
    ).toBe('E_INVALID_REFERENCE_DATE');
  });

  it('throws E_INVALID_REFERENCE_DATE, not an error of @corpus/entities, for a Date outside years 0–9999', () => {
    // Found by the fuzz campaign: such a Date is valid, but has no four-digit ISO form.
    for (const referenceDate of [
      new Date('-000001-12-31T23:59:59.999Z'),
      new Date('+010000-01-01T00:00:00Z'),
    ]) {
      expect(codeOf(() => analyze({ name: 'a.txt', text: 'Hello.', lang: 'en' }, { referenceDate }))).toBe(
        'E_INVALID_REFERENCE_DATE',
      );
    }
  });

  it('skips an unreadable document with a warning instead of aborting the batch', () => {
    const comparison = compareTexts([
      { name: 'empty.txt', text: '   ' },
      { name: 'ok.txt', text: 'Lina Park joined Acme in 2019.', lang: 'en' },
    ]);
    expect(comparison.documents.map((d) => d.name)).toEqual(['ok.txt']);
    expect(comparison.warnings[0]).toMatchObject({ code: 'E_EMPTY', document: 'empty.txt' });
  });
});

describe('an article that contradicts itself', () => {
  it('reports headline and body stating different prices as internal, not as a contradiction between articles', () => {
    const comparison = compareTexts([
      {
        name: 'daily-en.txt',
        lang: 'en',
        text: 'Acme to buy Brightloop for $2.5 billion\nAcme Corp will acquire the software maker Brightloop for $2.7 billion in cash, the company said.',
      },
      {
        name: 'wirtschaft-de.txt',
        lang: 'de',
        text: 'Acme übernimmt Brightloop\nAcme übernimmt den Softwarehersteller Brightloop für 2,5 Milliarden Dollar.',
      },
    ]);
    const internal = comparison.conflicts.filter((c) => c.kind === 'internal');
    expect(internal.map((c) => [c.predicate, c.values.map((v) => [v.display, v.sources])])).toEqual([
      [
        'price',
        [
          ['2.5 billion USD', ['daily-en.txt']],
          ['2.7 billion USD', ['daily-en.txt']],
        ],
      ],
    ]);
    expect(internal[0]!.values[1]!.evidence[0]!.sentence).toContain('$2.7 billion in cash');
  });
});

describe('dates without a year', () => {
  it('resolve against the story’s latest full date, or the document’s own publication date', () => {
    const story = [
      { name: 'a.txt', lang: 'en', text: 'Lina Park announced her exit from Acme on 5 January 2026.' },
      { name: 'b.txt', lang: 'it', text: 'Lina Park ha annunciato la sua uscita da Acme il 6 gennaio.' },
    ];
    const plain = compareTexts(story);
    expect(plain.referenceDate).toBe('2026-01-05');
    expect(plain.facts.find((f) => f.source === 'b.txt' && f.value.kind === 'date')?.value).toMatchObject({
      iso: '2026-01-06',
    });
    const dated = compareTexts([story[0]!, { ...story[1]!, published: '2024-12-20T09:00:00Z' }]);
    expect(dated.facts.find((f) => f.source === 'b.txt' && f.value.kind === 'date')?.value).toMatchObject({
      iso: '2025-01-06',
    });
  });
});
