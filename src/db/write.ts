import { toDbError, type WriteResult } from './errors';
import { ensurePersistenceRequested } from './storage';

/** Runs a write and turns every failure into a DbError. Never throws. */
export async function runWrite<T>(operation: () => Promise<T>): Promise<WriteResult<T>> {
  let value: T;
  try {
    value = await operation();
  } catch (error) {
    return { ok: false, error: toDbError(error) };
  }
  // The first save is the moment data worth keeping exists: ask the browser not to evict it.
  // Not awaited, and it never throws: it must not delay or fail the write.
  void ensurePersistenceRequested();
  return { ok: true, value };
}

/**
 * Runs a read; on failure logs and returns `fallback`. Reads feed useLiveQuery, and a closed or
 * missing database is reported separately (onDatabaseBlockedOrUpgraded, write results).
 */
export async function safeRead<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    console.error('Database read failed', error);
    return fallback;
  }
}

/**
 * An ISO timestamp for a record that replaces one stamped `previous`: now, but always strictly
 * later than `previous`, so a timestamp also works as a version (two saves in the same
 * millisecond, or a clock set back, can never produce the same or an older stamp).
 */
export function stampAfter(previous: string | null | undefined, now: Date = new Date()): string {
  const prev = previous ? Date.parse(previous) : Number.NaN;
  const time = Number.isNaN(prev) || now.getTime() > prev ? now.getTime() : prev + 1;
  return new Date(time).toISOString();
}
