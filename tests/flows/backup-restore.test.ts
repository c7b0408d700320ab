// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reopenAssessment, saveAnswer } from '../../src/db/assessments-repo';
import { createAssessment, finaliseAssessment } from '../../src/flows/assessments';
import { db } from '../../src/db/database';
import { createFacility, setFacilityArchived, updateFacility } from '../../src/db/facilities-repo';
import { saveLocalFramework } from '../../src/flows/framework-catalogue';
import { recordBackup, takeBackupSnapshot } from '../../src/db/backup-repo';
import {
  getLastBackupAt,
  getLastChangeAt,
  markChanged,
  needsBackupReminder,
} from '../../src/db/meta-repo';
import { applyRestore, exportBackup, parseBackup, previewRestore } from '../../src/flows/backup';
import type { Backup } from '../../src/schemas/backup';
import {
  BUNDLED_FRAMEWORK,
  LOCAL_FRAMEWORK,
  answer,
  expectError,
  facilityInput,
  frameworkText,
  resetDatabase,
  seedLocalFramework,
  unwrap,
} from '../db/fixtures';
import { say } from '../say';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../db/framework-fixtures')).mockBundledFrameworks(importOriginal),
);

/** Every data table, in a stable order. */
async function dump() {
  return {
    facilities: await db.facilities.orderBy('id').toArray(),
    assessments: await db.assessments.orderBy('id').toArray(),
    frameworks: await db.frameworks.toArray(),
  };
}

async function dumpAll() {
  return { ...(await dump()), meta: await db.meta.orderBy('key').toArray() };
}

/** A realistic data set: two facilities, assessments on a bundled and a local framework. */
async function seedRealistic() {
  await seedLocalFramework();
  const kempen = unwrap(await createFacility(facilityInput('De Kempen', { alias: 'GI-K' })));
  const gent = unwrap(
    await createFacility(
      facilityInput('ZSG Gent', { type: 'zorgcentrum-seksueel-geweld', region: 'oost-vlaanderen' }),
    ),
  );
  unwrap(await setFacilityArchived(gent.id, true));
  const first = unwrap(
    await createAssessment({
      facilityId: kempen.id,
      frameworkId: BUNDLED_FRAMEWORK.id,
      frameworkVersion: BUNDLED_FRAMEWORK.version,
      periodLabel: '2026 voorjaar',
      participants: [
        { role: 'teamcoach', count: 1 },
        { role: 'begeleider', count: 4 },
      ],
    }),
  );
  unwrap(
    await saveAnswer(
      first.id,
      'signalen-herkennen',
      answer(3, {
        target: 4,
        evidence: [{ id: 'e1', kind: 'document', note: 'Procedure', reference: 'intranet/042' }],
        actions: [
          {
            id: 'a1',
            what: 'Vorming nachtteam',
            responsibleRole: 'teamcoach',
            dueDate: '2026-06-30',
            status: 'open',
          },
        ],
        toDiscuss: true,
      }),
      null,
    ),
  );
  unwrap(
    await saveAnswer(
      first.id,
      'jongere-betrokken',
      answer(null, { notApplicable: true, naReason: 'Centraal' }),
      null,
    ),
  );
  unwrap(await finaliseAssessment(first.id));
  unwrap(await reopenAssessment(first.id, 'Bewijs toevoegen'));
  unwrap(await finaliseAssessment(first.id));
  const second = unwrap(
    await createAssessment({
      facilityId: gent.id,
      frameworkId: LOCAL_FRAMEWORK.id,
      frameworkVersion: LOCAL_FRAMEWORK.version,
      periodLabel: '2026 najaar',
      participants: [],
    }),
  );
  unwrap(await saveAnswer(second.id, 'jongere-betrokken', answer(3), null));
  return { kempen, gent, first, second };
}

beforeEach(resetDatabase);
afterEach(() => {
  vi.useRealTimers();
});

describe('export', () => {
  it('writes the backup format with every record and records lastBackupAt', async () => {
    // The records are stamped by the real clock inside the repositories: pin it before the
    // export time, so the reminder check does not depend on today's date.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-28T10:00:00.000Z') });
    await seedRealistic();
    const now = new Date('2026-11-28T15:00:00.000Z');
    const exported = unwrap(await exportBackup(now));
    expect(exported.filename).toMatch(/^kwaliteitskader-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(exported.json) as Backup;
    expect(backup).toMatchObject({
      format: 'kwaliteitskader-backup',
      formatVersion: 1,
      createdAt: now.toISOString(),
    });
    expect(typeof backup.appVersion).toBe('string');
    expect(backup.facilities).toHaveLength(2);
    expect(backup.assessments).toHaveLength(2);
    // The local framework plus the bundled version an assessment uses.
    expect(backup.frameworks.map((f) => `${f.id}@${f.version}`).sort()).toEqual(
      [`${BUNDLED_FRAMEWORK.id}@1.0.0`, `${LOCAL_FRAMEWORK.id}@1.0.0`].sort(),
    );
    expect(await getLastBackupAt()).toBe(now.toISOString());
    expect(await needsBackupReminder(new Date('2027-11-28T15:00:00.000Z'))).toBe(false);
  });

  it('on a full disk still gives the complete file, and records no backup', async () => {
    await seedRealistic();
    const before = await dump();
    vi.spyOn(db.meta, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const exported = unwrap(await exportBackup());
    vi.restoreAllMocks();
    expect(exported.recorded).toBe(false);
    const backup = JSON.parse(exported.json) as Backup;
    expect(backup.facilities).toHaveLength(before.facilities.length);
    expect(backup.assessments).toHaveLength(before.assessments.length);
    expect(await getLastBackupAt()).toBeNull();
  });

  it('reports a failed read instead of throwing', async () => {
    await seedRealistic();
    vi.spyOn(db.facilities, 'orderBy').mockImplementation(() => {
      throw new DOMException('gone', 'InvalidStateError');
    });
    expectError(await exportBackup(), 'unavailable');
    vi.restoreAllMocks();
  });

  it('a change made after the snapshot keeps counting as not backed up', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-28T10:00:00.000Z') });
    await seedRealistic();
    const snapshot = unwrap(await takeBackupSnapshot());
    await db.transaction('rw', db.meta, () => markChanged('2026-11-28T10:30:00.000Z'));
    unwrap(await recordBackup('2026-11-28T10:15:00.000Z', snapshot));
    expect(await getLastBackupAt()).toBe('2026-11-28T10:15:00.000Z');
    expect(await needsBackupReminder(new Date('2027-11-28T15:00:00.000Z'))).toBe(true);
  });
});

describe('restore', () => {
  it('round trip: export, clear, restore gives deep-equal records in every table', async () => {
    await seedRealistic();
    const before = await dump();
    const exported = unwrap(await exportBackup());

    await resetDatabase();
    expect(await dump()).toEqual({ facilities: [], assessments: [], frameworks: [] });

    const parsed = await parseBackup(exported.json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const preview = unwrap(await previewRestore(parsed.value));
    expect(preview.canApply).toBe(true);
    expect(preview.facilities).toMatchObject({
      addedCount: 2,
      replacedCount: 0,
      unchangedCount: 0,
    });
    expect(preview.facilities.added.map((i) => i.label).sort()).toEqual(['De Kempen', 'ZSG Gent']);
    expect(preview.assessments.addedCount).toBe(2);
    expect(preview.assessments.added.map((i) => i.label).sort()).toEqual([
      'De Kempen – 2026 voorjaar',
      'ZSG Gent – 2026 najaar',
    ]);
    // The bundled framework is already in the app: nothing to add.
    expect(preview.frameworks).toMatchObject({ addedCount: 1, unchangedCount: 1 });
    // A preview writes nothing.
    expect(await dump()).toEqual({ facilities: [], assessments: [], frameworks: [] });

    const applied = unwrap(await applyRestore(parsed.value));
    expect(applied).toEqual(preview);
    expect(await dump()).toEqual(before);
    expect(await getLastChangeAt()).not.toBeNull();
  });

  it('restoring the same backup again changes nothing; newer local edits are flagged', async () => {
    const { kempen, second } = await seedRealistic();
    const exported = unwrap(await exportBackup());
    const parsed = await parseBackup(exported.json);
    if (!parsed.ok) throw new Error('refused');

    const again = unwrap(await previewRestore(parsed.value));
    expect(again.facilities).toMatchObject({ addedCount: 0, replacedCount: 0, unchangedCount: 2 });
    expect(again.assessments).toMatchObject({ addedCount: 0, replacedCount: 0, unchangedCount: 2 });

    unwrap(await updateFacility(kempen.id, facilityInput('De Kempen (nieuw)')));
    unwrap(await saveAnswer(second.id, 'meldpunt-bekend', answer(1), null));
    const preview = unwrap(await previewRestore(parsed.value));
    expect(preview.facilities.replaced).toEqual([
      { id: kempen.id, label: 'De Kempen', localNewer: true },
    ]);
    expect(preview.assessments.replaced).toEqual([
      { id: second.id, label: 'ZSG Gent – 2026 najaar', localNewer: true },
    ]);
    const lastChange = await getLastChangeAt();

    unwrap(await applyRestore(parsed.value));
    expect((await db.facilities.get(kempen.id))!.name).toBe('De Kempen');
    expect((await db.assessments.get(second.id))!.answers['meldpunt-bekend']).toBeUndefined();
    expect((await getLastChangeAt())! >= lastChange!).toBe(true);
  });

  it('keeps local records that are not in the backup', async () => {
    const exported = unwrap(await exportBackup());
    const local = unwrap(await createFacility(facilityInput('Alleen lokaal')));
    const parsed = await parseBackup(exported.json);
    if (!parsed.ok) throw new Error('refused');
    unwrap(await applyRestore(parsed.value));
    expect(await db.facilities.get(local.id)).toEqual(local);
  });

  it('a framework with the same id+version but other content is a conflict: refused as a whole', async () => {
    const { second } = await seedRealistic();
    const exported = unwrap(await exportBackup());
    const backup = JSON.parse(exported.json) as Backup;
    await resetDatabase();
    // This device has a different file under the same id+version.
    const other = frameworkText(LOCAL_FRAMEWORK.id, LOCAL_FRAMEWORK.version, (v) => {
      (v.title as Record<string, string>)['nl-BE'] = 'Gewijzigd kader';
    });
    expect((await saveLocalFramework(other)).ok).toBe(true);
    const before = await dumpAll();

    const parsed = await parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error('refused');
    const preview = unwrap(await previewRestore(parsed.value));
    expect(preview.canApply).toBe(false);
    expect(preview.conflicts).toEqual([
      {
        id: LOCAL_FRAMEWORK.id,
        version: '1.0.0',
        label: 'Minimaal kader 1.0.0',
        message: expect.anything(),
      },
    ]);
    expect(say(preview.conflicts[0]!.message, 'en')).toContain('differs');
    expectError(await applyRestore(parsed.value), 'conflict');
    expect(await dumpAll()).toEqual(before);
    expect(await db.assessments.get(second.id)).toBeUndefined();

    // Also against a bundled framework.
    const bundledChanged = {
      ...backup,
      frameworks: [
        {
          id: BUNDLED_FRAMEWORK.id,
          version: '1.0.0',
          text: frameworkText(BUNDLED_FRAMEWORK.id, '1.0.0', (v) => {
            v.normLevel = 3;
          }),
        },
      ],
    };
    const parsedBundled = await parseBackup(
      JSON.stringify({ ...bundledChanged, assessments: [], facilities: [] }),
    );
    if (!parsedBundled.ok) throw new Error('refused');
    expect(
      say(unwrap(await previewRestore(parsedBundled.value)).conflicts[0]?.message, 'en'),
    ).toContain('comes with the app');
  });

  it('a corrupted (truncated) file is refused and nothing changes', async () => {
    await seedRealistic();
    const exported = unwrap(await exportBackup());
    const before = await dumpAll();
    const parsed = await parseBackup(exported.json.slice(0, exported.json.length - 200));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error[0]?.code).toBe('not-json');
    expect(await dumpAll()).toEqual(before);
  });

  it('foreign JSON and hostile keys are refused and nothing changes', async () => {
    await seedRealistic();
    const before = await dumpAll();
    const foreign = await parseBackup('{"users":[{"name":"x"}]}');
    expect(!foreign.ok && say(foreign.error[0]?.message, 'en')).toContain(
      'not a backup of this app',
    );
    const hostile = await parseBackup(
      '{"format":"kwaliteitskader-backup","formatVersion":1,"createdAt":"2026-11-28T10:00:00.000Z","facilities":[],"assessments":[],"frameworks":[],"__proto__":{"isAdmin":true}}',
    );
    expect(!hostile.ok && hostile.error[0]?.code).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(await dumpAll()).toEqual(before);
  });

  it('an assessment referring to a missing facility is refused', async () => {
    const { kempen } = await seedRealistic();
    const backup = JSON.parse(unwrap(await exportBackup()).json) as Backup;
    await resetDatabase();
    const withoutFacility = {
      ...backup,
      facilities: backup.facilities.filter((f) => f.id !== kempen.id),
    };
    const parsed = await parseBackup(JSON.stringify(withoutFacility));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.map((e) => e.code)).toEqual(['missing-facility']);
    // applyRestore re-checks on its own, in case a caller skipped parseBackup.
    expectError(await applyRestore(withoutFacility), 'invalid');
    expect(await dump()).toEqual({ facilities: [], assessments: [], frameworks: [] });
  });

  it('applyRestore re-validates its input instead of trusting the caller', async () => {
    const exported = JSON.parse(unwrap(await exportBackup()).json) as Backup;
    const bad = { ...exported, facilities: [{ id: 'x', name: '' }] } as unknown as Backup;
    expectError(await applyRestore(bad), 'invalid');
    expectError(await previewRestore(bad), 'invalid');
    expect(await db.facilities.count()).toBe(0);
  });

  it('all or nothing: a failure midway (third bulkPut) leaves every table unchanged', async () => {
    await seedRealistic();
    const exported = unwrap(await exportBackup());
    await resetDatabase();
    const existing = unwrap(await createFacility(facilityInput('Al aanwezig')));
    const before = await dumpAll();

    const parsed = await parseBackup(exported.json);
    if (!parsed.ok) throw new Error('refused');
    const facilitiesPut = vi.spyOn(db.facilities, 'bulkPut');
    const frameworksPut = vi.spyOn(db.frameworks, 'bulkPut');
    const assessmentsPut = vi
      .spyOn(db.assessments, 'bulkPut')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await applyRestore(parsed.value);
    // The earlier writes did happen inside the transaction, and were rolled back.
    expect(facilitiesPut).toHaveBeenCalled();
    expect(frameworksPut).toHaveBeenCalled();
    expect(assessmentsPut).toHaveBeenCalled();
    expectError(result, 'quota');
    vi.restoreAllMocks();
    expect(await dumpAll()).toEqual(before);
    expect(await db.facilities.get(existing.id)).toEqual(existing);
  });
});
