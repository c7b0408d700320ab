import './zod-config';
import { z } from 'zod';

/**
 * Sector benchmark file (issue 12): the distributions of a comparison set, nothing else. No
 * facility names, codes or ids; groups under five facilities are null (suppressed). Strings
 * are bounded and arrays capped, as for every file that crosses an edge.
 */
export const BENCHMARK_FORMAT = 'kwaliteitskader-benchmark';
export const BENCHMARK_FORMAT_VERSION = 1;
/** A real benchmark of the bundled framework is ~15 KiB; 1 MiB leaves room for big frameworks. */
export const MAX_BENCHMARK_BYTES = 1024 * 1024;
export const MAX_BENCHMARK_DEPTH = 8;

const Figure = z.number().finite().min(-1e6).max(1e6);

export const BenchmarkStatsSchema = z
  .strictObject({
    count: z.number().int().min(5).max(1_000_000),
    min: Figure,
    q1: Figure,
    median: Figure,
    q3: Figure,
    max: Figure,
  })
  .refine((s) => s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max, {
    message: 'min ≤ q1 ≤ median ≤ q3 ≤ max',
  });

const Id = z.string().min(1).max(100);

export const BenchmarkSchema = z.strictObject({
  format: z.literal(BENCHMARK_FORMAT),
  formatVersion: z.literal(BENCHMARK_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().max(50).optional(),
  frameworkId: Id,
  frameworkVersion: z.string().min(1).max(50),
  scoringMethodVersion: z.string().min(1).max(50),
  /** 0 when the set was smaller than five facilities (then every group is null). */
  facilityCount: z.number().int().min(0).max(1_000_000),
  overall: BenchmarkStatsSchema.nullable(),
  domains: z
    .array(z.strictObject({ domainId: Id, stats: BenchmarkStatsSchema.nullable() }))
    .max(500),
  criteria: z
    .array(z.strictObject({ criterionId: Id, stats: BenchmarkStatsSchema.nullable() }))
    .max(5000),
});
export type BenchmarkFile = z.infer<typeof BenchmarkSchema>;
