import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isArray, isFunction } from './underscore-shim';

// underscore as natural requires it (not a dependency of ours: reached through natural's own require).
const require = createRequire(import.meta.url);
const naturalRequire = createRequire(require.resolve('natural/lib/natural/tfidf/tfidf.js'));
const _ = naturalRequire('underscore') as { isArray(v: unknown): boolean; isFunction(v: unknown): boolean };

describe("underscore-shim (what the built package gives natural's tfidf.js)", () => {
  it('answers isArray and isFunction as underscore does', () => {
    class Tokenizer {
      tokenize() {
        return [];
      }
    }
    const values: unknown[] = [
      [],
      ['a', 'b'],
      new Array(3),
      'text',
      { length: 2, 0: 'a', 1: 'b' },
      null,
      undefined,
      42,
      () => 1,
      async () => 1,
      function* () {},
      Tokenizer,
      new Tokenizer().tokenize,
      /regex/,
      new Uint8Array(2),
      Object.create(null),
    ];
    for (const v of values) {
      expect(isArray(v)).toBe(_.isArray(v));
      expect(isFunction(v)).toBe(_.isFunction(v));
    }
  });
});
