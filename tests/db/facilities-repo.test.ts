// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import {
  createFacility,
  getFacility,
  listFacilities,
  setFacilityArchived,
  updateFacility,
} from '../../src/db/facilities-repo';
import { getLastChangeAt } from '../../src/db/meta-repo';
import { FacilitySchema } from '../../src/schemas/records';
import { expectError, facilityInput, resetDatabase, unwrap } from './fixtures';

beforeEach(resetDatabase);
afterEach(() => {
  vi.useRealTimers();
});

describe('facilities', () => {
  it('creates a valid facility with a uuid and timestamps, and records the change', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-03T04:05:06Z'));
    const created = unwrap(
      await createFacility(facilityInput('  De Kering  ', { alias: 'K1', region: 'limburg' })),
    );
    expect(created).toEqual({
      id: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      name: 'De Kering',
      type: 'gemeenschapsinstelling',
      region: 'limburg',
      alias: 'K1',
      archived: false,
      createdAt: '2026-02-03T04:05:06.000Z',
      updatedAt: '2026-02-03T04:05:06.000Z',
    });
    expect(FacilitySchema.parse(created)).toEqual(created);
    expect(await getFacility(created.id)).toEqual(created);
    expect(await getLastChangeAt()).toBe('2026-02-03T04:05:06.000Z');
  });

  it('refuses invalid input as invalid and writes nothing', async () => {
    expectError(await createFacility(facilityInput('')), 'invalid');
    expectError(await createFacility(facilityInput('x', { type: 'Hospital ward' })), 'invalid');
    expectError(await createFacility(facilityInput('x', { alias: 'x'.repeat(21) })), 'invalid');
    expect(await db.facilities.count()).toBe(0);
    expect(await getLastChangeAt()).toBeNull();
  });

  it('keeps only known fields from the input', async () => {
    const created = unwrap(await createFacility({ ...facilityInput('A'), secret: 'x' } as never));
    expect(Object.keys(created)).not.toContain('secret');
  });

  it('updates and archives, keeping id and createdAt, with a later updatedAt', async () => {
    const created = unwrap(await createFacility(facilityInput('A')));
    const updated = unwrap(await updateFacility(created.id, facilityInput('B', { type: 'vaph' })));
    expect(updated).toMatchObject({
      id: created.id,
      name: 'B',
      type: 'vaph',
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    const archived = unwrap(await setFacilityArchived(created.id, true));
    expect(archived.archived).toBe(true);
    expect(await getFacility(created.id)).toEqual(archived);
    expectError(await updateFacility('nope', facilityInput('x')), 'not-found');
    expectError(await setFacilityArchived('nope', true), 'not-found');
    expectError(await updateFacility(created.id, facilityInput(' ')), 'invalid');
    expect(await getFacility(created.id)).toEqual(archived);
  });

  it('refuses an edit based on an older version (another tab saved since)', async () => {
    const created = unwrap(await createFacility(facilityInput('A')));
    const other = unwrap(await updateFacility(created.id, facilityInput('B'), created.updatedAt));
    expectError(
      await updateFacility(created.id, facilityInput('C'), created.updatedAt),
      'conflict',
    );
    expect((await getFacility(created.id))?.name).toBe('B');
    unwrap(await updateFacility(created.id, facilityInput('C'), other.updatedAt));
    expect((await getFacility(created.id))?.name).toBe('C');
  });

  it('lists by name in Dutch order, archived only on request', async () => {
    for (const name of ['Zeebries', 'de Appel', 'Ébène', 'Huis 10', 'Huis 9']) {
      unwrap(await createFacility(facilityInput(name)));
    }
    const zee = (await listFacilities()).find((f) => f.name === 'Zeebries')!;
    unwrap(await setFacilityArchived(zee.id, true));
    expect((await listFacilities()).map((f) => f.name)).toEqual([
      'de Appel',
      'Ébène',
      'Huis 9',
      'Huis 10',
    ]);
    expect((await listFacilities({ includeArchived: true })).map((f) => f.name)).toEqual([
      'de Appel',
      'Ébène',
      'Huis 9',
      'Huis 10',
      'Zeebries',
    ]);
  });

  it('reads fail as errors, never as empty results, when the database is closed', async () => {
    unwrap(await createFacility(facilityInput('A')));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    db.close();
    await expect(listFacilities()).rejects.toMatchObject({
      name: 'DbReadError',
      kind: 'unavailable',
    });
    await expect(getFacility('x')).rejects.toMatchObject({ name: 'DbReadError' });
    expectError(await createFacility(facilityInput('B')), 'unavailable');
    expect(error).toHaveBeenCalled();
  });
});
