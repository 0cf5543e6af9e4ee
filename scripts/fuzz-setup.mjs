// Shared by every package's vitest config (setupFiles). One knob for every property test:
// a fixed seed, so `pnpm test` is reproducible, and a run budget that `pnpm fuzz` multiplies.
// Tests that need a smaller budget derive it from fc.readConfigureGlobal().numRuns, so they scale too.
import fc from 'fast-check';

const factor = Number(process.env.CORPUS_FUZZ ?? 1);
const seed = Number(process.env.CORPUS_FUZZ_SEED ?? 20_261_123);
if (!Number.isFinite(factor) || factor <= 0)
  throw new Error(`CORPUS_FUZZ must be a positive number, not ${process.env.CORPUS_FUZZ}`);
if (!Number.isInteger(seed))
  throw new Error(`CORPUS_FUZZ_SEED must be an integer, not ${process.env.CORPUS_FUZZ_SEED}`);
fc.configureGlobal({ seed, numRuns: Math.round(100 * factor) });
