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

// With `collect`, a full collection before each set of timed calls, where the process allows it
// (vitest.shared.ts starts the test workers with --expose-gc): otherwise the garbage of earlier calls,
// collected during these, is charged to them, and a major collection can land on either size. It
// costs tens of milliseconds each time, so it is for checks of functions that allocate a lot.
const gc = (globalThis as { gc?: () => void }).gc;

/** The least CPU time, in ms, of `repeats` calls of `fn`. */
export function leastCpuMs(fn: () => unknown, repeats = 3, collect = false): number {
  if (collect) gc?.();
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
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
  /** A full collection before each set of timed calls (see above); off by default. */
  collect?: boolean;
}

export interface Growth {
  n: number;
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs (medians of the round with the least ratio), the small time floored at 0.5 ms. */
  ratio: number;
  /** A line that says what was measured, for the assertion message. */
  detail: string;
}

/** The median CPU time, in ms, of three calls of `fn`. */
export function medianCpuMs(fn: () => unknown, collect = false): number {
  if (collect) gc?.();
  const times = [0, 1, 2].map(() => leastCpuMs(fn, 1)).sort((x, y) => x - y);
  return times[1]!;
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
  const { n0, minMs = 8, maxFactor = 16, rounds = 4, limit = 10, collect = false } = options;
  let n = n0;
  let small = make(n);
  run(small);
  while (leastCpuMs(() => run(small), 2) < minMs && n < maxFactor * n0) {
    n *= 2;
    small = make(n);
  }
  const large = make(4 * n);
  run(large);
  // Per round, the median of three runs of each size: one lucky run (a warm JIT path) or one unlucky
  // one (a collection, another process) does not decide. Over rounds, the least ratio: noise only
  // ever adds time, and a quadratic pass fails every round.
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  let ratio = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds && ratio >= limit; round++) {
    const s = medianCpuMs(() => run(small), collect);
    const l = medianCpuMs(() => run(large), collect);
    if (l / Math.max(s, 0.5) < ratio) {
      ratio = l / Math.max(s, 0.5);
      smallMs = s;
      largeMs = l;
    }
  }
  const detail = `n = ${n}: ${smallMs.toFixed(2)} ms CPU → 4n: ${largeMs.toFixed(2)} ms CPU (×${ratio.toFixed(1)})`;
  return { n, smallMs, largeMs, ratio, detail };
}

export interface PerCallOptions {
  /** A sample repeats the call until it has taken this much CPU: a 1 ms call is timed 10 at a time. */
  minMs?: number;
  /** Samples taken; their median is kept. */
  samples?: number;
}

/**
 * CPU ms per call of `fn`: each sample repeats the call until it reaches `minMs` of CPU (a few calls
 * of a millisecond are mostly timer, cache and collector noise); the median of the samples. No
 * collection between samples: after a full one V8 shrinks the young generation, and the scavenges
 * that follow made a 1 ms call cost 1.5–5 ms for its next 10 ms (`segment` of ideographic spaces:
 * ×0.9 to ×15 for 4× the input from one language to the next, a steady ×4.0 without). A call that throws still counts: a typed error on
 * hostile input is an answer, and its time is what is measured.
 */
export function perCallCpuMs(fn: () => unknown, options: PerCallOptions = {}): number {
  const { minMs = 10, samples = 3 } = options;
  const call = () => answered(fn);
  const perCall: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = cpuMs();
    let calls = 0;
    let elapsed = 0;
    do {
      call();
      calls++;
      elapsed = cpuMs() - t0;
    } while (elapsed < minMs);
    perCall.push(elapsed / calls);
  }
  perCall.sort((x, y) => x - y);
  return perCall[perCall.length >> 1]!;
}

/** Calls `fn`; a throw is an answer too (a typed error on hostile input), so it is not passed on. */
function answered(fn: () => unknown): void {
  try {
    fn();
  } catch {
    // timed like any other answer
  }
}

export interface RowLimits {
  /** CPU ms allowed for the large input. */
  maxMs: number;
  /** Largest ratio allowed for 4× the input. */
  maxRatio: number;
}

export interface RowMeasure {
  smallMs: number;
  largeMs: number;
  ratio: number;
  ok: boolean;
}

/** Per-call CPU ms of `run(small)` and `run(large)` (4× the size), their ratio, and the verdict. */
export function measureRow(
  run: (input: string) => unknown,
  small: string,
  large: string,
  limits: RowLimits,
  options: PerCallOptions = {},
): RowMeasure {
  const smallMs = perCallCpuMs(() => run(small), options);
  const largeMs = perCallCpuMs(() => run(large), options);
  // A floor far below any sample's 10 ms: only a call too fast for the timer to see can reach it.
  const ratio = largeMs / Math.max(smallMs, 0.001);
  return { smallMs, largeMs, ratio, ok: largeMs < limits.maxMs && ratio < limits.maxRatio };
}

export interface RowCheck {
  first: RowMeasure;
  /** The same sizes measured again, when the first measurement failed. */
  rerun?: RowMeasure;
  /**
   * 4n against 16n, when both measurements failed and n takes under 10 ms: at these sizes a step in
   * the cost (an 80 000-character two-byte string is past V8's 128 kB objects and goes to the
   * large-object space; caches) can give a linear pass ×5–×9 once, and a quadratic one fails here too.
   */
  upward?: RowMeasure;
  ok: boolean;
}

/**
 * `measureRow`, and once more if it fails: one measurement may land on another process's burst or a
 * major collection; a super-linear path fails both (and, for a fast n, one size up as well).
 */
export function checkRow(
  run: (input: string) => unknown,
  make: (n: number) => string,
  n: number,
  limits: RowLimits,
  options: PerCallOptions = {},
): RowCheck {
  const small = make(n);
  const large = make(4 * n);
  // The garbage of earlier rows is not this row's; then one call of each size untimed (JIT, lazily
  // loaded data, and a young generation grown back to its working size).
  gc?.();
  answered(() => run(small));
  answered(() => run(large));
  const first = measureRow(run, small, large, limits, options);
  if (first.ok) return { first, ok: true };
  const rerun = measureRow(run, small, large, limits, options);
  if (rerun.ok || rerun.smallMs >= 10 || rerun.largeMs >= limits.maxMs) return { first, rerun, ok: rerun.ok };
  const upward = measureRow(
    run,
    large,
    make(16 * n),
    { ...limits, maxMs: Number.POSITIVE_INFINITY },
    options,
  );
  return { first, rerun, upward, ok: upward.ok };
}

/** A scan of every character: linear. */
function linearScan(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}

/** Each `step`-th character against every one after it: (n / step) × n / 2 steps, quadratic. */
function quadraticScan(step: number): (text: string) => number {
  return (text) => {
    let sum = 0;
    for (let i = 0; i < text.length; i += step)
      for (let j = i; j < text.length; j++) sum += text.charCodeAt(j) ^ i;
    return sum;
  };
}

/**
 * `checkRow` on functions whose growth is known, at size n: a linear scan must pass, and two
 * quadratic ones must fail, one that costs milliseconds at n and one that costs a fraction of one
 * (where the repeated samples, and the step one size up, must still see it grow ×16).
 */
export function selfCheck(
  n: number,
  maxRatio = 5,
): { what: string; expected: boolean; ok: boolean; detail: string }[] {
  const cases: [string, (text: string) => number, boolean][] = [
    ['a linear scan', linearScan, true],
    ['a quadratic scan of milliseconds', quadraticScan(40), false],
    ['a quadratic scan under a millisecond', quadraticScan(1000), false],
  ];
  return cases.map(([what, run, expected]) => {
    const check = checkRow(run, (k) => 'a'.repeat(k), n, { maxMs: Number.POSITIVE_INFINITY, maxRatio });
    const seen = check.upward ?? check.rerun ?? check.first;
    const detail = `${seen.smallMs.toFixed(3)} → ${seen.largeMs.toFixed(3)} ms (×${seen.ratio.toFixed(2)})`;
    return { what, expected, ok: check.ok, detail };
  });
}
