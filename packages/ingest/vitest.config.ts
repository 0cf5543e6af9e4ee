import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Fixed fast-check seed and run budget; `pnpm fuzz` multiplies the budget.
    setupFiles: ['../../scripts/fuzz-setup.mjs'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
