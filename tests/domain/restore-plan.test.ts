import { describe, expect, it } from 'vitest';
import {
  planRestore,
  restoreRequest,
  type KnownFramework,
  type LocalRestoreState,
  type PreparedFramework,
} from '../../src/domain/restore-plan';
import type { Backup } from '../../src/schemas/backup';
import type { Assessment, Facility } from '../../src/schemas/records';
import { say } from '../say';

const T1 = '2026-03-01T09:00:00.000Z';
const T2 = '2026-03-02T09:00:00.000Z';

const facility = (id: string, name: string, updatedAt = T1): Facility => ({
  id,
  name,
  type: 'gemeenschapsinstelling',
  region: 'antwerpen',
  alias: '',
  archived: false,
  createdAt: T1,
  updatedAt,
});

const assessment = (
  id: string,
  facilityId: string,
  extra: Partial<Assessment> = {},
): Assessment => ({
  id,
  facilityId,
  frameworkId: 'kader',
  frameworkVersion: '1.0.0',
  scoringMethodVersion: '1.0.0',
  periodLabel: '2026 voorjaar',
  participants: [{ role: 'teamcoach', count: 1 }],
  status: 'concept',
  createdAt: T1,
  updatedAt: T1,
  finalisedAt: null,
  reopenings: [],
  revision: 2,
  previousAssessmentId: null,
  answers: {},
  ...extra,
});

const backupOf = (parts: Partial<Backup>): Backup => ({
  format: 'kwaliteitskader-backup',
  formatVersion: 1,
  createdAt: T2,
  facilities: [],
  assessments: [],
  frameworks: [],
  ...parts,
});

const prepared = (id: string, version: string, contentHash: string): PreparedFramework => ({
  record: { id, version, title: { 'nl-BE': id }, contentHash },
  label: `${id} ${version}`,
});

const BUNDLED: KnownFramework[] = [{ id: 'kader', version: '1.0.0', contentHash: 'h-bundled' }];

const local = (parts: Partial<LocalRestoreState> = {}): LocalRestoreState => ({
  facilities: new Map(),
  assessments: new Map(),
  frameworkHashes: new Map(),
  ...parts,
});

function plan(
  backup: Backup,
  state: LocalRestoreState,
  frameworks: PreparedFramework[] = [],
  bundled = BUNDLED,
) {
  const result = planRestore(backup, frameworks, bundled, state);
  if (!result.ok) throw new Error(`refused: ${result.error.detail}`);
  return result.value;
}

describe('restoreRequest', () => {
  it('asks for every facility, assessment and framework version the backup names', () => {
    const backup = backupOf({
      facilities: [facility('f1', 'A')],
      assessments: [assessment('a1', 'f2'), assessment('a2', 'f1')],
      frameworks: [{ id: 'eigen', version: '2.0.0', text: '{}' }],
      exchangeLog: [{ roundId: 'a1', hashes: ['a'.repeat(64)] }],
    });
    expect(restoreRequest(backup)).toEqual({
      facilityIds: ['f1', 'f2'],
      assessmentIds: ['a1', 'a2'],
      frameworkKeys: [
        ['eigen', '2.0.0'],
        ['kader', '1.0.0'],
      ],
      exchangeLogIds: ['a1'],
    });
    expect(restoreRequest(backupOf({})).exchangeLogIds).toEqual([]);
  });
});

describe('planRestore: exchange log', () => {
  const h = (c: string) => c.repeat(64);
  it('merges the backup log into the local one and writes only what adds a version', () => {
    const backup = backupOf({
      exchangeLog: [
        { roundId: 'r1', hashes: [h('a'), h('b')] },
        { roundId: 'r2', hashes: [h('c')] },
        { roundId: 'r3', hashes: [h('d')] },
      ],
    });
    const result = plan(
      backup,
      local({
        exchangeLogs: new Map([
          ['r1', [h('b'), h('e')]],
          ['r2', [h('c')]],
        ]),
      }),
    );
    expect(result.exchangeLog).toEqual([
      { roundId: 'r1', hashes: [h('b'), h('e'), h('a')] },
      { roundId: 'r3', hashes: [h('d')] },
    ]);
  });

  it('an older backup without a log writes none', () => {
    expect(plan(backupOf({}), local()).exchangeLog).toEqual([]);
  });

  it('a device that has no import history yet takes the backup log as it is', () => {
    const backup = backupOf({ exchangeLog: [{ roundId: 'r1', hashes: [h('a')] }] });
    expect(plan(backup, local()).exchangeLog).toEqual([{ roundId: 'r1', hashes: [h('a')] }]);
  });
});

describe('planRestore', () => {
  it('adds what is new, replaces what differs, and leaves identical records alone', () => {
    const same = facility('f1', 'Zelfde');
    const changed = facility('f2', 'Nieuwe naam');
    const backup = backupOf({
      facilities: [same, changed, facility('f3', 'Nieuw')],
      assessments: [assessment('a1', 'f1')],
    });
    const result = plan(
      backup,
      local({
        facilities: new Map([
          ['f1', same],
          ['f2', facility('f2', 'Oude naam')],
        ]),
      }),
    );
    expect(result.preview.facilities).toMatchObject({
      addedCount: 1,
      replacedCount: 1,
      unchangedCount: 1,
      added: [{ id: 'f3', label: 'Nieuw' }],
      replaced: [{ id: 'f2', label: 'Nieuwe naam', localNewer: false }],
      unchanged: [{ id: 'f1', label: 'Zelfde' }],
    });
    expect(result.facilities.map((f) => f.id)).toEqual(['f2', 'f3']);
    expect(result.preview.assessments.added).toEqual([
      { id: 'a1', label: 'Zelfde – 2026 voorjaar' },
    ]);
    expect(result.assessments.map((a) => a.id)).toEqual(['a1']);
    expect(result.preview.canApply).toBe(true);
  });

  it('flags a local facility changed later than the backup copy', () => {
    const backup = backupOf({ facilities: [facility('f1', 'Back-up', T1)] });
    const result = plan(
      backup,
      local({ facilities: new Map([['f1', facility('f1', 'Lokaal', T2)]]) }),
    );
    expect(result.preview.facilities.replaced).toEqual([
      { id: 'f1', label: 'Back-up', localNewer: true },
    ]);
  });

  it('leaves an identical assessment alone', () => {
    const f1 = facility('f1', 'Kade');
    const round = assessment('a1', 'f1');
    const result = plan(
      backupOf({ facilities: [f1], assessments: [round] }),
      local({
        facilities: new Map([['f1', f1]]),
        assessments: new Map([['a1', assessment('a1', 'f1')]]),
      }),
    );
    expect(result.preview.assessments).toMatchObject({
      addedCount: 0,
      replacedCount: 0,
      unchangedCount: 1,
      unchanged: [{ id: 'a1', label: 'Kade – 2026 voorjaar' }],
    });
    expect(result.assessments).toEqual([]);
  });

  it('calls the local round newer by a later stamp OR by a higher revision', () => {
    const f1 = facility('f1', 'Kade');
    const inBackup = assessment('a1', 'f1', { revision: 2, updatedAt: T1 });
    const byRevision = assessment('a1', 'f1', { revision: 5, updatedAt: T1, periodLabel: 'x' });
    const byTime = assessment('a1', 'f1', { revision: 2, updatedAt: T2, periodLabel: 'x' });
    const older = assessment('a1', 'f1', { revision: 1, updatedAt: T1, periodLabel: 'x' });
    // Same revision, same stamp, other content: an edit elsewhere, not a newer one.
    const sameAge = assessment('a1', 'f1', { revision: 2, updatedAt: T1, periodLabel: 'x' });
    const backup = backupOf({ facilities: [f1], assessments: [inBackup] });
    const newer = (localRound: Assessment) =>
      plan(
        backup,
        local({ facilities: new Map([['f1', f1]]), assessments: new Map([['a1', localRound]]) }),
      ).preview.assessments.replaced[0]?.localNewer;
    expect(newer(byRevision)).toBe(true);
    expect(newer(byTime)).toBe(true);
    expect(newer(older)).toBe(false);
    expect(newer(sameAge)).toBe(false);
  });

  it('names an assessment by its local facility when the backup does not carry it', () => {
    const backup = backupOf({ assessments: [assessment('a1', 'f9')] });
    const result = plan(backup, local({ facilities: new Map([['f9', facility('f9', 'Lokaal')]]) }));
    expect(result.preview.assessments.added[0]!.label).toBe('Lokaal – 2026 voorjaar');
  });

  it('refuses an assessment whose facility is nowhere', () => {
    const result = planRestore(
      backupOf({ assessments: [assessment('a1', 'f9')] }),
      [],
      BUNDLED,
      local(),
    );
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', detail: 'facility f9 of assessment a1' },
    });
  });

  it('refuses an assessment whose framework version is nowhere', () => {
    const backup = backupOf({
      facilities: [facility('f1', 'Kade')],
      assessments: [assessment('a1', 'f1', { frameworkVersion: '9.9.9' })],
    });
    expect(planRestore(backup, [], BUNDLED, local())).toEqual({
      ok: false,
      error: { kind: 'invalid', detail: 'framework kader 9.9.9 of assessment a1' },
    });
    // ... but accepts it when that version is stored locally or comes in the backup.
    expect(
      planRestore(backup, [], BUNDLED, local({ frameworkHashes: new Map([['kader@9.9.9', 'h']]) }))
        .ok,
    ).toBe(true);
    expect(planRestore(backup, [prepared('kader', '9.9.9', 'h')], BUNDLED, local()).ok).toBe(true);
  });

  it('adds new frameworks, skips identical ones, and refuses the restore on a conflict', () => {
    const backup = backupOf({});
    const result = plan(backup, local({ frameworkHashes: new Map([['eigen@1.0.0', 'h-local']]) }), [
      prepared('nieuw', '1.0.0', 'h-new'),
      prepared('kader', '1.0.0', 'h-bundled'),
      prepared('eigen', '1.0.0', 'h-local'),
    ]);
    expect(result.preview.frameworks.added.map((i) => i.id)).toEqual(['nieuw@1.0.0']);
    expect(result.preview.frameworks.unchanged.map((i) => i.id)).toEqual([
      'kader@1.0.0',
      'eigen@1.0.0',
    ]);
    expect(result.frameworks.map((f) => f.id)).toEqual(['nieuw']);
    expect(result.preview.canApply).toBe(true);

    // Another version of a bundled framework is a framework of its own, not a conflict.
    const newer = plan(backup, local(), [prepared('kader', '2.0.0', 'h-2')]);
    expect(newer.preview.frameworks.added.map((i) => i.id)).toEqual(['kader@2.0.0']);
    expect(newer.preview.canApply).toBe(true);

    const conflicts = plan(
      backup,
      local({ frameworkHashes: new Map([['eigen@1.0.0', 'h-local']]) }),
      [prepared('kader', '1.0.0', 'other'), prepared('eigen', '1.0.0', 'other')],
    );
    expect(conflicts.preview.canApply).toBe(false);
    expect(conflicts.frameworks).toEqual([]);
    expect(conflicts.preview.conflicts.map((c) => [c.id, c.version, c.label])).toEqual([
      ['kader', '1.0.0', 'kader 1.0.0'],
      ['eigen', '1.0.0', 'eigen 1.0.0'],
    ]);
    // Where the other copy lives is named: in the app, or on this device.
    expect(say(conflicts.preview.conflicts[0]!.message, 'en')).toContain('comes with the app');
    expect(say(conflicts.preview.conflicts[0]!.message, 'en')).toContain('"kader 1.0.0"');
    expect(say(conflicts.preview.conflicts[1]!.message, 'en')).toContain('on this device');
  });
});
