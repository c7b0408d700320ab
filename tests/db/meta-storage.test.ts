// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { createFacility, updateFacility } from '../../src/db/facilities-repo';
import {
  getBackupTimestamps,
  getLastBackupAt,
  getLastChangeAt,
  markBackedUp,
  needsBackupReminder,
} from '../../src/db/meta-repo';
import {
  ensurePersistenceRequested,
  getStorageState,
  requestPersistence,
  resetPersistenceRequestForTests,
} from '../../src/db/storage';
import { facilityInput, resetDatabase, unwrap } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  await resetDatabase();
  resetPersistenceRequestForTests();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function setNow(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('change and backup bookkeeping', () => {
  it('records the last change and the first change since the last backup', async () => {
    expect(await getLastChangeAt()).toBeNull();
    expect(await getLastBackupAt()).toBeNull();
    expect(await needsBackupReminder(new Date())).toBe(false);

    setNow('2026-11-01T10:00:00.000Z');
    const facility = unwrap(await createFacility(facilityInput('A')));
    setNow('2026-11-05T10:00:00.000Z');
    unwrap(await updateFacility(facility.id, facilityInput('B')));
    expect(await getBackupTimestamps()).toEqual({
      lastChangeAt: '2026-11-05T10:00:00.000Z',
      lastBackupAt: null,
      firstChangeSinceBackupAt: '2026-11-01T10:00:00.000Z',
    });
    expect(
      await needsBackupReminder(new Date(Date.parse('2026-11-01T10:00:00.000Z') + 14 * DAY - 1)),
    ).toBe(false);
    expect(
      await needsBackupReminder(new Date(Date.parse('2026-11-01T10:00:00.000Z') + 14 * DAY)),
    ).toBe(true);

    await db.transaction('rw', db.meta, () => markBackedUp('2026-11-20T10:00:00.000Z'));
    expect(await getLastBackupAt()).toBe('2026-11-20T10:00:00.000Z');
    expect(await needsBackupReminder(new Date('2027-06-01T00:00:00.000Z'))).toBe(false);

    setNow('2026-11-25T10:00:00.000Z');
    unwrap(await updateFacility(facility.id, facilityInput('C')));
    expect((await getBackupTimestamps()).firstChangeSinceBackupAt).toBe('2026-11-25T10:00:00.000Z');
    expect(await needsBackupReminder(new Date('2026-12-08T10:00:00.000Z'))).toBe(false);
    expect(await needsBackupReminder(new Date('2026-12-09T10:00:00.000Z'))).toBe(true);
  });

  it('a failed write records no change', async () => {
    await createFacility(facilityInput(''));
    expect(await getLastChangeAt()).toBeNull();
  });
});

describe('storage', () => {
  it('reports unknown state when the Storage API is missing', async () => {
    vi.stubGlobal('navigator', {});
    expect(await getStorageState()).toEqual({ persisted: null, usage: null, quota: null });
    expect(await requestPersistence()).toBe(false);
  });

  it('requests persistence, remembers the answer, and reads usage', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    const persisted = vi.fn().mockResolvedValue(false);
    vi.stubGlobal('navigator', {
      storage: {
        persist,
        persisted,
        estimate: vi.fn().mockResolvedValue({ usage: 1234, quota: 99999 }),
      },
    });
    expect(await requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    expect((await db.meta.get('persistGranted'))?.value).toBe(true);
    expect(typeof (await db.meta.get('persistRequested'))?.value).toBe('string');
    persisted.mockResolvedValue(true);
    expect(await getStorageState()).toEqual({ persisted: true, usage: 1234, quota: 99999 });
  });

  it('does not ask again when already persisted, and survives a throwing API', async () => {
    const persist = vi.fn().mockRejectedValue(new Error('nope'));
    vi.stubGlobal('navigator', {
      storage: {
        persist,
        persisted: vi.fn().mockResolvedValue(true),
        estimate: vi.fn().mockRejectedValue(new Error('x')),
      },
    });
    expect(await requestPersistence()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
    expect(await getStorageState()).toEqual({ persisted: true, usage: null, quota: null });
    vi.stubGlobal('navigator', {
      storage: { persist, persisted: vi.fn().mockRejectedValue(new Error('x')) },
    });
    expect(await requestPersistence()).toBe(false);
  });

  it('asks once after the first save, and never again in later sessions', async () => {
    const persist = vi.fn().mockResolvedValue(false);
    vi.stubGlobal('navigator', {
      storage: { persist, persisted: vi.fn().mockResolvedValue(false) },
    });
    unwrap(await createFacility(facilityInput('A')));
    await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    await vi.waitFor(async () =>
      expect(await db.meta.get('persistGranted')).toEqual({ key: 'persistGranted', value: false }),
    );
    unwrap(await createFacility(facilityInput('B')));
    // A new session: the meta record says it was asked already.
    resetPersistenceRequestForTests();
    await ensurePersistenceRequested();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
