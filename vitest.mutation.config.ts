import type { UserConfig } from 'vite';
import viteConfig from './vite.config';
import CheapestFirstSequencer from './tests/mutation-sequencer';

// The tests that exercise src/domain and src/io, for mutation testing (stryker.config.mjs).
// Component, database-only, browser and CLI-process tests add time without covering these layers.
// (Spread, not mergeConfig: mergeConfig would append to the include list instead of replacing it.)
const base = viteConfig as UserConfig;
// The report writers (src/io/reports) are tested where their files are read back: PDF text
// through pdf.js, the DOCX unzipped (a test of the reports feature, but pure and in Node).
const REPORT_FILES = 'tests/features/reports/report-files.test.ts';
const TEST_SETS: Record<string, string[]> = {
  domain: ['tests/domain/**/*.test.ts'],
  io: ['tests/io/**/*.test.ts', REPORT_FILES],
  all: [
    'tests/domain/**/*.test.ts',
    'tests/io/**/*.test.ts',
    'tests/flows/**/*.test.ts',
    REPORT_FILES,
  ],
};
const set = process.env.MUTATION_TESTS ?? 'all';
const include = TEST_SETS[set] ?? TEST_SETS.all!;
// Test files that mock modules (vi.mock of the bundled frameworks) or use the (fake) database
// need a module graph of their own: in one shared graph, one file's mock reached another's tests.
const ISOLATED = ['tests/flows/**/*.test.ts', 'tests/io/backup.test.ts'];
const isolatedInclude = ISOLATED.filter((glob) =>
  include.some((g) => g.split('/')[1] === glob.split('/')[1]),
);
const exclude = [
  // Child processes (the CLI under tsx): seconds each, and they do not report coverage.
  'tests/io/framework-check-cli.test.ts',
  // A fixed corpus of ~90 hostile backups: every backup mutant would re-run all of it. The
  // single-cause cases in tests/io/backup.test.ts cover the same checks.
  'tests/flows/hostile-backups.test.ts',
  'tests/e2e/**',
  'node_modules/**',
];
export default {
  ...base,
  test: {
    ...base.test,
    // Mutated code is instrumented and runs several times slower; a hang is still caught.
    testTimeout: 120_000,
    // No DOM: these tests need none, and building one per test file cost more than the tests.
    // The setup lowers fast-check's run count for every property (tests/property-runs.ts).
    environment: 'node',
    setupFiles: ['tests/mutation-setup.ts'],
    // Feeding megabytes through instrumented code takes minutes per run; the size cap it checks
    // is tested by the normal suite.
    testNamePattern: /^(?!.*refuses a string of megabytes)/,
    // Each project extends this config, and arrays are appended: the include lists are the
    // projects' own.
    include: [],
    exclude,
    sequence: { sequencer: CheapestFirstSequencer },
    projects: [
      {
        extends: true as const,
        test: {
          name: 'pure',
          sequence: { groupOrder: 0 },
          // Pure tests (no mocks, no database) share one module graph: a mutant's covering tests
          // often span a dozen files, and importing each file's graph anew cost more than the tests.
          isolate: false,
          include,
          exclude: [...exclude, ...ISOLATED],
        },
      },
      ...(isolatedInclude.length > 0
        ? [
            {
              extends: true as const,
              test: {
                name: 'isolated',
                sequence: { groupOrder: 1 },
                isolate: true,
                include: isolatedInclude,
                exclude,
              },
            },
          ]
        : []),
    ],
  },
} satisfies UserConfig;
