import { version as APP_VERSION } from '../../package.json';
import { deleteBenchmark, readBenchmarkRecord, storeBenchmarkText } from '../db/benchmark-repo';
import type { DbError } from '../db/errors';
import { buildBenchmark, type Distributions } from '../domain/compare';
import { SCORING_METHOD_VERSION, type ScoringFramework } from '../domain/scoring';
import type { Result } from '../domain/result';
import {
  benchmarkFilename,
  readBenchmarkText,
  writeBenchmarkText,
  type BenchmarkProblem,
} from '../io/benchmark';
import type { BenchmarkFile } from '../schemas/benchmark';

export type { BenchmarkProblem };

/** The benchmark file of a comparison set: distributions only, small groups suppressed. */
export function exportBenchmark(
  framework: ScoringFramework,
  dist: Distributions,
  now: Date = new Date(),
): { text: string; filename: string; suppressed: number; facilityCount: number } {
  const benchmark = buildBenchmark(framework, SCORING_METHOD_VERSION, dist);
  const groups = [benchmark.overall, ...benchmark.domains.map((d) => d.stats)];
  const all = [...groups, ...benchmark.criteria.map((c) => c.stats)];
  return {
    text: writeBenchmarkText(benchmark, now, APP_VERSION),
    filename: benchmarkFilename(benchmark, now),
    suppressed: all.filter((s) => s === null).length,
    facilityCount: benchmark.facilityCount,
  };
}

export type ImportBenchmarkResult =
  Result<BenchmarkFile, BenchmarkProblem[]> | { ok: false; dbError: DbError };

/** Checks a benchmark file; only a file that passes every check is stored (replacing the last). */
export async function importBenchmark(text: string): Promise<ImportBenchmarkResult> {
  const read = readBenchmarkText(text);
  if (!read.ok) return read;
  const stored = await storeBenchmarkText(text);
  if (!stored.ok) return { ok: false, dbError: stored.error };
  return { ok: true, value: read.value };
}

/** The stored benchmark, checked again (stored data is not trusted blindly); null when none. */
export async function loadBenchmark(): Promise<BenchmarkFile | null> {
  const text = await readBenchmarkRecord();
  if (text === null) return null;
  const read = readBenchmarkText(text);
  return read.ok ? read.value : null;
}

export { deleteBenchmark as removeBenchmark };
