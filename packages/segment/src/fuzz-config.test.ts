import fc from 'fast-check';
import { expect, it } from 'vitest';

it('property tests run under the shared fixed seed and budget (scripts/fuzz-setup.mjs)', () => {
  const config = fc.readConfigureGlobal();
  expect(config.seed).toBe(Number(process.env.CORPUS_FUZZ_SEED ?? 20_261_123));
  expect(config.numRuns).toBe(Math.round(100 * Number(process.env.CORPUS_FUZZ ?? 1)));
});
