// @vitest-environment node
/**
 * Schema upgrades must never lose data on people's devices.
 *
 * For every schema version N in SCHEMA_VERSIONS, a database is created the way the build that
 * shipped version N created it (a Dexie instance declaring only the FROZEN schemas below, not the
 * app's current code), seeded with realistic data, closed, and then opened with the current
 * database class. Every record must still be there, deep-equal (or exactly as the upgrade
 * defines it), and the current indexes must work.
 *
 * Adding schema version N+1: add its stores to FROZEN_STORES, a seed to SEEDS, and, when its
 * upgrade rewrites records, the expected result to EXPECTED_AFTER_UPGRADE. The first test fails
 * until that is done.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  type KwaliteitskaderDb,
  type ExchangeLogRecord,
  type MetaRecord,
  type StoredFramework,
} from '../../src/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import type { Assessment, Facility } from '../../src/schemas/records';
import { AssessmentSchema, FacilitySchema } from '../../src/schemas/records';
import { LOCAL_FRAMEWORK_TEXT } from './framework-fixtures';

/** The stores exactly as each shipped build declared them. Never edit an entry. */
const FROZEN_STORES: Record<number, Record<string, string | null>> = {
  // 2026-11-28, first release.
  1: {
    facilities: 'id, name, updatedAt',
    assessments: 'id, facilityId, [facilityId+frameworkId], status, updatedAt',
    frameworks: '[id+version], id',
    meta: 'key',
  },
  // 2026-11-28, index for the facility list summaries.
  2: {
    assessments:
      'id, facilityId, [facilityId+frameworkId], status, updatedAt, [facilityId+createdAt+status+periodLabel]',
  },
  // 2026-12-01, exchange files: log of exchanged round versions.
  3: {
    exchangeLog: 'roundId',
  },
};

interface SeedData {
  facilities: Facility[];
  assessments: Assessment[];
  frameworks: StoredFramework[];
  meta: MetaRecord[];
  exchangeLog?: ExchangeLogRecord[];
}

/** Data as the build of version 1 wrote it. */
function seedV1(): SeedData {
  const facilities: Facility[] = [
    {
      id: '0b8f3c2e-6a51-4c1e-9a0e-1f2d3c4b5a61',
      name: 'Gemeenschapsinstelling De Kempen',
      type: 'gemeenschapsinstelling',
      region: 'antwerpen',
      alias: 'GI-K',
      archived: false,
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
    },
    {
      id: '7d2a9e14-3b6c-4f8d-8e1a-5c4b3a291807',
      name: 'Zorgcentrum na Seksueel Geweld Gent',
      type: 'zorgcentrum-seksueel-geweld',
      region: 'oost-vlaanderen',
      alias: '',
      archived: true,
      createdAt: '2025-11-02T14:30:00.000+01:00',
      updatedAt: '2026-02-01T08:15:00.000Z',
    },
  ];
  const answers: Assessment['answers'] = {
    'signalen-herkennen': {
      level: 3,
      notApplicable: false,
      naReason: '',
      target: 4,
      evidence: [
        {
          id: 'ev-1',
          kind: 'document',
          note: 'Procedure signaalherkenning v2',
          reference: 'intranet/procedures/042',
        },
        { id: 'ev-2', kind: 'conversation', note: 'Teamoverleg 12/03', reference: '' },
      ],
      actions: [
        {
          id: 'ac-1',
          what: 'Vorming loverboy-signalen voor nachtteam',
          responsibleRole: 'teamcoach',
          dueDate: '2026-06-30',
          status: 'in-progress',
        },
      ],
      toDiscuss: true,
      updatedAt: '2026-03-12T10:00:00.000Z',
    },
    'meldpunt-bekend': {
      level: null,
      notApplicable: true,
      naReason: 'Geen eigen meldpunt; centraal geregeld.',
      target: null,
      evidence: [],
      actions: [],
      toDiscuss: false,
      updatedAt: '2026-03-12T10:05:00.000Z',
    },
  };
  const assessments: Assessment[] = [
    {
      id: 'a1c9e7b5-2d4f-4a6b-8c0d-e1f2a3b4c5d6',
      facilityId: facilities[0]!.id,
      frameworkId: 'minimaal-kader',
      frameworkVersion: '1.0.0',
      scoringMethodVersion: '1.0.0',
      periodLabel: '2026 voorjaar',
      participants: [
        { role: 'teamcoach', count: 1 },
        { role: 'begeleider', count: 4 },
      ],
      status: 'afgerond',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-20T16:00:00.000Z',
      finalisedAt: '2026-03-20T16:00:00.000Z',
      reopenings: [{ at: '2026-03-15T08:00:00.000Z', reason: 'Bewijs toegevoegd' }],
      revision: 14,
      previousAssessmentId: null,
      answers,
    },
    {
      id: 'b2d0f8c6-3e5a-4b7c-9d1e-f2a3b4c5d6e7',
      facilityId: facilities[0]!.id,
      frameworkId: 'minimaal-kader',
      frameworkVersion: '1.0.0',
      scoringMethodVersion: '1.0.0',
      periodLabel: '2026 najaar',
      participants: [],
      status: 'concept',
      createdAt: '2026-10-01T09:00:00.000Z',
      updatedAt: '2026-10-01T09:00:00.000Z',
      finalisedAt: null,
      reopenings: [],
      revision: 1,
      previousAssessmentId: 'a1c9e7b5-2d4f-4a6b-8c0d-e1f2a3b4c5d6',
      answers: {},
    },
  ];
  const frameworks: StoredFramework[] = [
    {
      id: 'minimaal-kader',
      version: '1.0.0',
      title: { 'nl-BE': 'Minimaal kader', en: 'Minimal framework' },
      status: 'concept',
      loadedAt: '2026-01-05T12:00:00.000Z',
      contentHash: '00000000000000',
      text: LOCAL_FRAMEWORK_TEXT,
    },
  ];
  const meta: MetaRecord[] = [
    { key: 'lastChangeAt', value: '2026-10-01T09:00:00.000Z' },
    { key: 'lastBackupAt', value: '2026-09-01T09:00:00.000Z' },
    { key: 'firstChangeSinceBackupAt', value: '2026-10-01T09:00:00.000Z' },
    { key: 'persistRequested', value: '2026-01-10T09:00:01.000Z' },
    { key: 'persistGranted', value: true },
  ];
  return { facilities, assessments, frameworks, meta };
}

/** Version 2 only added an index: the same kind of data, written by a v2 build. */
function seedV2(): SeedData {
  const data = seedV1();
  return {
    ...data,
    assessments: data.assessments.map((a) => ({
      ...a,
      id: `v2-${a.id}`,
      previousAssessmentId: null,
    })),
  };
}

/**
 * Version 3 (exchange files): an evaluator's device with an imported facility and round next to
 * its own data, and the log of exchanged versions.
 */
function seedV3(): SeedData {
  const data = seedV2();
  const own = data.assessments[0]!;
  const marker = {
    facilityCode: 'GI-X',
    importedAt: '2026-12-01T09:00:00.000Z',
    nameShared: true,
  };
  return {
    ...data,
    facilities: [
      ...data.facilities,
      {
        ...data.facilities[0]!,
        id: 'imported-facility-1',
        name: 'Ingelezen voorziening',
        alias: 'GI-X',
        imported: marker,
      },
    ],
    assessments: [
      ...data.assessments.map((a) => ({ ...a, id: `v3-${a.id}` })),
      {
        ...own,
        id: 'imported-round-1',
        facilityId: 'imported-facility-1',
        imported: marker,
      },
    ],
    exchangeLog: [
      { roundId: 'imported-round-1', hashes: ['a'.repeat(64), 'b'.repeat(64)] },
      { roundId: `v3-${own.id}`, hashes: ['c'.repeat(64)] },
    ],
  };
}

const SEEDS: Record<number, () => SeedData> = { 1: seedV1, 2: seedV2, 3: seedV3 };

/** How data seeded at version N must look after upgrading to the current version. */
const EXPECTED_AFTER_UPGRADE: Record<number, (seed: SeedData) => SeedData> = {};

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

let counter = 0;
const uniqueName = () => `upgrade-test-${Date.now()}-${counter++}`;

/** A database as the build of `version` created it: frozen schemas 1..version only. */
function earlierBuild(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(FROZEN_STORES[v]!);
  opened.push(old);
  return old;
}

function current(name: string): KwaliteitskaderDb {
  const database = createDatabase(name);
  opened.push(database);
  return database;
}

async function seed(database: Dexie, data: SeedData): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await database.table('facilities').bulkAdd(data.facilities);
    await database.table('assessments').bulkAdd(data.assessments);
    await database.table('frameworks').bulkAdd(data.frameworks);
    await database.table('meta').bulkAdd(data.meta);
    if (data.exchangeLog) await database.table('exchangeLog').bulkAdd(data.exchangeLog);
  });
}

async function expectContents(database: KwaliteitskaderDb, expected: SeedData): Promise<void> {
  const byId = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(await database.facilities.toArray())).toEqual(byId(expected.facilities));
  expect(byId(await database.assessments.toArray())).toEqual(byId(expected.assessments));
  expect(await database.frameworks.toArray()).toEqual(expected.frameworks);
  const byKey = (items: MetaRecord[]) => [...items].sort((a, b) => a.key.localeCompare(b.key));
  expect(byKey(await database.meta.toArray())).toEqual(byKey(expected.meta));
  expect(
    (await database.exchangeLog.toArray()).sort((a, b) => a.roundId.localeCompare(b.roundId)),
  ).toEqual([...(expected.exchangeLog ?? [])].sort((a, b) => a.roundId.localeCompare(b.roundId)));
}

async function expectCurrentIndexesWork(
  database: KwaliteitskaderDb,
  data: SeedData,
): Promise<void> {
  const assessment = data.assessments[0]!;
  expect(
    (
      await database.assessments
        .where('[facilityId+frameworkId]')
        .equals([assessment.facilityId, assessment.frameworkId])
        .toArray()
    )
      .map((a) => a.id)
      .sort(),
  ).toEqual(
    data.assessments
      .filter(
        (a) => a.facilityId === assessment.facilityId && a.frameworkId === assessment.frameworkId,
      )
      .map((a) => a.id)
      .sort(),
  );
  expect(
    await database.assessments.where('facilityId').equals(assessment.facilityId).count(),
  ).toBeGreaterThan(0);
  expect(await database.assessments.where('status').equals('concept').count()).toBe(
    data.assessments.filter((a) => a.status === 'concept').length,
  );
  expect(await database.facilities.orderBy('name').count()).toBe(data.facilities.length);
  const summaryKeys = await database.assessments
    .orderBy('[facilityId+createdAt+status+periodLabel]')
    .keys();
  expect(summaryKeys.map((k) => (k as unknown as string[])[3]).sort()).toEqual(
    data.assessments.map((a) => a.periodLabel).sort(),
  );
  const framework = data.frameworks[0]!;
  expect(await database.frameworks.get([framework.id, framework.version])).toEqual(framework);
  expect(await database.frameworks.where('id').equals(framework.id).count()).toBe(1);
  expect(await database.meta.get('lastChangeAt')).toBeDefined();
}

describe('schema upgrades', () => {
  it('has a frozen schema and a realistic seed for every schema version', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      Array.from({ length: SCHEMA_VERSIONS.length }, (_, i) => i + 1),
    );
    for (const entry of SCHEMA_VERSIONS) {
      expect(FROZEN_STORES[entry.version], `frozen stores of v${entry.version}`).toEqual(
        entry.stores,
      );
      expect(SEEDS[entry.version], `seed for v${entry.version}`).toBeDefined();
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.reason.length).toBeGreaterThan(10);
    }
  });

  it('the seeds are valid records', () => {
    for (const makeSeed of Object.values(SEEDS)) {
      const data = makeSeed();
      for (const facility of data.facilities)
        expect(FacilitySchema.parse(facility)).toEqual(facility);
      for (const assessment of data.assessments)
        expect(AssessmentSchema.parse(assessment)).toEqual(assessment);
    }
  });

  for (const entry of SCHEMA_VERSIONS) {
    it(`opens a v${entry.version} database with data created by an earlier build, and nothing is lost`, async () => {
      const name = uniqueName();
      const data = SEEDS[entry.version]!();
      const old = earlierBuild(name, entry.version);
      await seed(old, data);
      old.close();

      const database = current(name);
      await database.open();
      expect(database.verno).toBe(CURRENT_SCHEMA_VERSION);
      const expected = (EXPECTED_AFTER_UPGRADE[entry.version] ?? ((d: SeedData) => d))(data);
      await expectContents(database, expected);
      await expectCurrentIndexesWork(database, expected);
    });
  }

  it('opens a v1 database written without Dexie (raw IndexedDB, version 10) and keeps every record', async () => {
    const name = uniqueName();
    const data = seedV1();
    await new Promise<void>((resolve, reject) => {
      // Dexie stores schema version v as IndexedDB version v * 10.
      const request = indexedDB.open(name, 10);
      request.onupgradeneeded = () => {
        const raw = request.result;
        const facilities = raw.createObjectStore('facilities', { keyPath: 'id' });
        facilities.createIndex('name', 'name');
        facilities.createIndex('updatedAt', 'updatedAt');
        const assessments = raw.createObjectStore('assessments', { keyPath: 'id' });
        assessments.createIndex('facilityId', 'facilityId');
        assessments.createIndex('[facilityId+frameworkId]', ['facilityId', 'frameworkId']);
        assessments.createIndex('status', 'status');
        assessments.createIndex('updatedAt', 'updatedAt');
        const frameworks = raw.createObjectStore('frameworks', { keyPath: ['id', 'version'] });
        frameworks.createIndex('id', 'id');
        raw.createObjectStore('meta', { keyPath: 'key' });
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const raw = request.result;
        const tx = raw.transaction(
          ['facilities', 'assessments', 'frameworks', 'meta'],
          'readwrite',
        );
        for (const f of data.facilities) tx.objectStore('facilities').put(f);
        for (const a of data.assessments) tx.objectStore('assessments').put(a);
        for (const f of data.frameworks) tx.objectStore('frameworks').put(f);
        for (const m of data.meta) tx.objectStore('meta').put(m);
        tx.oncomplete = () => {
          raw.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });

    const database = current(name);
    await database.open();
    await expectContents(database, data);
    await expectCurrentIndexesWork(database, data);
  });
});
