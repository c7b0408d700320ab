import type { UserConfig } from 'vite';
import viteConfig from './vite.config';

// The tests that exercise src/domain and src/io, for mutation testing (stryker.config.mjs).
// Component, database-only, browser and CLI-process tests add time without covering these layers.
// (Spread, not mergeConfig: mergeConfig would append to the include list instead of replacing it.)
const base = viteConfig as UserConfig;
const TEST_SETS: Record<string, string[]> = {
  domain: ['tests/domain/**/*.test.ts'],
  io: ['tests/io/**/*.test.ts'],
  all: ['tests/domain/**/*.test.ts', 'tests/io/**/*.test.ts', 'tests/flows/**/*.test.ts'],
};
export default {
  ...base,
  test: {
    ...base.test,
    // Mutated code is instrumented and runs several times slower; a hang is still caught.
    testTimeout: 120_000,
    // No DOM: these tests need none, and building one per test file cost more than the tests.
    // The setup lowers fast-check's run count for every property (tests/property-runs.ts).
    environment: 'node',
    // Isolation stays on: several test files mock modules (vi.mock of the bundled frameworks),
    // and a shared module graph carried one file's mock into another's tests.
    setupFiles: ['tests/mutation-setup.ts'],
    // Feeding megabytes through instrumented code takes minutes per run; the size cap it checks
    // is tested by the normal suite.
    testNamePattern: /^(?!.*refuses a string of megabytes)/,
    // MUTATION_TESTS=domain (or io) runs only that layer's own unit tests: a run per folder then
    // re-runs far fewer tests per mutant. Unset, the flows tests that reach both layers join in.
    include: TEST_SETS[process.env.MUTATION_TESTS ?? 'all'] ?? TEST_SETS.all,
    exclude: [
      // Child processes (the CLI under tsx): seconds each, and they do not report coverage.
      'tests/io/framework-check-cli.test.ts',
      // A fixed corpus of ~90 hostile backups: every backup mutant would re-run all of it. The
      // single-cause cases in tests/io/backup.test.ts cover the same checks.
      'tests/flows/hostile-backups.test.ts',
      'tests/e2e/**',
      'node_modules/**',
    ],
  },
} satisfies UserConfig;
