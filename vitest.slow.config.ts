import { defineConfig } from 'vitest/config';
import { SLOW_TESTS } from './vitest.config.js';

/**
 * The slow tier (`npm run test:slow`): the files vitest.config.ts leaves out of `npm test`, plus
 * the SARIF checks that need Sarif.Multitool (fetched into .cache/ on demand in this tier).
 */
export default defineConfig({
  test: {
    include: [...SLOW_TESTS, 'test/report/sarif.test.ts', 'test/support/sarif-validate.test.ts'],
    env: { HOOKSCAN_TEST_TIER: 'slow' },
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
