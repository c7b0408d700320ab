// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { exchangeFilename, exportExchange } from '../../src/flows/exchange-export';
import { applyImport, previewImport, type ImportPreview } from '../../src/flows/exchange-import';
import { applyRestore, exportBackup, parseBackup } from '../../src/flows/backup';
import { payloadHash } from '../../src/io/exchange/hash';
import { answer, resetDatabase, seedLocalFramework } from '../db/fixtures';
import {
  dumpDatabase,
  editLevel,
  exportText,
  finalise,
  seedOwnFacility,
  source,
  switchDevice,
} from './exchange-helpers';
import { HEAVY_TEST } from '../timeouts';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../db/framework-fixtures')).mockBundledFrameworks(importOriginal),
);

const NOW = new Date('2026-12-01T10:00:00.000Z');
const noChoices = new Map();

async function importAll(texts: string[], passphrases?: Map<string, string>) {
  const sources = texts.map((t) => source(t));
  const preview = await previewImport(
    sources,
    passphrases
      ? { passphrases: new Map([...passphrases].map(([i, p]) => [sources[Number(i)]!.key, p])) }
      : {},
  );
  return preview;
}

function verdicts(preview: ImportPreview) {
  return preview.files.map((f) => f.verdict);
}

beforeEach(async () => {
  await resetDatabase();
  await seedLocalFramework();
});

describe('export', HEAVY_TEST, () => {
  it('names the file after the code, the periods and the date', () => {
    expect(
      exchangeFilename({ id: 'x', code: 'GI-Kempen' }, ['2025 voorjaar'], new Date(2026, 11, 1)),
    ).toBe('kwaliteitskader-gi-kempen-2025-voorjaar-2026-12-01.json');
    expect(
      exchangeFilename({ id: 'abcdef123456', code: null }, ['Ronde één'], new Date(2026, 0, 5)),
    ).toBe('kwaliteitskader-voorziening-abcdef12-ronde-een-2026-01-05.json');
  });

  it('holds facility, rounds with answers, the non-bundled framework and the payload hash', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 2);
    const withName = JSON.parse(
      await exportText({ facilityId, roundIds: rounds.map((r) => r.id), includeName: true }, NOW),
    );
    expect(withName.format).toBe('kwaliteitskader-uitwisseling');
    expect(withName.exportedAt).toBe(NOW.toISOString());
    expect(withName.payload.facility).toMatchObject({
      id: facilityId,
      code: 'GI-K',
      name: 'De Kempen',
    });
    expect(withName.payload.rounds).toHaveLength(2);
    expect(Object.keys(withName.payload.rounds[0].answers).length).toBe(3);
    expect(withName.payload.frameworks.map((f: { id: string }) => f.id)).toEqual([
      'minimaal-kader',
    ]);
    expect(withName.payloadSha256).toBe(await payloadHash(withName.payload));

    const withoutName = await exportText({
      facilityId,
      roundIds: [rounds[0]!.id],
      includeName: false,
    });
    expect(withoutName).not.toContain('De Kempen');
  });

  it('refuses to export an imported facility', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const text = await exportText({ facilityId, roundIds: [rounds[0]!.id], includeName: true });
    await switchDevice();
    await seedLocalFramework();
    const preview = await importAll([text]);
    expect((await applyImport(preview, noChoices)).ok).toBe(true);
    const result = await exportExchange({
      facilityId,
      roundIds: [rounds[0]!.id],
      includeName: true,
    });
    expect(result).toEqual({ ok: false, error: { kind: 'imported' } });
  });
});

describe('import', HEAVY_TEST, () => {
  it('new, then no change; imported rounds are read-only and marked', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 2);
    const text = await exportText({
      facilityId,
      roundIds: rounds.map((r) => r.id),
      includeName: true,
    });
    await switchDevice();

    const preview = await importAll([text]);
    expect(verdicts(preview)).toEqual(['new']);
    expect(preview.files[0]!.counts.new).toBe(2);
    expect(preview.files[0]!.facility).toMatchObject({
      code: 'GI-K',
      name: 'De Kempen',
      isNew: true,
    });
    expect(await db.assessments.count()).toBe(0);

    const applied = await applyImport(preview, noChoices, NOW);
    expect(applied).toEqual({ ok: true, value: { written: [preview.files[0]!.key], stale: [] } });
    const facility = (await db.facilities.get(facilityId))!;
    expect(facility.imported).toEqual({
      facilityCode: 'GI-K',
      importedAt: NOW.toISOString(),
      nameShared: true,
    });
    const stored = (await db.assessments.get(rounds[0]!.id))!;
    expect(stored.imported?.facilityCode).toBe('GI-K');
    expect(stored.answers).toEqual(rounds[0]!.answers);
    // The framework came along, since it is not bundled.
    expect(await db.frameworks.count()).toBe(1);

    const edit = await saveAnswer(
      stored.id,
      'meldpunt-bekend',
      answer(1),
      stored.answers['meldpunt-bekend']!.updatedAt,
    );
    expect(edit).toMatchObject({ ok: false, error: { kind: 'locked' } });

    const before = await dumpDatabase();
    const again = await importAll([text]);
    expect(verdicts(again)).toEqual(['unchanged']);
    expect((await applyImport(again, noChoices)).ok).toBe(true);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('an edited re-export is an update; the older file afterwards is no change', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const request = { facilityId, roundIds: [rounds[0]!.id], includeName: false };
    const first = await exportText(request);
    await editLevel(rounds[0]!.id, 'signalen-herkennen', 4);
    const second = await exportText(request);
    const facilityDevice = await switchDevice();

    expect((await applyImport(await importAll([first]), noChoices)).ok).toBe(true);
    const preview = await importAll([second]);
    expect(verdicts(preview)).toEqual(['update']);
    expect(preview.files[0]!.rounds[0]!.plan).toMatchObject({
      verdict: 'update',
      reason: 'descends',
    });
    expect((await applyImport(preview, noChoices)).ok).toBe(true);
    expect((await db.assessments.get(rounds[0]!.id))!.answers['signalen-herkennen']!.level).toBe(4);
    // The name was not sent: the facility is known by its code.
    expect((await db.facilities.get(facilityId))!.name).toBe('GI-K');

    const before = await dumpDatabase();
    const older = await importAll([first]);
    expect(verdicts(older)).toEqual(['unchanged']);
    expect(older.files[0]!.rounds[0]!.plan.reason).toBe('older');
    await applyImport(older, noChoices);
    expect(await dumpDatabase()).toEqual(before);
    void facilityDevice;
  });

  it('both files in one batch, in either order, end on the newer version', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const request = { facilityId, roundIds: [rounds[0]!.id], includeName: false };
    const first = await exportText(request);
    await editLevel(rounds[0]!.id, 'signalen-herkennen', 4);
    const second = await exportText(request);
    await switchDevice();

    const preview = await importAll([second, first]);
    expect(verdicts(preview)).toEqual(['new', 'unchanged']);
    expect((await applyImport(preview, noChoices)).ok).toBe(true);
    expect((await db.assessments.get(rounds[0]!.id))!.answers['signalen-herkennen']!.level).toBe(4);
  });

  it('a diverging edit is a conflict: both versions are shown and the user keeps one', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const id = rounds[0]!.id;
    const request = { facilityId, roundIds: [id], includeName: true };
    const common = await exportText(request);
    // A second device of the same facility starts from the same state (a restored backup).
    const secondLaptop = await dumpDatabase();
    await editLevel(id, 'signalen-herkennen', 4);
    const fromFirst = await exportText(request);
    await switchDevice(secondLaptop);
    await editLevel(id, 'signalen-herkennen', 2);
    const fromSecond = await exportText(request);
    await switchDevice();

    expect((await applyImport(await importAll([common]), noChoices)).ok).toBe(true);
    expect((await applyImport(await importAll([fromFirst]), noChoices)).ok).toBe(true);
    const preview = await importAll([fromSecond]);
    expect(verdicts(preview)).toEqual(['conflict']);
    const round = preview.files[0]!.rounds[0]!;
    expect(round.plan).toMatchObject({ verdict: 'conflict', reason: 'diverged' });
    expect(round.local!.levels['signalen-herkennen']).toBe(4);
    expect(round.incoming.levels['signalen-herkennen']).toBe(2);
    // The conflict view gets each differing criterion with its code, title and both answers.
    expect(round.differences).toEqual([
      {
        criterionId: 'signalen-herkennen',
        code: 'D1.1',
        title: { 'nl-BE': 'Signalen herkennen', en: 'Recognising signals' },
        fields: ['level'],
        local: expect.objectContaining({ level: 4 }),
        file: expect.objectContaining({ level: 2 }),
      },
    ]);

    const before = await dumpDatabase();
    expect(await applyImport(preview, noChoices)).toMatchObject({
      ok: false,
      error: { kind: 'choice-missing' },
    });
    expect(await dumpDatabase()).toEqual(before);

    const key = preview.files[0]!.key;
    expect(
      (await applyImport(preview, new Map([[key, new Map([[id, 'file' as const]])]]))).ok,
    ).toBe(true);
    expect((await db.assessments.get(id))!.answers['signalen-herkennen']!.level).toBe(2);
    // Both versions are known now: neither file asks again.
    expect(verdicts(await importAll([fromSecond, fromFirst]))).toEqual(['unchanged', 'unchanged']);
  });

  it('keeping the local version in a conflict writes no round, and the file is not asked again', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const id = rounds[0]!.id;
    const request = { facilityId, roundIds: [id], includeName: true };
    const common = await exportText(request);
    const secondLaptop = await dumpDatabase();
    await editLevel(id, 'signalen-herkennen', 4);
    const fromFirst = await exportText(request);
    await switchDevice(secondLaptop);
    await editLevel(id, 'signalen-herkennen', 2);
    const fromSecond = await exportText(request);
    await switchDevice();
    await applyImport(await importAll([common]), noChoices);
    await applyImport(await importAll([fromFirst]), noChoices);

    const preview = await importAll([fromSecond]);
    const assessmentsBefore = await db.assessments.toArray();
    const key = preview.files[0]!.key;
    expect(
      (await applyImport(preview, new Map([[key, new Map([[id, 'local' as const]])]]))).ok,
    ).toBe(true);
    expect(await db.assessments.toArray()).toEqual(assessmentsBefore);
    expect(verdicts(await importAll([fromSecond]))).toEqual(['unchanged']);
  });

  it('never overwrites one of the user own rounds without a choice', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const id = rounds[0]!.id;
    const request = { facilityId, roundIds: [id], includeName: true };
    await exportText(request);
    const secondLaptop = await dumpDatabase();
    await editLevel(id, 'signalen-herkennen', 4);
    const mine = await exportText(request);
    await switchDevice(secondLaptop);
    await editLevel(id, 'signalen-herkennen', 2);

    // Reading the first laptop's file on the second one: both edited since the common export.
    const preview = await importAll([mine]);
    expect(verdicts(preview)).toEqual(['conflict']);
    expect(preview.files[0]!.rounds[0]!.plan.reason).toBe('own-round');
    expect(preview.files[0]!.facility!.own).toBe(true);
    const key = preview.files[0]!.key;
    await applyImport(preview, new Map([[key, new Map([[id, 'file' as const]])]]));
    const stored = (await db.assessments.get(id))!;
    expect(stored.answers['signalen-herkennen']!.level).toBe(4);
    // Still the user's own round, still editable.
    expect(stored.imported).toBeUndefined();
    expect((await editLevel(id, 'signalen-herkennen', 3)).revision).toBeGreaterThan(
      stored.revision,
    );
  });

  it('encrypted files need the passphrase; a wrong one is refused with a reason', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    await finalise(rounds[0]!.id);
    const text = await exportText({
      facilityId,
      roundIds: [rounds[0]!.id],
      includeName: true,
      passphrase: 'lang genoeg wachtwoord',
    });
    await switchDevice();
    const locked = await importAll([text]);
    expect(locked.files[0]).toMatchObject({
      verdict: 'refused',
      needsPassphrase: true,
      encrypted: true,
    });
    expect(locked.files[0]!.problems.map((p) => p.code)).toEqual(['passphrase-needed']);
    const wrong = await importAll([text], new Map([['0', 'verkeerd']]));
    expect(wrong.files[0]!.problems.map((p) => p.code)).toEqual(['wrong-passphrase']);
    const right = await importAll([text], new Map([['0', 'lang genoeg wachtwoord']]));
    expect(verdicts(right)).toEqual(['new']);
    expect((await applyImport(right, noChoices)).ok).toBe(true);
    expect((await db.assessments.get(rounds[0]!.id))!.status).toBe('afgerond');
  });

  it('a framework version neither bundled nor embedded is refused, naming the version', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const file = JSON.parse(
      await exportText({ facilityId, roundIds: [rounds[0]!.id], includeName: true }),
    );
    file.payload.frameworks = [];
    file.payloadSha256 = await payloadHash(file.payload);
    await switchDevice();
    const preview = await importAll([JSON.stringify(file)]);
    expect(preview.files[0]!.verdict).toBe('refused');
    expect(preview.files[0]!.problems[0]).toMatchObject({
      code: 'framework-unknown',
      path: '$.payload.rounds[0].frameworkVersion',
      params: { id: 'minimaal-kader', version: '1.0.0' },
    });
  });

  it('a level off the scale in the middle round is refused by the shared round check', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 3);
    const file = JSON.parse(
      await exportText({ facilityId, roundIds: rounds.map((r) => r.id), includeName: true }),
    );
    file.payload.rounds[1].answers['meldpunt-bekend'].level = 9;
    file.payloadSha256 = await payloadHash(file.payload);
    await switchDevice();
    const before = await dumpDatabase();
    const preview = await importAll([JSON.stringify(file)]);
    expect(preview.files[0]!.verdict).toBe('refused');
    expect(preview.files[0]!.problems).toEqual([
      expect.objectContaining({
        code: 'round-invalid',
        roundCode: 'level-off-scale',
        path: '$.payload.rounds[1].answers["meldpunt-bekend"].level',
      }),
    ]);
    await applyImport(preview, noChoices);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('a refused file in a batch changes nothing while the others are imported', async () => {
    const a = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const textA = await exportText({
      facilityId: a.facilityId,
      roundIds: [a.rounds[0]!.id],
      includeName: true,
    });
    await switchDevice();
    const before = await dumpDatabase();
    const preview = await importAll(['{"format":"kwaliteitskader-uitwisseling"', textA]);
    expect(verdicts(preview)).toEqual(['refused', 'new']);
    expect(await dumpDatabase()).toEqual(before);
    const result = await applyImport(preview, noChoices);
    expect(result).toMatchObject({ ok: true, value: { written: [preview.files[1]!.key] } });
    expect(await db.assessments.count()).toBe(1);
  });

  it('a file whose local data changed after the preview is skipped whole', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const request = { facilityId, roundIds: [rounds[0]!.id], includeName: true };
    const first = await exportText(request);
    await editLevel(rounds[0]!.id, 'signalen-herkennen', 4);
    const second = await exportText(request);
    await switchDevice();
    await applyImport(await importAll([first]), noChoices);
    const preview = await importAll([second]);
    // Meanwhile another tab imported the same update.
    await applyImport(await importAll([second]), noChoices);
    const before = await dumpDatabase();
    const result = await applyImport(preview, noChoices);
    expect(result).toMatchObject({ ok: true, value: { stale: [preview.files[0]!.key] } });
    expect(await dumpDatabase()).toEqual(before);
  });

  it('a backup carries the import history: after a restore an older file is still no change', async () => {
    const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 1);
    const request = { facilityId, roundIds: [rounds[0]!.id], includeName: true };
    const older = await exportText(request);
    await editLevel(rounds[0]!.id, 'signalen-herkennen', 4);
    const newer = await exportText(request);
    await switchDevice();
    await applyImport(await importAll([older]), noChoices, NOW);
    await applyImport(await importAll([newer]), noChoices, NOW);
    expect(verdicts(await importAll([older]))).toEqual(['unchanged']);
    const log = await db.exchangeLog.toArray();
    expect(log).toHaveLength(1);

    const exported = await exportBackup(NOW);
    if (!exported.ok) throw new Error('backup failed');
    const backupJson = JSON.parse(exported.value.json) as Record<string, unknown>;
    expect(backupJson.exchangeLog).toEqual(log);

    // Restored on an empty device: the history came along.
    await switchDevice();
    const parsed = await parseBackup(exported.value.json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect((await applyRestore(parsed.value)).ok).toBe(true);
    expect(await db.exchangeLog.toArray()).toEqual(log);
    expect(verdicts(await importAll([older]))).toEqual(['unchanged']);
    // Restoring it again adds nothing to the log.
    expect((await applyRestore(parsed.value)).ok).toBe(true);
    expect(await db.exchangeLog.toArray()).toEqual(log);

    // A backup made before exchange files existed (no exchangeLog) is still read and restored;
    // without the history the older file can no longer be told apart from a diverging one.
    await switchDevice();
    const { exchangeLog: _log, ...legacy } = backupJson;
    const legacyParsed = await parseBackup(JSON.stringify(legacy));
    if (!legacyParsed.ok) throw new Error(JSON.stringify(legacyParsed.error));
    expect((await applyRestore(legacyParsed.value)).ok).toBe(true);
    expect(await db.exchangeLog.count()).toBe(0);
    expect(verdicts(await importAll([older]))).toEqual(['conflict']);
  });
});
