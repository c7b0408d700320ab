// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildBenchmark, type Distributions } from '../../src/domain/compare';
import type { ScoringFramework } from '../../src/domain/scoring';
import { benchmarkFilename, readBenchmarkText, writeBenchmarkText } from '../../src/io/benchmark';
import { MAX_BENCHMARK_BYTES } from '../../src/schemas/benchmark';

const FW = { id: 'fw', version: '1.0.0' } as ScoringFramework;
const stats = (count: number) => ({ count, min: 0, q1: 25, median: 50, q3: 75, max: 100 });
const dist: Distributions = {
  facilities: 6,
  overall: stats(6),
  domains: [
    { domainId: 'd1', code: 'D1', stats: stats(6), notScored: 0 },
    { domainId: 'd2', code: 'D2', stats: stats(3), notScored: 3 },
  ],
  criteria: [],
};
const NOW = new Date('2026-12-02T10:00:00Z');
const good = () =>
  JSON.parse(writeBenchmarkText(buildBenchmark(FW, '1.0.0', dist), NOW)) as Record<string, unknown>;

describe('benchmark files', () => {
  it('are named after the framework version and the local day of the export', () => {
    const benchmark = buildBenchmark(FW, '1.0.0', dist);
    expect(benchmarkFilename(benchmark, new Date(2026, 11, 2, 23, 50))).toBe(
      'sectorbenchmark-fw-1.0.0-2026-12-02.json',
    );
    expect(benchmarkFilename(benchmark, new Date(2027, 0, 1, 0, 10))).toBe(
      'sectorbenchmark-fw-1.0.0-2027-01-01.json',
    );
  });

  it('round-trips, with small groups suppressed', () => {
    const read = readBenchmarkText(JSON.stringify(good()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.domains).toEqual([
      { domainId: 'd1', stats: stats(6) },
      { domainId: 'd2', stats: null },
    ]);
  });

  it('refuses anything that could carry identity or breaks the guards, saying where', () => {
    const withName = { ...good(), facilities: ['De Linde'] };
    expect(readBenchmarkText(JSON.stringify(withName))).toMatchObject({
      ok: false,
      error: [{ code: 'invalid-field', path: '$.facilities' }],
    });

    const small = good();
    (small.domains as { stats: unknown }[])[0]!.stats = stats(4);
    expect(readBenchmarkText(JSON.stringify(small))).toMatchObject({
      ok: false,
      error: [{ code: 'invalid-field', path: '$.domains[0].stats.count' }],
    });

    const disordered = good();
    (disordered.domains as { stats: unknown }[])[0]!.stats = { ...stats(6), median: 90 };
    expect(readBenchmarkText(JSON.stringify(disordered)).ok).toBe(false);

    expect(readBenchmarkText('')).toMatchObject({ ok: false, error: [{ code: 'empty' }] });
    expect(readBenchmarkText('{"format":')).toMatchObject({
      ok: false,
      error: [{ code: 'not-json' }],
    });
    expect(readBenchmarkText('x'.repeat(MAX_BENCHMARK_BYTES + 1))).toMatchObject({
      ok: false,
      error: [{ code: 'too-large' }],
    });
    expect(readBenchmarkText('[[[[[[[[[[[[1]]]]]]]]]]]]')).toMatchObject({
      ok: false,
      error: [{ code: 'too-deep' }],
    });
    expect(
      readBenchmarkText('{"format":"kwaliteitskader-benchmark","__proto__":{"x":1}}'),
    ).toMatchObject({ ok: false, error: [{ code: 'forbidden-key', path: '$.__proto__' }] });
    expect(readBenchmarkText('{"format":"kwaliteitskader-backup"}')).toMatchObject({
      ok: false,
      error: [{ code: 'is-backup' }],
    });
    expect(readBenchmarkText('{"format":"iets anders"}')).toMatchObject({
      ok: false,
      error: [{ code: 'not-benchmark' }],
    });
    expect(readBenchmarkText(JSON.stringify({ ...good(), formatVersion: 9 }))).toMatchObject({
      ok: false,
      error: [{ code: 'format-version-newer' }],
    });
    expect(readBenchmarkText(JSON.stringify({ ...good(), frameworkId: 'x'.repeat(500) })).ok).toBe(
      false,
    );
  });
});
