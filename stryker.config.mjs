// Mutation testing of the pure layers (src/domain, src/io): `npm run mutation`. Not part of
// `npm test`: a full run takes long on a small machine. Only the unit tests of those layers run
// (vitest.mutation.config.ts), and per mutant only the tests that cover it (perTest coverage).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/domain/**/*.ts', 'src/io/**/*.ts', '!src/io/**/*.worker.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants, evaluated once at import) cannot be traced to single
  // tests, so each one reruns every test: on this suite they are a quarter of the mutants and ~87%
  // of the run time. They are reported as ignored, outside the score.
  ignoreStatic: true,
  // Two cores, shared: more runners only queue for the CPU.
  concurrency: Number(process.env.STRYKER_CONCURRENCY || 1),
  // Re-runs only the mutants whose code or covering tests changed since the last run; the file
  // lives under reports/ (git-ignored). `npm run mutation -- --force` runs everything.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // A mutant that outlives its time counts as killed. On a shared machine a niced run can get a
  // few percent of a core, and with 20 s most of one piece's mutants "timed out" (each also
  // restarts its runner); an endless loop is mostly stopped by Stryker's hit limit anyway.
  timeoutMS: 120_000,
  // The first run of all tests (with coverage) takes minutes on a busy shared machine.
  dryRunTimeoutMinutes: 30,
  timeoutFactor: 3,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
