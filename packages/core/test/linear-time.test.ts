import { describe, expect, it } from 'vitest';
import { cpuGrowth, selfCheck } from '../../../scripts/linear-time';

// The shared linear-time checks (scripts/linear-time.ts) every package's tests and `pnpm linear` use:
// they must tell a quadratic function from a linear one, or every "linear" verdict is worthless.
describe('the linear-time harness', () => {
  it('pnpm linear passes a linear scan and fails quadratic ones, even under a millisecond at n', () => {
    for (const { what, expected, ok, detail } of selfCheck(10_000))
      expect(ok, `${what}: ${detail}`).toBe(expected);
  });

  it('cpuGrowth sees ×16 for a quadratic function and about ×4 for a linear one', () => {
    const make = (n: number) => 'a'.repeat(n);
    const linear = cpuGrowth(make, (s) => s.split('').length, { n0: 20_000 });
    expect(linear.ratio, linear.detail).toBeLessThan(10);
    const quadratic = cpuGrowth(
      make,
      (s) => {
        let sum = 0;
        for (let i = 0; i < s.length; i += 50) for (let j = i; j < s.length; j++) sum += s.charCodeAt(j);
        return sum;
      },
      { n0: 2_000, rounds: 1 },
    );
    expect(quadratic.ratio, quadratic.detail).toBeGreaterThanOrEqual(10);
  });
});
