// What the built package gives natural's tfidf.js for `require('underscore')` (tsup.config.ts aliases
// it): the two functions that file calls, as underscore 1.13 defines them on any engine with
// Array.isArray and a correct `typeof` (Node, every current browser). Bundling underscore itself put
// 100 kB of code into dist, compiled and run at every import (~5 ms of CPU) for these two.

/** `_.isArray`: underscore delegates to the native one. */
export const isArray = Array.isArray;

/** `_.isFunction`, underscore's `typeof` form. */
export function isFunction(value: unknown): boolean {
  return typeof value === 'function';
}
