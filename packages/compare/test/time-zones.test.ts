import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, CompareError, compare } from '../src/index';

// The seed comparison in child processes under three time zones: one at UTC, one ahead, one behind.
// It runs the built package (dist/, as `pnpm demo` does): turbo builds before testing.
const script = fileURLToPath(new URL('./modules/report-digest.mjs', import.meta.url));
const run = (tz: string) =>
  JSON.parse(execFileSync(process.execPath, [script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }));

describe('time zones', () => {
  it('give the same seed report under UTC, Asia/Tokyo and America/Los_Angeles', () => {
    const [utc, tokyo, angeles] = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles'].map(run);
    expect(tokyo).toEqual(utc);
    expect(angeles).toEqual(utc);
    // new Date(2026, 0, 10) is the 10th in every zone (its local date), never the 9th or the 11th.
    expect(utc.localMidnight.referenceDate).toBe('2026-01-10');
  }, 120_000);

  it('accept ISO 8601 only: "5 March 2026" is E_INVALID_REFERENCE_DATE', () => {
    const input = { name: 'a.txt', text: 'Anna Weber left Acme on 5 January.', lang: 'en' };
    for (const referenceDate of [
      '5 March 2026',
      'March 2026',
      '2026/03/05',
      '2026-02-30',
      new Date(Number.NaN),
    ]) {
      expect(() => analyze(input, { referenceDate })).toThrow(
        expect.objectContaining({ code: 'E_INVALID_REFERENCE_DATE' }),
      );
      expect(() => compare([analyze(input)], { referenceDate })).toThrow(
        expect.objectContaining({ code: 'E_INVALID_REFERENCE_DATE' }),
      );
    }
    let error: unknown;
    try {
      analyze(input, { referenceDate: '5 March 2026' });
    } catch (e) {
      error = e;
    }
    expect(CompareError.isInstance(error)).toBe(true);
  });

  it('read a date-time as the date written, whatever its offset', () => {
    const input = { name: 'a.txt', text: 'Anna Weber left Acme on 5 January.', lang: 'en' };
    const late = compare([analyze(input)], { referenceDate: '2026-01-10T23:30:00-08:00' });
    expect(late.referenceDate).toBe('2026-01-10');
  });

  it('read a month as its 15th and a year as its 1 July', () => {
    const input = { name: 'a.txt', text: 'Anna Weber left Acme on 5 January.', lang: 'en' };
    expect(compare([analyze(input)], { referenceDate: '2026-03' }).referenceDate).toBe('2026-03-15');
    expect(compare([analyze(input)], { referenceDate: '2026' }).referenceDate).toBe('2026-07-01');
  });
});
