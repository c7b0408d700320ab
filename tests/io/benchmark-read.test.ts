import { describe, expect, it } from 'vitest';
import { buildBenchmark, type Distributions } from '../../src/domain/compare';
import type { ScoringFramework } from '../../src/domain/scoring';
import {
  benchmarkFilename,
  readBenchmarkText,
  writeBenchmarkText,
  type BenchmarkProblem,
  type ReadBenchmarkResult,
} from '../../src/io/benchmark';
import {
  BENCHMARK_FORMAT_VERSION,
  MAX_BENCHMARK_BYTES,
  MAX_BENCHMARK_DEPTH,
} from '../../src/schemas/benchmark';

const stats = (count: number) => ({ count, min: 0, q1: 25, median: 50, q3: 75, max: 100 });
const dist: Distributions = {
  facilities: 6,
  overall: stats(6),
  domains: [{ domainId: 'd1', code: 'D1', stats: stats(6), notScored: 0 }],
  criteria: [],
};
const NOW = new Date('2026-12-02T10:00:00Z');
const benchmark = (id = 'fw') =>
  buildBenchmark({ id, version: '1.0.0' } as ScoringFramework, '1.0.0', dist);
const good = () => JSON.parse(writeBenchmarkText(benchmark(), NOW)) as Record<string, unknown>;

function problemsOf(result: ReadBenchmarkResult): BenchmarkProblem[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('readBenchmarkText: the guards', () => {
  it('accepts a byte order mark', () => {
    expect(readBenchmarkText(`\uFEFF${JSON.stringify(good())}`).ok).toBe(true);
  });

  it('calls a file of blanks empty', () => {
    expect(problemsOf(readBenchmarkText(' \n\t '))).toEqual([{ code: 'empty', path: '$' }]);
  });

  it('says how deep a file may nest', () => {
    const deep = '['.repeat(MAX_BENCHMARK_DEPTH + 1) + ']'.repeat(MAX_BENCHMARK_DEPTH + 1);
    expect(problemsOf(readBenchmarkText(deep))).toEqual([
      { code: 'too-deep', path: '$', params: { max: MAX_BENCHMARK_DEPTH } },
    ]);
  });

  // Named so the mutation run leaves it out (vitest.mutation.config.ts).
  it('refuses a string of megabytes, saying its size and the limit', () => {
    expect(problemsOf(readBenchmarkText('x'.repeat(MAX_BENCHMARK_BYTES + 1)))).toEqual([
      {
        code: 'too-large',
        path: '$',
        params: { size: MAX_BENCHMARK_BYTES + 1, max: MAX_BENCHMARK_BYTES },
      },
    ]);
  });

  it('passes on what the parser said', () => {
    const [problem] = problemsOf(readBenchmarkText(`{"a": ${'x'.repeat(500)}`));
    expect(problem!.code).toBe('not-json');
    expect(String(problem!.params!.detail).length).toBeGreaterThan(0);
  });

  it('names each forbidden key by its path, the key cut to 60 characters, at most 20', () => {
    const keys = Array.from({ length: 25 }, (_, i) => `"k${i}": {"__proto__": 1}`).join(', ');
    const many = problemsOf(readBenchmarkText(`{${keys}}`));
    expect(many).toHaveLength(20);
    expect(many[0]).toEqual({
      code: 'forbidden-key',
      path: '$.k0.__proto__',
      params: { key: '__proto__' },
    });
    const odd = `{"a b": {"constructor": 1}, "${'z-'.repeat(40)}": [{"prototype": 2}]}`;
    expect(problemsOf(readBenchmarkText(odd))).toEqual([
      { code: 'forbidden-key', path: '$["a b"].constructor', params: { key: 'constructor' } },
      {
        code: 'forbidden-key',
        path: `$[${JSON.stringify('z-'.repeat(30))}][0].prototype`,
        params: { key: 'prototype' },
      },
    ]);
  });

  it('refuses any JSON value that is not a benchmark object', () => {
    for (const text of ['null', '42', '"tekst"', '[{"format": "kwaliteitskader-benchmark"}]']) {
      expect(problemsOf(readBenchmarkText(text))).toEqual([{ code: 'not-benchmark', path: '$' }]);
    }
  });

  it('refuses a newer format version, saying which is supported; a text version is a field error', () => {
    expect(problemsOf(readBenchmarkText(JSON.stringify({ ...good(), formatVersion: 2 })))).toEqual([
      {
        code: 'format-version-newer',
        path: '$.formatVersion',
        params: { version: 2, supported: BENCHMARK_FORMAT_VERSION },
      },
    ]);
    expect(
      problemsOf(readBenchmarkText(JSON.stringify({ ...good(), formatVersion: '2' })))[0]!.code,
    ).toBe('invalid-field');
  });
});

describe('writing benchmark files', () => {
  it('records the app version only when given', () => {
    expect(JSON.parse(writeBenchmarkText(benchmark(), NOW, '1.4.0'))).toMatchObject({
      appVersion: '1.4.0',
      createdAt: NOW.toISOString(),
    });
    expect(JSON.parse(writeBenchmarkText(benchmark(), NOW))).not.toHaveProperty('appVersion');
  });

  it('names the file by framework, version and day, with only safe characters', () => {
    // The day the user sees: a local time, so the name is the same in every time zone.
    expect(benchmarkFilename(benchmark('mijn kader/één'), new Date(2026, 11, 2, 10, 0))).toBe(
      'sectorbenchmark-mijn-kader-n-1.0.0-2026-12-02.json',
    );
  });
});
