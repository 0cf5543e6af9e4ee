// The one linear-time check every package's tests use. It measures this process's CPU time (user +
// system), never the wall clock: the other jobs of a busy machine do not count. Noise from the
// collector, caches or frequency changes only ever adds time, so the minima over several rounds are
// kept, and the margin is wide: a linear pass grows ~4× for 4× the input, a quadratic one 16×; the
// limit is 10×.

/** CPU time of this process, in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

// A full collection before each timed call, where the process allows it (vitest.shared.ts starts the
// test workers with --expose-gc): otherwise the garbage of an earlier call, collected during this
// one, is charged to it, and a major collection can land on either size.
const collect = (globalThis as { gc?: () => void }).gc;

/** The least CPU time, in ms, of `repeats` calls of `fn`. */
export function leastCpuMs(fn: () => unknown, repeats = 3): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    collect?.();
    const t0 = cpuMs();
    fn();
    least = Math.min(least, cpuMs() - t0);
  }
  return least;
}

export interface GrowthOptions {
  /** The first size tried. */
  n0: number;
  /** The small input is grown (doubling n, up to `maxFactor` × n0) until it costs this much CPU. */
  minMs?: number;
  maxFactor?: number;
  /** Rounds of (small, large) measurements at most; stops early once the ratio is under `limit`. */
  rounds?: number;
  limit?: number;
}

export interface Growth {
  n: number;
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs, with the small time floored at 0.5 ms. */
  ratio: number;
  /** A line that says what was measured, for the assertion message. */
  detail: string;
}

/**
 * CPU time of `run(make(4n))` over that of `run(make(n))`. n is calibrated upwards from `n0` until
 * the small input costs `minMs` (timer resolution and scheduling are then small next to it); each
 * input is warmed up once first (JIT, lazy loading).
 */
export function cpuGrowth<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  options: GrowthOptions,
): Growth {
  const { n0, minMs = 4, maxFactor = 16, rounds = 4, limit = 10 } = options;
  let n = n0;
  let small = make(n);
  run(small);
  while (leastCpuMs(() => run(small), 2) < minMs && n < maxFactor * n0) {
    n *= 2;
    small = make(n);
  }
  const large = make(4 * n);
  run(large);
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  let ratio = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds && ratio >= limit; round++) {
    smallMs = Math.min(
      smallMs,
      leastCpuMs(() => run(small)),
    );
    largeMs = Math.min(
      largeMs,
      leastCpuMs(() => run(large)),
    );
    ratio = largeMs / Math.max(smallMs, 0.5);
  }
  const detail = `n = ${n}: ${smallMs.toFixed(2)} ms CPU → 4n: ${largeMs.toFixed(2)} ms CPU (×${ratio.toFixed(1)})`;
  return { n, smallMs, largeMs, ratio, detail };
}
