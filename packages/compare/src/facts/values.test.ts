import { describe, expect, it } from 'vitest';
import { compareValues, durationYears, formatValue, roundingTolerance, valueKey } from './values';

const date = (iso: string, granularity: 'century' | 'year' | 'month' | 'day' | 'time') => ({
  kind: 'date' as const,
  iso,
  granularity,
});
const duration = (iso: string, qualifier: 'exact' | 'about' | 'nearly' | 'over' | 'at least' = 'exact') => ({
  kind: 'duration' as const,
  iso,
  qualifier,
});
const money = (amount: number, unit = 'USD') => ({ kind: 'quantity' as const, amount, unit });

describe('compareValues: dates', () => {
  it('reads a century as the ISO 8601 prefix of its years', () => {
    expect(compareValues(date('11', 'century'), date('21', 'century'))).toBe('incompatible');
    expect(compareValues(date('11', 'century'), date('1163', 'year'))).toBe('precision');
    expect(compareValues(date('11', 'century'), date('1263', 'year'))).toBe('incompatible');
    expect(formatValue(date('11', 'century'))).toBe('12th century');
    expect(formatValue(date('20', 'century'))).toBe('21st century');
  });
  it('treats a month and a day in it as different precision, not a contradiction', () => {
    expect(compareValues(date('2026-01', 'month'), date('2026-01-05', 'day'))).toBe('precision');
    expect(compareValues(date('2017', 'year'), date('2017-11', 'month'))).toBe('precision');
  });
  it('finds a contradiction between a month and a year that does not contain it', () => {
    expect(compareValues(date('2017-11', 'month'), date('2019', 'year'))).toBe('incompatible');
    expect(compareValues(date('2026-01-06', 'day'), date('2026-01-07', 'day'))).toBe('incompatible');
  });
  it('compares times after their time zones', () => {
    expect(compareValues(date('2026-03-14T14:32+09:00', 'time'), date('2026-03-14T05:32Z', 'time'))).toBe(
      'compatible',
    );
    expect(compareValues(date('2026-03-14T14:32+09:00', 'time'), date('2026-03-14T14:32Z', 'time'))).toBe(
      'incompatible',
    );
  });
  it('is the same for the same ISO value', () => {
    expect(compareValues(date('2019', 'year'), date('2019', 'year'))).toBe('same');
  });
});

describe('compareValues: durations', () => {
  it('agrees on qualified and plain durations of the same length', () => {
    expect(compareValues(duration('P7Y', 'nearly'), duration('P7Y'))).toBe('compatible');
    expect(compareValues(duration('P7Y', 'about'), duration('P7Y'))).toBe('compatible');
    expect(compareValues(duration('P84M'), duration('P7Y', 'about'))).toBe('compatible');
  });
  it('finds durations that cannot both be right', () => {
    expect(compareValues(duration('P5Y'), duration('P7Y'))).toBe('incompatible');
  });
  it('parses ISO 8601 durations into years', () => {
    expect(durationYears('P7Y')).toBe(7);
    expect(durationYears('P18M')).toBe(1.5);
    expect(durationYears('PT30S')).toBeCloseTo(30 / 31_557_600);
    expect(durationYears('nonsense')).toBeUndefined();
  });
});

describe('compareValues: quantities', () => {
  it('agrees within the rounding of the less precise figure', () => {
    expect(
      compareValues(
        money(2.5e9),
        money(2.48e9),
        roundingTolerance('$2.5 billion', 2.5e9),
        roundingTolerance('2.48', 2.48e9),
      ),
    ).toBe('compatible');
    expect(compareValues(money(2.5e9), money(2.5e9))).toBe('same');
  });
  it('finds different magnitudes stated to one decimal', () => {
    const a = { kind: 'quantity' as const, amount: 6.8 };
    const b = { kind: 'quantity' as const, amount: 6.9 };
    expect(compareValues(a, b, roundingTolerance('6.8', 6.8), roundingTolerance('6.9', 6.9))).toBe(
      'incompatible',
    );
  });
  it('does not compare different currencies', () => {
    expect(compareValues(money(2.5e9, 'USD'), money(2.3e9, 'EUR'))).toBe('incomparable');
  });
  it('derives the rounding tolerance from the digits written', () => {
    expect(roundingTolerance('25億ドル', 2.5e9)).toBe(5e7);
    expect(roundingTolerance('$2.5 billion', 2.5e9)).toBe(5e7);
    expect(roundingTolerance('6.8', 6.8)).toBeCloseTo(0.05);
    expect(roundingTolerance('120', 120)).toBe(5);
  });
});

describe('valueKey and formatValue', () => {
  it('keys values by their normalised form', () => {
    expect(valueKey(date('2017-11', 'month'))).toBe('2017-11');
    expect(valueKey(duration('P7Y', 'nearly'))).toBe('nearly P7Y');
    expect(valueKey(money(2.5e9))).toBe('2500000000 USD');
  });
  it('renders values in plain English', () => {
    expect(formatValue(date('2026-01-05', 'day'))).toBe('5 January 2026');
    expect(formatValue(date('2017-11', 'month'))).toBe('November 2017');
    expect(formatValue(date('2019', 'year'))).toBe('2019');
    expect(formatValue(duration('P7Y', 'about'))).toBe('about 7 years');
    expect(formatValue(money(2.5e9))).toBe('2.5 billion USD');
    expect(formatValue({ kind: 'text', normalized: 'platform:x' }, { 'platform:x': 'X' })).toBe('X');
  });
});

describe('clock times', () => {
  it('say nothing against a day when they have no day of their own', () => {
    expect(compareValues(date('2024-10-13', 'day'), date('T07:25', 'time'))).toBe('incomparable');
  });
  it('meet a zoned time of another zone as one instant, an unzoned one only at the same hour', () => {
    expect(compareValues(date('T08:25-04:00', 'time'), date('T21:25+09:00', 'time'))).toBe('compatible');
    expect(compareValues(date('T08:25-04:00', 'time'), date('T07:25-04:00', 'time'))).toBe('incompatible');
    // "7:25 a.m. (12:25 GMT)": an unzoned clock may be the same instant written in another zone.
    expect(compareValues(date('T07:25', 'time'), date('T12:25+00:00', 'time'))).toBe('incomparable');
    expect(compareValues(date('2024-10-13T07:25', 'time'), date('2024-10-13T12:25+00:00', 'time'))).toBe(
      'incomparable',
    );
    expect(compareValues(date('T07:25', 'time'), date('2024-10-13T07:25-05:00', 'time'))).toBe('compatible');
  });
});
