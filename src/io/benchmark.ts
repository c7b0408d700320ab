import type { Benchmark } from '../domain/compare';
import { localDay } from '../domain/file-name';
import { BACKUP_FORMAT } from '../schemas/backup';
import {
  BENCHMARK_FORMAT,
  BENCHMARK_FORMAT_VERSION,
  BenchmarkSchema,
  MAX_BENCHMARK_BYTES,
  MAX_BENCHMARK_DEPTH,
  type BenchmarkFile,
} from '../schemas/benchmark';
import type { Message } from '../domain/message';
import type { Result } from '../domain/result';
import { mapZodIssues, scanStructure, textNestsDeeperThan } from './json-guard';

/**
 * Reading and writing sector benchmark files, with the guards of exchange files: size cap, empty
 * check, nesting depth on the text, JSON.parse, forbidden keys, format check, Zod. Pure.
 */

export type BenchmarkProblemCode =
  | 'too-large'
  | 'empty'
  | 'too-deep'
  | 'not-json'
  | 'forbidden-key'
  | 'is-backup'
  | 'not-benchmark'
  | 'format-version-newer'
  | 'invalid-field';

export interface BenchmarkProblem {
  code: BenchmarkProblemCode;
  path: string;
  params?: Record<string, string | number>;
  detail?: Message;
}

export type ReadBenchmarkResult = Result<BenchmarkFile, BenchmarkProblem[]>;

const MAX_PROBLEMS = 20;

function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, seg) =>
      typeof seg === 'number'
        ? `${out}[${seg}]`
        : /^[A-Za-z_$][\w$]*$/.test(seg)
          ? `${out}.${seg}`
          : `${out}[${JSON.stringify(seg.slice(0, 60))}]`,
    '$',
  );
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function readBenchmarkText(text: string): ReadBenchmarkResult {
  const refuse = (problems: BenchmarkProblem[]): ReadBenchmarkResult => ({
    ok: false,
    error: problems.slice(0, MAX_PROBLEMS),
  });
  const size = text.length > MAX_BENCHMARK_BYTES ? text.length : byteLength(text);
  if (size > MAX_BENCHMARK_BYTES) {
    return refuse([{ code: 'too-large', path: '$', params: { size, max: MAX_BENCHMARK_BYTES } }]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse([{ code: 'empty', path: '$' }]);
  if (textNestsDeeperThan(body, MAX_BENCHMARK_DEPTH)) {
    return refuse([{ code: 'too-deep', path: '$', params: { max: MAX_BENCHMARK_DEPTH } }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 120);
    return refuse([{ code: 'not-json', path: '$', params: { detail } }]);
  }
  const forbidden = scanStructure(value, MAX_BENCHMARK_DEPTH).forbidden;
  if (forbidden.length > 0) {
    return refuse(
      forbidden.map((path) => ({
        code: 'forbidden-key',
        path: jsonPath(path),
        params: { key: String(path[path.length - 1]).slice(0, 60) },
      })),
    );
  }
  const record = value !== null && typeof value === 'object' && !Array.isArray(value);
  const format = record ? (value as Record<string, unknown>).format : undefined;
  if (format === BACKUP_FORMAT) return refuse([{ code: 'is-backup', path: '$.format' }]);
  if (format !== BENCHMARK_FORMAT) return refuse([{ code: 'not-benchmark', path: '$' }]);
  const version = (value as Record<string, unknown>).formatVersion;
  if (typeof version === 'number' && version > BENCHMARK_FORMAT_VERSION) {
    return refuse([
      {
        code: 'format-version-newer',
        path: '$.formatVersion',
        params: { version, supported: BENCHMARK_FORMAT_VERSION },
      },
    ]);
  }
  const parsed = BenchmarkSchema.safeParse(value);
  if (!parsed.success) {
    return refuse(
      mapZodIssues(parsed.error.issues, value).map((m) => ({
        code: 'invalid-field',
        path: jsonPath(m.path),
        detail: m.message,
      })),
    );
  }
  return { ok: true, value: parsed.data };
}

/** The file text: an envelope around the domain's benchmark (which already holds no identity). */
export function writeBenchmarkText(benchmark: Benchmark, now: Date, appVersion?: string): string {
  const file: BenchmarkFile = {
    format: BENCHMARK_FORMAT,
    formatVersion: BENCHMARK_FORMAT_VERSION,
    createdAt: now.toISOString(),
    ...(appVersion ? { appVersion } : {}),
    frameworkId: benchmark.frameworkId,
    frameworkVersion: benchmark.frameworkVersion,
    scoringMethodVersion: benchmark.scoringMethodVersion,
    facilityCount: benchmark.facilityCount,
    overall: benchmark.overall,
    domains: benchmark.domains.map((d) => ({ domainId: d.domainId, stats: d.stats })),
    criteria: benchmark.criteria.map((c) => ({ criterionId: c.criterionId, stats: c.stats })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Dated in the user's time zone, like every other file the app makes. */
export function benchmarkFilename(benchmark: Benchmark, now: Date): string {
  const day = localDay(now);
  const safe = `${benchmark.frameworkId}-${benchmark.frameworkVersion}`.replace(/[^\w.-]+/g, '-');
  return `sectorbenchmark-${safe}-${day}.json`;
}
