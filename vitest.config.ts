import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // One migrated, seeded database per run, copied by every integration test file (test/support/harness.ts).
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite is WASM and memory-hungry; two cores here.
    maxWorkers: 2,
  },
});
