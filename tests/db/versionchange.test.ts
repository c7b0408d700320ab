// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DATABASE_NAME,
  createDatabase,
  db,
  onDatabaseBlockedOrUpgraded,
  type DatabaseInterruption,
} from '../../src/db/database';
import { createFacility, listFacilities } from '../../src/db/facilities-repo';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import { expectError, facilityInput, resetDatabase, unwrap } from './fixtures';

/** What a future build would declare: every current version plus one more. */
function newerBuild(name: string): Dexie {
  const newer = new Dexie(name);
  for (const entry of SCHEMA_VERSIONS) newer.version(entry.version).stores({ ...entry.stores });
  newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ futureTable: 'id' });
  return newer;
}

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

describe('another tab upgrades or deletes the database', () => {
  it('closes this connection for good and tells the subscribers', async () => {
    const name = `vc-${Date.now()}`;
    const mine = createDatabase(name);
    cleanup.push(
      () => Dexie.delete(name),
      () => mine.close(),
    );
    await mine.open();
    await mine.facilities.count();
    const reasons: DatabaseInterruption[] = [];
    const unsubscribe = mine.onInterrupted((reason) => reasons.push(reason));
    const other = vi.fn();
    mine.onInterrupted(other);
    unsubscribe();

    const newer = newerBuild(name);
    cleanup.push(() => newer.close());
    await newer.open(); // would hang (blocked) if this connection stayed open
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);

    expect(reasons).toEqual([]); // unsubscribed
    expect(other).toHaveBeenCalledWith('upgraded');
    expect(mine.isOpen()).toBe(false);
    // No silent re-open with the old schema next to the newer build.
    await expect(mine.facilities.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('the app database notifies onDatabaseBlockedOrUpgraded, and repositories then report errors', async () => {
    await resetDatabase();
    unwrap(await createFacility(facilityInput('A')));
    const listener = vi.fn();
    const unsubscribe = onDatabaseBlockedOrUpgraded(listener);
    cleanup.push(unsubscribe);

    const newer = newerBuild(DATABASE_NAME);
    cleanup.push(async () => {
      newer.close();
      await resetDatabase();
    });
    await newer.open();
    expect(listener).toHaveBeenCalledWith('upgraded');
    expect(db.isOpen()).toBe(false);

    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expectError(await createFacility(facilityInput('B')), 'unavailable');
    await expect(listFacilities()).rejects.toMatchObject({
      name: 'DbReadError',
      kind: 'unavailable',
    });
    error.mockRestore();
    // The data itself is safe in the upgraded database.
    expect(await newer.table('facilities').count()).toBe(1);
  });

  it('reports a delete by another tab as "deleted"', async () => {
    const name = `vc-del-${Date.now()}`;
    const mine = createDatabase(name);
    cleanup.push(() => mine.close());
    await mine.open();
    const listener = vi.fn();
    mine.onInterrupted(listener);
    await Dexie.delete(name);
    expect(listener).toHaveBeenCalledWith('deleted');
  });

  it('reports "blocked" when an old connection does not let go during this tab\'s upgrade', async () => {
    const name = `vc-blocked-${Date.now()}`;
    // An old page that ignores versionchange (no handler): it keeps version 0.5 open.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 5);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const mine = createDatabase(name);
    cleanup.push(
      () => Dexie.delete(name),
      () => mine.close(),
    );
    const listener = vi.fn();
    mine.onInterrupted(listener);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const opening = mine.open();
    await vi.waitFor(() => expect(listener).toHaveBeenCalledWith('blocked'));
    raw.close(); // the user closed the old tab
    await opening;
    expect(mine.isOpen()).toBe(true);
    warn.mockRestore();
  });
});
