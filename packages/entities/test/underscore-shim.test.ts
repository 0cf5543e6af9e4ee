import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extend, min } from '../src/core/underscore-shim';

// underscore as natural requires it (not a dependency of ours: reached through natural's own require).
const require = createRequire(import.meta.url);
const naturalRequire = createRequire(require.resolve('natural/lib/natural/distance/levenshtein_distance'));
const _ = naturalRequire('underscore') as {
  extend(target: object, ...sources: unknown[]): object;
  min<T>(list: T[], iteratee: (v: T) => number): T | number;
};

describe("underscore-shim (what the built package gives natural's levenshtein_distance.js)", () => {
  it('extends as underscore does: later sources win, inherited enumerable keys copied, non-objects skipped', () => {
    const sources = fc.oneof(
      fc.dictionary(fc.string({ maxLength: 3 }), fc.integer()),
      fc.constantFrom(null, undefined, 3, 'ab'),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 3 }), fc.integer()),
        fc.array(sources, { maxLength: 4 }),
        (t, s) => {
          expect(extend({ ...t }, ...s)).toEqual(_.extend({ ...t }, ...s));
        },
      ),
    );
    const inherited = Object.create({ search: true });
    expect(extend({}, inherited)).toEqual(_.extend({}, inherited));
    expect(extend({}, { damerau: false }, inherited)).toEqual({ damerau: false, search: true });
  });

  it('finds the first element of least cost as underscore does, Infinity costs and empty lists included', () => {
    const cost = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(Number.POSITIVE_INFINITY));
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.nat(), cost }), { maxLength: 8 }), (list) => {
        expect(min(list, (p) => p.cost)).toBe(_.min(list, (p) => p.cost));
      }),
    );
    expect(min([], (p: number) => p)).toBe(Number.POSITIVE_INFINITY);
  });
});
