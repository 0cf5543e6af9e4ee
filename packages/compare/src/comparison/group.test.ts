import type { MentionValue } from '@corpus/entities';
import { describe, expect, it } from 'vitest';
import { date, duration, quantity } from '../../test/fixtures';
import { roundingTolerance } from '../facts/values';
import type { Fact } from '../types';
import { groupFacts } from './group';

const person = { key: 'person:lina park', canonical: 'Lina Park' };
const story = { key: 'story', canonical: 'the story' };
let offset = 0;

function fact(
  source: string,
  predicate: Fact['predicate'],
  value: MentionValue,
  extra: Partial<Fact> = {},
): Fact {
  const sentence = `${source} ${predicate} sentence ${offset}`;
  const span = { start: offset, end: offset + sentence.length };
  offset += 100;
  return {
    source,
    subject: extra.subject ?? person,
    predicate,
    value,
    display: predicate,
    evidence: { source, span, sentence },
    ...extra,
  };
}

const ctx = {
  documents: ['a', 'b', 'c', 'd'],
  published: { a: '2026-03-14T06:00Z', b: '2026-03-14T09:00Z', c: '2026-03-15T08:00Z' } as Record<
    string,
    string | undefined
  >,
  names: { 'platform:x': 'X', 'platform:linkedin': 'LinkedIn', 'role:cto': 'CTO', 'role:ceo': 'CEO' },
};

describe('groupFacts', () => {
  it('reports incompatible years as a contradiction, keeping each stated value with its sources', () => {
    const { conflicts, agreements } = groupFacts(
      [
        fact('a', 'joined', date('2019', 'year')),
        fact('b', 'joined', date('2017-11', 'month')),
        fact('c', 'joined', date('2019', 'year')),
        fact('d', 'joined', date('2017', 'year')),
      ],
      ctx,
    );
    expect(agreements).toEqual([]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.kind).toBe('contradiction');
    expect(conflicts[0]!.values.map((v) => [v.display, v.sources])).toEqual([
      ['2019', ['a', 'c']],
      ['November 2017', ['b']],
      ['2017', ['d']],
    ]);
    expect(conflicts[0]!.values[0]!.evidence.map((e) => e.source)).toEqual(['a', 'c']);
  });

  it('agrees on a month and a day in it, marked as different precision, never a contradiction', () => {
    const { conflicts, agreements } = groupFacts(
      [fact('a', 'announced', date('2026-01', 'month')), fact('b', 'announced', date('2026-01-05', 'day'))],
      ctx,
    );
    expect(conflicts).toEqual([]);
    expect(agreements.map((c) => [c.kind, c.values.map((v) => v.sources)])).toEqual([
      ['differentPrecision', [['a'], ['b']]],
    ]);
  });

  it('agrees on "about 7 years", "nearly 7 years" and "7 years"', () => {
    const { conflicts, agreements } = groupFacts(
      [
        fact('a', 'tenure', duration('P7Y')),
        fact('b', 'tenure', duration('P7Y', 'nearly')),
        fact('c', 'tenure', duration('P7Y', 'about')),
        fact('d', 'tenure', duration('P7Y')),
      ],
      ctx,
    );
    expect(conflicts).toEqual([]);
    expect(agreements[0]!.values.map((v) => [v.display, v.sources])).toEqual([
      ['7 years', ['a', 'd']],
      ['nearly 7 years', ['b']],
      ['about 7 years', ['c']],
    ]);
  });

  it('says categorical values differ', () => {
    const { conflicts } = groupFacts(
      [
        fact('a', 'announced-on', { kind: 'text', normalized: 'platform:x' }),
        fact('b', 'announced-on', { kind: 'text', normalized: 'platform:linkedin' }),
      ],
      ctx,
    );
    expect(conflicts.map((c) => [c.kind, c.values.map((v) => v.display)])).toEqual([
      ['differs', ['X', 'LinkedIn']],
    ]);
  });

  it('reports values attributed to different sources as differing by source', () => {
    const { conflicts } = groupFacts(
      [
        fact('a', 'magnitude', quantity(6.8), {
          subject: story,
          attribution: 'USGS',
          attributionKey: 'org:usgs',
          tolerance: roundingTolerance('6.8', 6.8),
        }),
        fact('b', 'magnitude', quantity(7.1), {
          subject: story,
          attribution: 'EMSC',
          attributionKey: 'org:emsc',
          tolerance: roundingTolerance('7.1', 7.1),
        }),
        fact('c', 'magnitude', quantity(6.8), {
          subject: story,
          attribution: 'USGS',
          attributionKey: 'org:usgs',
          tolerance: roundingTolerance('6.8', 6.8),
        }),
      ],
      ctx,
    );
    expect(conflicts.map((c) => [c.kind, c.values.map((v) => [v.display, v.sources])])).toEqual([
      [
        'differsBySource',
        [
          ['6.8', ['a', 'c']],
          ['7.1', ['b']],
        ],
      ],
    ]);
  });

  it('orders a growing toll by publication time and calls it evolving', () => {
    const { conflicts } = groupFacts(
      [
        fact('c', 'died', quantity(31), { subject: story }),
        fact('a', 'died', quantity(12), { subject: story }),
        fact('b', 'died', quantity(20), { subject: story }),
      ],
      ctx,
    );
    expect(conflicts.map((c) => [c.kind, c.values.map((v) => v.sources[0])])).toEqual([
      ['evolving', ['a', 'b', 'c']],
    ]);
  });

  it('flags one article contradicting itself as internal', () => {
    const { conflicts } = groupFacts(
      [fact('a', 'born', date('1971', 'year')), fact('a', 'born', date('1973', 'year'))],
      ctx,
    );
    expect(conflicts.map((c) => [c.kind, c.values.map((v) => v.display)])).toEqual([
      ['internal', ['1971', '1973']],
    ]);
  });

  it('flags a joining year plus tenure that misses the departure year as internal', () => {
    const { conflicts } = groupFacts(
      [
        fact('a', 'joined', date('2015', 'year')),
        fact('a', 'tenure', duration('P7Y')),
        fact('a', 'left', date('2026-01', 'month')),
      ],
      ctx,
    );
    expect(conflicts.map((c) => [c.kind, c.predicate, c.values.map((v) => v.display)])).toEqual([
      ['internal', 'tenure', ['joined 2015', 'tenure 7 years', 'left January 2026']],
    ]);
  });

  it('reports only shared roles, never a conflict between roles', () => {
    const { conflicts, agreements } = groupFacts(
      [
        fact('a', 'role', { kind: 'text', normalized: 'role:cto' }),
        fact('b', 'role', { kind: 'text', normalized: 'role:cto' }),
        fact('b', 'role', { kind: 'text', normalized: 'role:ceo' }),
      ],
      ctx,
    );
    expect(conflicts).toEqual([]);
    expect(agreements.map((g) => g.values.map((v) => [v.display, v.sources]))).toEqual([
      [['CTO', ['a', 'b']]],
    ]);
  });
});
