import { defineConfig } from 'vitest/config';

/**
 * Test tiers. `npm test` runs the default tier: offline, no downloads, every platform.
 * `npm run test:slow` (vitest.slow.config.ts) runs the files listed here: the Action under a real
 * Node 24 (fetched into .cache/), end-to-end org scans, the headless-Chromium report check, and
 * Sarif.Multitool. `.ci/run` runs both.
 */
export const SLOW_TESTS = [
  'test/action/action.test.ts',
  'test/github/org-scan.test.ts',
  'test/**/*.slow.test.ts',
];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...SLOW_TESTS],
    env: { HOOKSCAN_TEST_TIER: 'default' },
    // Tests that spawn git or the CLI take a few seconds on a busy 2-core machine; 5 s flaked there.
    testTimeout: 20_000,
  },
});
