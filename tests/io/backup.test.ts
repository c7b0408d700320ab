// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_BACKUP_BYTES,
  backupFilename,
  checkReferences,
  parseBackupText,
  type BackupIssue,
  type ParseBackupResult,
} from '../../src/io/backup';
import { parseBackup } from '../../src/flows/backup';
import { BACKUP_FORMAT, type Backup } from '../../src/schemas/backup';
import {
  BUNDLED_FRAMEWORK,
  LOCAL_FRAMEWORK,
  LOCAL_FRAMEWORK_TEXT,
  frameworkText,
  resetDatabase,
  seedFacility,
} from '../db/fixtures';
import { say } from '../say';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../db/framework-fixtures')).mockBundledFrameworks(importOriginal),
);

const FACILITY_ID = '0b8f3c2e-6a51-4c1e-9a0e-1f2d3c4b5a61';

function validBackup(): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    createdAt: '2026-11-28T10:00:00.000Z',
    appVersion: '0.1.0',
    facilities: [
      {
        id: FACILITY_ID,
        name: 'De Kempen',
        type: 'gemeenschapsinstelling',
        region: 'antwerpen',
        alias: '',
        archived: false,
        createdAt: '2026-01-10T09:00:00.000Z',
        updatedAt: '2026-01-10T09:00:00.000Z',
      },
    ],
    assessments: [
      {
        id: 'a1',
        facilityId: FACILITY_ID,
        frameworkId: LOCAL_FRAMEWORK.id,
        frameworkVersion: LOCAL_FRAMEWORK.version,
        scoringMethodVersion: '1.0.0',
        periodLabel: '2026 voorjaar',
        participants: [{ role: 'teamcoach', count: 1 }],
        status: 'concept',
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-03-01T09:00:00.000Z',
        finalisedAt: null,
        reopenings: [],
        revision: 3,
        previousAssessmentId: null,
        answers: {
          'signalen-herkennen': {
            level: 3,
            notApplicable: false,
            naReason: '',
            target: null,
            evidence: [],
            actions: [],
            toDiscuss: false,
            updatedAt: '2026-03-01T09:00:00.000Z',
          },
        },
      },
    ],
    frameworks: [
      { id: LOCAL_FRAMEWORK.id, version: LOCAL_FRAMEWORK.version, text: LOCAL_FRAMEWORK_TEXT },
    ],
  };
}

const text = (value: unknown) => JSON.stringify(value);

function errorsOf(result: ParseBackupResult): BackupIssue[] {
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

function expectBilingual(issue: BackupIssue): void {
  expect(say(issue.message, 'nl-BE').length).toBeGreaterThan(10);
  expect(say(issue.message, 'en').length).toBeGreaterThan(10);
  expect(say(issue.message, 'nl-BE')).not.toBe(say(issue.message, 'en'));
}

describe('parseBackupText', () => {
  it('accepts a valid backup', () => {
    const result = parseBackupText(text(validBackup()));
    expect(result).toEqual({ ok: true, value: validBackup() });
  });

  it('accepts a byte order mark and pretty printing', () => {
    expect(parseBackupText(`\ufeff${JSON.stringify(validBackup(), null, 2)}`).ok).toBe(true);
  });

  it('refuses a truncated (corrupted) file with a clear message', () => {
    const full = JSON.stringify(validBackup(), null, 2);
    const errors = errorsOf(parseBackupText(full.slice(0, Math.floor(full.length / 2))));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '$', code: 'not-json' });
    expect(say(errors[0]!.message, 'en')).toMatch(
      /not valid JSON \(line \d+, column \d+\); it may be incomplete or damaged/,
    );
    // Where, from our own scanner; the engine's English never inside the Dutch sentence.
    expect(say(errors[0]!.message, 'nl-BE')).toMatch(/geen geldige JSON \(regel \d+, kolom \d+\)/);
    expect(say(errors[0]!.message, 'nl-BE')).not.toMatch(/Unexpected|Expected|position/);
    expectBilingual(errors[0]!);
  });

  it('refuses empty and non-text input without throwing', () => {
    expect(errorsOf(parseBackupText(''))[0]!.code).toBe('empty');
    expect(errorsOf(parseBackupText('   \n'))[0]!.code).toBe('empty');
    expect(errorsOf(parseBackupText(undefined as never))[0]!.code).toBe('not-a-backup');
  });

  it('refuses foreign JSON: "this is not a backup of this app"', () => {
    for (const foreign of [
      { hello: 'world' },
      [1, 2, 3],
      42,
      'text',
      null,
      { format: 'other-app', formatVersion: 1 },
    ]) {
      const errors = errorsOf(parseBackupText(text(foreign)));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.code).toBe('not-a-backup');
      expect(say(errors[0]!.message, 'en')).toContain('not a backup of this app');
      expect(say(errors[0]!.message, 'nl-BE')).toContain('geen back-up van deze app');
    }
  });

  it('recognises a framework file and says where it belongs', () => {
    const errors = errorsOf(parseBackupText(LOCAL_FRAMEWORK_TEXT));
    expect(errors[0]!.code).toBe('not-a-backup');
    expect(say(errors[0]!.message, 'en')).toMatch(/framework file/);
  });

  it('refuses hostile __proto__ / constructor / prototype keys anywhere, and pollutes nothing', () => {
    const hostile =
      '{"format":"kwaliteitskader-backup","formatVersion":1,"__proto__":{"polluted":true},' +
      '"facilities":[{"constructor":{"prototype":{"x":1}}}],"assessments":[],"frameworks":[],' +
      '"createdAt":"2026-11-28T10:00:00.000Z"}';
    const errors = errorsOf(parseBackupText(hostile));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['$.__proto__', 'forbidden-key'],
      ['$.facilities[0].constructor', 'forbidden-key'],
    ]);
    expectBilingual(errors[0]!);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nested __proto__ in answers', () => {
    const value = JSON.parse(text(validBackup())) as Record<string, unknown>;
    const json = JSON.stringify(value).replace('"signalen-herkennen":', '"__proto__":');
    expect(errorsOf(parseBackupText(json))[0]).toMatchObject({
      path: '$.assessments[0].answers.__proto__',
      code: 'forbidden-key',
    });
  });

  it('refuses absurd nesting and oversize files before parsing', () => {
    expect(errorsOf(parseBackupText('['.repeat(10_000) + ']'.repeat(10_000)))[0]!.code).toBe(
      'too-deep',
    );
    const huge = ' '.repeat(MAX_BACKUP_BYTES + 1);
    expect(errorsOf(parseBackupText(huge))[0]!.code).toBe('too-large');
  });

  it('refuses backups of a newer format version', () => {
    const errors = errorsOf(parseBackupText(text({ ...validBackup(), formatVersion: 2 })));
    expect(errors[0]).toMatchObject({ path: '$.formatVersion', code: 'format-version-newer' });
  });

  it('reports all schema problems, each with its path', () => {
    const backup = validBackup() as unknown as Record<string, unknown[]>;
    const broken = {
      ...validBackup(),
      facilities: [
        { ...(backup.facilities![0] as object), type: 'Hospital' },
        { ...(backup.facilities![0] as object), id: 'f2', name: '' },
      ],
      assessments: [{ ...(backup.assessments![0] as object), revision: -1, extra: true }],
    };
    const errors = errorsOf(parseBackupText(text(broken)));
    expect(errors.map((e) => e.path).sort()).toEqual(
      [
        '$.assessments[0].extra',
        '$.assessments[0].revision',
        '$.facilities[0].type',
        '$.facilities[1].name',
      ].sort(),
    );
    errors.forEach(expectBilingual);
  });

  it('refuses duplicate ids', () => {
    const backup = validBackup();
    backup.facilities.push({ ...backup.facilities[0]! });
    backup.assessments.push({ ...backup.assessments[0]! });
    backup.frameworks.push({ ...backup.frameworks[0]! });
    const errors = errorsOf(parseBackupText(text(backup)));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['$.facilities[1].id', 'duplicate-id'],
      ['$.assessments[1].id', 'duplicate-id'],
      ['$.frameworks[1]', 'duplicate-framework'],
    ]);
    // Each names the first place the id was used.
    expect(errors.map((e) => say(e.message, 'en'))).toEqual([
      expect.stringContaining('$.facilities[0].id'),
      expect.stringContaining('$.assessments[0].id'),
      expect.stringContaining('$.frameworks[0]'),
    ]);
  });

  it('refuses a round listed twice in the exchange history, naming the first', () => {
    const backup = validBackup();
    const hash = 'a'.repeat(64);
    backup.exchangeLog = [
      { roundId: 'r-1', hashes: [hash] },
      { roundId: 'r-2', hashes: [hash] },
      { roundId: 'r-1', hashes: [] },
    ];
    const errors = errorsOf(parseBackupText(text(backup)));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['$.exchangeLog[2].roundId', 'duplicate-id'],
    ]);
    expect(say(errors[0]!.message, 'en')).toContain('$.exchangeLog[0].roundId');
    expect(say(errors[0]!.message, 'en')).toContain('r-1');
  });

  it('re-checks embedded frameworks with the framework loader', () => {
    const backup = validBackup();
    backup.frameworks[0]!.text = '{"formatVersion": 1, "id": "x"}';
    const errors = errorsOf(parseBackupText(text(backup)));
    expect(errors.length).toBeGreaterThan(1);
    expect(
      errors.every((e) => e.path === '$.frameworks[0].text' && e.code === 'invalid-framework'),
    ).toBe(true);

    const mismatch = validBackup();
    mismatch.frameworks[0] = {
      id: LOCAL_FRAMEWORK.id,
      version: '1.0.0',
      text: frameworkText('ander-kader', '1.0.0'),
    };
    expect(errorsOf(parseBackupText(text(mismatch)))[0]!.code).toBe('framework-mismatch');

    // The same id but another version is just as much a mismatch.
    const otherVersion = validBackup();
    otherVersion.frameworks[0] = {
      id: LOCAL_FRAMEWORK.id,
      version: LOCAL_FRAMEWORK.version,
      text: frameworkText(LOCAL_FRAMEWORK.id, '2.0.0'),
    };
    expect(errorsOf(parseBackupText(text(otherVersion)))).toEqual([
      expect.objectContaining({ path: '$.frameworks[0]', code: 'framework-mismatch' }),
    ]);
  });

  it('checks references: assessment facility and framework must resolve', () => {
    const backup = validBackup();
    backup.facilities = [];
    backup.frameworks = [];
    const none = { facilityIds: new Set<string>(), frameworkKeys: new Set<string>() };
    expect(checkReferences(backup, none, new Set()).map((e) => [e.path, e.code])).toEqual([
      ['$.assessments[0].facilityId', 'missing-facility'],
      ['$.assessments[0].frameworkVersion', 'missing-framework'],
    ]);
    const local = {
      facilityIds: new Set([FACILITY_ID]),
      frameworkKeys: new Set([`${LOCAL_FRAMEWORK.id}@1.0.0`]),
    };
    expect(checkReferences(backup, local, new Set())).toEqual([]);
    backup.assessments[0]!.frameworkId = BUNDLED_FRAMEWORK.id;
    expect(checkReferences(backup, local, new Set([`${BUNDLED_FRAMEWORK.id}@1.0.0`]))).toEqual([]);
  });
});

describe('parseBackup (with local data)', () => {
  beforeEach(resetDatabase);

  it('refuses an assessment whose facility is neither in the file nor local', async () => {
    const backup = validBackup();
    backup.facilities = [];
    const errors = errorsOf(await parseBackup(text(backup)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      path: '$.assessments[0].facilityId',
      code: 'missing-facility',
    });
    expectBilingual(errors[0]!);
  });

  it('accepts it when the facility exists locally, and bundled frameworks count as present', async () => {
    const local = await seedFacility();
    const backup = validBackup();
    backup.facilities = [];
    backup.frameworks = [];
    backup.assessments[0]!.facilityId = local.id;
    backup.assessments[0]!.frameworkId = BUNDLED_FRAMEWORK.id;
    expect((await parseBackup(text(backup))).ok).toBe(true);
  });

  it('returns problems instead of throwing when the database cannot be read', async () => {
    const { db } = await import('../../src/db/database');
    db.close();
    const errors = errorsOf(await parseBackup(text(validBackup())));
    expect(errors[0]!.code).toBe('local-data-unavailable');
    await db.open();
  });
});

describe('backupFilename', () => {
  it('uses the local date', () => {
    expect(backupFilename(new Date(2026, 10, 28, 23, 59))).toBe(
      'kwaliteitskader-backup-2026-11-28.json',
    );
    expect(backupFilename(new Date(2027, 0, 5, 0, 1))).toBe(
      'kwaliteitskader-backup-2027-01-05.json',
    );
  });
});
