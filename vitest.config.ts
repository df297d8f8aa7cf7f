import { defineConfig } from 'vitest/config';

/**
 * Test tiers. `npm test` runs the default tier: offline, no downloads, every platform.
 * `npm run test:slow` (vitest.slow.config.ts) runs the files listed here: the Action under a real
 * Node 24 (fetched into .cache/), end-to-end org scans, the hundred-URL verification run (real
 * 5 s timeouts), the headless-Chromium report check, and
 * Sarif.Multitool. `.ci/run` runs both.
 */
export const SLOW_TESTS = [
  'test/action/action.test.ts',
  'test/github/org-scan.test.ts',
  'test/**/*.slow.test.ts',
];

/**
 * Files with timing assertions (growth at N and 4N, concurrency bounds). They run after the rest,
 * one file at a time, so that no other test file competes with them for the CPU: a growth ratio
 * must measure the code, not the neighbours.
 */
export const TIMING_TESTS = [
  'test/detect/attribution.test.ts',
  'test/detect/host-path.test.ts',
  'test/detect/compressed.test.ts',
  'test/detect/flow.test.ts',
  'test/detect/growth.test.ts',
  'test/detect/triggers.test.ts',
  'test/git/git.test.ts',
  'test/host/host.test.ts',
  'test/logs/logs.test.ts',
  'test/messy/messy.test.ts',
  'test/secrets/mask.test.ts',
  'test/sources/archive.test.ts',
];

const shared = {
  env: { HOOKSCAN_TEST_TIER: 'default' },
  // Tests that spawn git or the CLI take a few seconds on a busy 2-core machine; 5 s flaked there.
  testTimeout: 20_000,
};

export default defineConfig({
  test: {
    // Many tests wait on child processes (git, the CLI) and local servers: more files in flight than
    // cores keeps the machine busy. The timing files then run alone (groupOrder 1).
    maxWorkers: 4,
    projects: [
      { test: { ...shared, name: 'default', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...SLOW_TESTS, ...TIMING_TESTS], sequence: { groupOrder: 0 } } },
      { test: { ...shared, name: 'timing', include: TIMING_TESTS, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
