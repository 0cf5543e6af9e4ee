// What the built package gives natural's levenshtein_distance.js for `require('underscore')`
// (tsup.config.ts aliases it): the two functions that file calls, as underscore 1.13 defines them for
// the arguments it passes. Bundling underscore itself put 100 kB of code into dist, compiled and run
// at every import (~5 ms of CPU) for these. A test compares the built distances with natural's own.

/** `_.extend`: copies every enumerable property, own or inherited, of each source onto `target`. */
export function extend<T extends Record<string, unknown>>(target: T, ...sources: unknown[]): T {
  if (target == null) return target;
  for (const source of sources) {
    if (source === null || (typeof source !== 'object' && typeof source !== 'function')) continue;
    for (const key in source as Record<string, unknown>)
      (target as Record<string, unknown>)[key] = (source as Record<string, unknown>)[key];
  }
  return target;
}

/** `_.min(list, iteratee)`: the first element with the least computed value; Infinity for an empty list. */
export function min<T>(list: ArrayLike<T>, iteratee: (value: T, index: number) => number): T | number {
  let result: T | number = Number.POSITIVE_INFINITY;
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < list.length; i++) {
    const value = list[i] as T;
    const computed = iteratee(value, i);
    if (computed < least || (computed === Number.POSITIVE_INFINITY && result === Number.POSITIVE_INFINITY)) {
      result = value;
      least = computed;
    }
  }
  return result;
}
