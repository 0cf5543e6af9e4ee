import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseReferenceDate, requireReferenceDate } from '../src/index';

describe('parseReferenceDate', () => {
  it('reads ISO 8601 dates at year, month and day precision', () => {
    expect(parseReferenceDate('2026-01-10')).toEqual({
      iso: '2026-01-10',
      year: 2026,
      month: 1,
      day: 10,
      precision: 'day',
    });
    expect(parseReferenceDate('2026-03')).toMatchObject({ iso: '2026-03-15', precision: 'month' });
    expect(parseReferenceDate('2026')).toMatchObject({ iso: '2026-07-01', precision: 'year' });
    expect(parseReferenceDate('2024-02-29')?.iso).toBe('2024-02-29');
  });

  it('takes the date of a date-time as written, whatever its offset', () => {
    expect(parseReferenceDate('2026-01-10T23:30:00-08:00')?.iso).toBe('2026-01-10');
    expect(parseReferenceDate('2026-01-10T00:30+09:00')?.iso).toBe('2026-01-10');
    expect(parseReferenceDate('2026-01-10T12:00:00.123Z')?.iso).toBe('2026-01-10');
  });

  it('rejects what is not ISO 8601 or not a real date', () => {
    for (const bad of [
      '5 March 2026',
      'March 2026',
      '2026-13-01',
      '2025-02-29',
      '2026-04-31',
      '10/01/2026',
      '',
      'soon',
    ])
      expect(parseReferenceDate(bad), bad).toBeUndefined();
    for (const bad of [undefined, null, 20260110, {}, new Date(Number.NaN)])
      expect(parseReferenceDate(bad)).toBeUndefined();
  });

  it('gives the same answers under any process time zone', () => {
    // The built package (turbo builds before it tests): Node 20 cannot import TypeScript itself.
    const script = `
      const { parseReferenceDate } = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});
      console.log(JSON.stringify([
        parseReferenceDate('2026-01-10T23:30:00-08:00'),
        parseReferenceDate(new Date(2026, 0, 10)),
        parseReferenceDate(new Date('2026-01-10T12:00:00Z')),
        parseReferenceDate('2026-03'),
      ]));`;
    const outputs = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles'].map((TZ) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TZ },
        encoding: 'utf8',
      }),
    );
    expect(new Set(outputs).size).toBe(1);
    expect(JSON.parse(outputs[0]!).map((r: { iso: string }) => r.iso)).toEqual([
      '2026-01-10',
      '2026-01-10',
      '2026-01-10',
      '2026-03-15',
    ]);
  });
});

describe('requireReferenceDate', () => {
  it("returns what parseReferenceDate reads and throws the caller's error with one message otherwise", () => {
    const invalid = (message: string) => new RangeError(message);
    expect(requireReferenceDate('2026-03', invalid)).toEqual(parseReferenceDate('2026-03'));
    expect(() => requireReferenceDate('5 March 2026', invalid)).toThrow(RangeError);
    expect(() => requireReferenceDate('5 March 2026', invalid)).toThrow(/ISO 8601 .* not "5 March 2026"\.$/);
    expect(() => requireReferenceDate(new Date(Number.NaN), invalid)).toThrow(/not an invalid Date\.$/);
  });
});
