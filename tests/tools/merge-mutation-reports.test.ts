import { describe, expect, it } from 'vitest';
import {
  mergeMutationReports,
  type MutationReport,
  type ReportMutant,
} from './merge-mutation-reports';

const mutant = (id: string, status: string, coveredBy: string[], killedBy?: string[]) => ({
  id,
  mutatorName: 'EqualityOperator',
  replacement: `m${id}`,
  status,
  location: { start: { line: 1, column: 0 }, end: { line: 1, column: 1 } },
  coveredBy,
  ...(killedBy ? { killedBy } : {}),
});

// Two partial runs over different source files; their test ids overlap ("0", "1") but name
// different tests.
const first: MutationReport = {
  schemaVersion: '1.0',
  config: { run: 'first' },
  files: {
    'src/a.ts': {
      language: 'typescript',
      source: 'a',
      mutants: [mutant('0', 'Killed', ['0', '1'], ['1'])],
    },
  },
  testFiles: {
    'tests/a.test.ts': {
      source: 'ta',
      tests: [
        { id: '0', name: 'a works' },
        { id: '1', name: 'a refuses' },
      ],
    },
  },
};
const second: MutationReport = {
  schemaVersion: '1.0',
  config: { run: 'second' },
  files: {
    'src/b.ts': {
      language: 'typescript',
      source: 'b',
      mutants: [mutant('0', 'Survived', ['1', '0'])],
    },
  },
  testFiles: {
    'tests/a.test.ts': {
      source: 'ta',
      tests: [
        { id: '1', name: 'a works' },
        { id: '0', name: 'a refuses' },
      ],
    },
    'tests/b.test.ts': { source: 'tb', tests: [{ id: '2', name: 'b works' }] },
  },
};

/** The tests a mutant names, as "file > name", so the check does not depend on new ids. */
function named(report: MutationReport, ids: string[] | undefined): string[] {
  const byId = new Map<string, string>();
  for (const [file, { tests }] of Object.entries(report.testFiles ?? {})) {
    for (const test of tests) byId.set(test.id, `${file} > ${test.name}`);
  }
  return (ids ?? []).map((id) => byId.get(id) ?? `unknown ${id}`);
}
const only = (report: MutationReport, file: string): ReportMutant =>
  report.files[file]!.mutants[0]!;

describe('mergeMutationReports', () => {
  it('keeps every source file and maps test ids by test file and name', () => {
    const merged = mergeMutationReports([first, second]);
    expect(Object.keys(merged.files).sort()).toEqual(['src/a.ts', 'src/b.ts']);
    expect(named(merged, only(merged, 'src/a.ts').killedBy)).toEqual([
      'tests/a.test.ts > a refuses',
    ]);
    expect(named(merged, only(merged, 'src/a.ts').coveredBy)).toEqual([
      'tests/a.test.ts > a works',
      'tests/a.test.ts > a refuses',
    ]);
    // In the second report, "1" is "a works" and "0" is "a refuses".
    expect(named(merged, only(merged, 'src/b.ts').coveredBy)).toEqual([
      'tests/a.test.ts > a works',
      'tests/a.test.ts > a refuses',
    ]);
    expect(merged.testFiles?.['tests/a.test.ts']?.tests.map((t) => t.name)).toEqual([
      'a works',
      'a refuses',
    ]);
    expect(merged.testFiles?.['tests/b.test.ts']?.source).toBe('tb');
  });

  it('gives tests and mutants ids that are unique in the merged report', () => {
    const merged = mergeMutationReports([first, second]);
    const testIds = Object.values(merged.testFiles ?? {}).flatMap((f) => f.tests.map((t) => t.id));
    const mutantIds = Object.values(merged.files).flatMap((f) => f.mutants.map((m) => m.id));
    expect(new Set(testIds).size).toBe(3);
    expect(new Set(mutantIds).size).toBe(2);
  });

  it('takes a source file from the latest report that ran it, and its other fields from the last', () => {
    const rerun: MutationReport = {
      ...second,
      config: { run: 'rerun' },
      files: {
        'src/a.ts': {
          language: 'typescript',
          source: 'a2',
          mutants: [mutant('0', 'Survived', ['2'])],
        },
      },
    };
    const merged = mergeMutationReports([first, second, rerun]);
    expect(merged.files['src/a.ts']?.source).toBe('a2');
    expect(only(merged, 'src/a.ts').status).toBe('Survived');
    expect(named(merged, only(merged, 'src/a.ts').coveredBy)).toEqual([
      'tests/b.test.ts > b works',
    ]);
    expect(merged.config).toEqual({ run: 'rerun' });
  });

  it('drops tests of an older test file source, so their mutants are run again', () => {
    const changedTests: MutationReport = {
      files: { 'src/c.ts': { source: 'c', mutants: [] } },
      testFiles: {
        'tests/a.test.ts': { source: 'ta changed', tests: [{ id: '0', name: 'a works' }] },
      },
    };
    const merged = mergeMutationReports([first, changedTests]);
    expect(merged.testFiles?.['tests/a.test.ts']?.tests.map((t) => t.name)).toEqual(['a works']);
    // The killing test came from the old source: gone, so Stryker cannot reuse the kill.
    expect(only(merged, 'src/a.ts').killedBy).toEqual([]);
    expect(only(merged, 'src/a.ts').coveredBy).toEqual([]);
  });

  it('refuses to merge nothing', () => {
    expect(() => mergeMutationReports([])).toThrow(/no reports/);
  });
});
