import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules, beside their code) and `e2e` (a real Chromium against the built
 * site served under a sub-path base; scripts/test.mjs builds first).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per file; two cores, so files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
