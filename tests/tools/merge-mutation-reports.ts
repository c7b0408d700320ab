/**
 * Merges Stryker incremental reports of partial runs into one, so a full mutation run can be
 * done in pieces on a small machine (README, "Mutation testing"): each piece runs with its own
 * `--incrementalFile`, this merges them into reports/stryker-incremental.json, and a plain
 * `npm run mutation` then reuses every result whose code and tests did not change.
 *
 * Stryker's incremental file only holds the files of the run that wrote it, and test ids are
 * numbers that are only unique within one report; Stryker recognises a test by its file and name.
 * So the merge renumbers tests by (test file, name) and rewrites each mutant's coveredBy/killedBy.
 *
 * `npm run mutation:merge` merges reports/chunks/*.json (and the existing
 * reports/stryker-incremental.json) into reports/stryker-incremental.json, the most recent run of
 * a file winning; `npm run mutation:merge -- OUT IN...` merges IN... in that order (later wins).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of a mutation-testing-report-schema report that the merge reads or rewrites. */
export interface MutationReport {
  files: Record<string, { source?: string; mutants: ReportMutant[]; [key: string]: unknown }>;
  testFiles?: Record<string, { source?: string; tests: ReportTest[] }>;
  [key: string]: unknown;
}
export interface ReportMutant {
  id: string;
  coveredBy?: string[];
  killedBy?: string[];
  [key: string]: unknown;
}
export interface ReportTest {
  id: string;
  name: string;
  [key: string]: unknown;
}

const testKey = (file: string, name: string): string => `${file}\u0000${name}`;

/**
 * One report from `reports`, oldest first: for a source file the last report that has it wins
 * (its mutants and source), and so does the last source of a test file. A test that the winning
 * source no longer has is dropped from the mutants that named it, so Stryker runs such a mutant
 * again rather than trusting a result from other test code.
 */
export function mergeMutationReports(reports: readonly MutationReport[]): MutationReport {
  const last = reports.at(-1);
  if (!last) throw new Error('Nothing to merge: no reports given.');

  // Test files: the last source wins; tests are kept when their file's source is that one.
  const testFiles = new Map<string, { source?: string; names: Map<string, ReportTest> }>();
  for (const report of reports) {
    for (const [file, { source, tests }] of Object.entries(report.testFiles ?? {})) {
      let entry = testFiles.get(file);
      if (!entry || entry.source !== source) {
        entry = { source, names: new Map() };
        testFiles.set(file, entry);
      }
      for (const test of tests) entry.names.set(test.name, test);
    }
  }
  const newIdByKey = new Map<string, string>();
  const mergedTestFiles: NonNullable<MutationReport['testFiles']> = {};
  for (const [file, { source, names }] of testFiles) {
    const tests = [...names.values()].map((test) => {
      const id = String(newIdByKey.size);
      newIdByKey.set(testKey(file, test.name), id);
      return { ...test, id };
    });
    mergedTestFiles[file] = source === undefined ? { tests } : { source, tests };
  }

  // Source files: the last report that ran a file wins; its test ids are mapped to the new ones.
  const winner = new Map<string, { report: MutationReport; oldIds: Map<string, string> }>();
  for (const report of reports) {
    const oldIds = new Map<string, string>();
    for (const [file, { tests }] of Object.entries(report.testFiles ?? {})) {
      for (const test of tests) {
        const id = newIdByKey.get(testKey(file, test.name));
        // Only when this report's test file is the kept one: otherwise the test may differ.
        if (id !== undefined && testFiles.get(file)?.source === report.testFiles?.[file]?.source) {
          oldIds.set(test.id, id);
        }
      }
    }
    for (const file of Object.keys(report.files)) winner.set(file, { report, oldIds });
  }
  let mutantId = 0;
  const files: MutationReport['files'] = {};
  for (const [file, { report, oldIds }] of winner) {
    const remap = (ids: string[] | undefined): string[] | undefined =>
      ids?.flatMap((id) => {
        const mapped = oldIds.get(id);
        return mapped === undefined ? [] : [mapped];
      });
    const original = report.files[file]!;
    files[file] = {
      ...original,
      mutants: original.mutants.map((mutant) => {
        const merged: ReportMutant = { ...mutant, id: String(mutantId++) };
        const coveredBy = remap(mutant.coveredBy);
        const killedBy = remap(mutant.killedBy);
        if (coveredBy) merged.coveredBy = coveredBy;
        if (killedBy) merged.killedBy = killedBy;
        return merged;
      }),
    };
  }
  return { ...last, files, testFiles: mergedTestFiles };
}

function main(args: string[]): void {
  let out = 'reports/stryker-incremental.json';
  let inputs = args.slice(1);
  if (args.length > 0) {
    out = args[0]!;
  } else {
    const dir = 'reports/chunks';
    const found = existsSync(dir)
      ? readdirSync(dir)
          // A piece still running (mutation-pieces.ts) writes NAME.partial.json.
          .filter((name) => name.endsWith('.json') && !name.endsWith('.partial.json'))
          .map((name) => join(dir, name))
      : [];
    if (existsSync(out)) found.push(out);
    // Oldest first: the most recent run of a file wins.
    inputs = found.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  }
  if (inputs.length === 0) {
    console.error(
      'No reports to merge (run pieces with --incrementalFile reports/chunks/NAME.json).',
    );
    process.exitCode = 1;
    return;
  }
  const reports = inputs.map((file) => JSON.parse(readFileSync(file, 'utf8')) as MutationReport);
  const merged = mergeMutationReports(reports);
  writeFileSync(out, JSON.stringify(merged));
  const mutants = Object.values(merged.files).reduce((n, f) => n + f.mutants.length, 0);
  console.log(
    `Merged ${inputs.length} report(s) into ${out}: ${Object.keys(merged.files).length} files, ${mutants} mutants, ${Object.keys(merged.testFiles ?? {}).length} test files.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
