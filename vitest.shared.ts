import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The one test recipe every package and example shares: a JSON report for scripts/test-summary.mjs,
 * generous timeouts for a busy 2-core machine, and (for packages) the fixed fast-check seed and run
 * budget that `pnpm fuzz` multiplies.
 */
export function testConfig(kind: 'package' | 'example', overrides: ViteUserConfig = {}) {
  const base = defineConfig({
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: '.vitest-report.json' },
      include: kind === 'package' ? ['src/**/*.test.ts', 'test/**/*.test.ts'] : ['test/**/*.test.ts'],
      setupFiles: kind === 'package' ? ['../../scripts/fuzz-setup.mjs'] : [],
      // Hang guards, not speed limits: a busy CI machine may run a 3-second test for a minute.
      testTimeout: 240_000,
      hookTimeout: 240_000,
      // expect.poll waits 1 s by default: too short for a browser on a loaded machine. A hang guard too.
      expect: { poll: { timeout: 60_000 } },
      // scripts/linear-time.ts collects garbage before each timed call.
      execArgv: ['--expose-gc'],
    },
  });
  return mergeConfig(base, overrides);
}
