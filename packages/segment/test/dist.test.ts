import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../src/index';

// turbo runs `build` before `test`; run `pnpm build` first when calling vitest directly.
const dist = new URL('../dist/', import.meta.url);

describe('built package', () => {
  it('imports only @corpus/core at start-up: tiny-segmenter is inlined, not a CommonJS import', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(new URL(file, dist), 'utf8');
      expect(code).not.toMatch(/(?:require\(|from\s*)["']tiny-segmenter["']/);
      expect(code).toMatch(/(?:require\(|from\s*)["']@corpus\/core["']/);
    }
  });

  it('segments Japanese with the inlined TinySegmenter model as the source does with the package', async () => {
    const built = (await import(new URL('index.js', dist).href)) as typeof import('../src/index');
    const text = '私は東京で働いています。昨日、新しいカメラを買いました。';
    const tokens = built.segment(text, { lang: 'ja' }).tokens;
    expect(tokens.length).toBeGreaterThan(8);
    expect(tokens).toEqual(segment(text, { lang: 'ja' }).tokens);
  });
});
