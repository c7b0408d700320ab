import { db } from './database';
import type { WriteResult } from './errors';
import { readOrFail, runWrite } from './write';

/**
 * The one imported sector benchmark, kept as its file text in the meta table (a newer import
 * replaces it). Reads and writes only: the file format is src/io/benchmark.ts.
 */
export function storeBenchmarkText(text: string): Promise<WriteResult<true>> {
  return runWrite(() =>
    db.transaction('rw', db.meta, async () => {
      await db.meta.put({ key: 'sectorBenchmark', value: text });
      return true as const;
    }),
  );
}

export function readBenchmarkRecord(): Promise<string | null> {
  return readOrFail(async () => {
    const record = await db.meta.get('sectorBenchmark');
    return typeof record?.value === 'string' ? record.value : null;
  });
}

export function deleteBenchmark(): Promise<WriteResult<true>> {
  return runWrite(() =>
    db.transaction('rw', db.meta, async () => {
      await db.meta.delete('sectorBenchmark');
      return true as const;
    }),
  );
}
