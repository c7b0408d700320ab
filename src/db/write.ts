import { DbReadError, toDbError, type WriteResult } from './errors';
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
 * Runs a read; a failure is an error, never an empty answer. It is logged and rethrown as a
 * DbReadError, which useLiveQuery throws during render to the area's error screen: that screen
 * says the database could not be read and offers a retry and a backup download, instead of
 * showing an empty list or "not found".
 */
export async function readOrFail<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    console.error('Database read failed', error);
    const { kind, detail } = toDbError(error);
    throw new DbReadError(kind, detail);
  }
}

/**
 * How far ahead of this device's clock a stored stamp may be for the next stamp to follow it.
 * Beyond that the stored stamp is damage (a doctored file, a clock set to 9999), not another
 * device's slightly fast clock.
 */
export const MAX_STAMP_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * An ISO timestamp for a record that replaces one stamped `previous`: now, but strictly later
 * than `previous` when that is only slightly ahead, so a timestamp also works as a version (two
 * saves in the same millisecond, or a clock set back a little, never produce the same stamp).
 * A `previous` far in the future is not followed: the stamp would grow past year 9999 and stop
 * being a valid ISO date, and every later save would fail. Now differs from it all the same,
 * which is all the conflict checks (equality with the base stamp) need.
 */
export function stampAfter(previous: string | null | undefined, now: Date = new Date()): string {
  const prev = previous ? Date.parse(previous) : Number.NaN;
  const current = now.getTime();
  const time =
    Number.isNaN(prev) || current > prev || prev - current > MAX_STAMP_LEAD_MS ? current : prev + 1;
  return new Date(time).toISOString();
}
