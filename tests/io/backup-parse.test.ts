// Pure checks of backup files (no database, no mocked modules): what a caller of parseBackupText,
// checkReferences, previousRoundsOutside and buildBackup relies on.
import { describe, expect, it } from 'vitest';
import {
  MAX_BACKUP_ISSUES,
  MAX_ISSUE_PATH,
  MAX_ISSUE_TEXT,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  buildBackup,
  checkReferences,
  checkRounds,
  describeError,
  fail,
  issue,
  parseBackupText,
  previousRoundsOutside,
  type BackupIssue,
  type ParseBackupResult,
} from '../../src/io/backup';
import { message } from '../../src/domain/message';
import { BACKUP_FORMAT, type Backup } from '../../src/schemas/backup';
import type { Assessment, Facility } from '../../src/schemas/records';
import { loadFrameworkValue } from '../../src/io/framework-loader';
import minimalValid from './fixtures/minimal-valid.json';

const FRAMEWORK_TEXT = JSON.stringify(minimalValid);
const STAMP = '2026-03-01T09:00:00.000Z';

const facility = (id: string): Facility => ({
  id,
  name: `Voorziening ${id}`,
  type: 'gemeenschapsinstelling',
  region: 'antwerpen',
  alias: '',
  archived: false,
  createdAt: STAMP,
  updatedAt: STAMP,
});

const round = (id: string, patch: Partial<Assessment> = {}): Assessment => ({
  id,
  facilityId: 'f1',
  frameworkId: 'minimaal-kader',
  frameworkVersion: '1.0.0',
  scoringMethodVersion: '1.0.0',
  periodLabel: '2026 voorjaar',
  participants: [],
  status: 'concept',
  createdAt: STAMP,
  updatedAt: STAMP,
  finalisedAt: null,
  reopenings: [],
  revision: 1,
  previousAssessmentId: null,
  answers: {},
  ...patch,
});

function backup(patch: Partial<Backup> = {}): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    createdAt: STAMP,
    appVersion: '0.1.0',
    facilities: [facility('f1')],
    assessments: [round('a1')],
    frameworks: [{ id: 'minimaal-kader', version: '1.0.0', text: FRAMEWORK_TEXT }],
    ...patch,
  };
}

function errorsOf(result: ParseBackupResult): BackupIssue[] {
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

const sample = (i: number): BackupIssue =>
  issue(['assessments', i], 'duplicate-id', message('backup.duplicateId', { id: `x${i}` }));

describe('fail: the issues a refused backup reports', () => {
  it('reports up to the limit as they are, each with its text capped', () => {
    const errors = errorsOf(fail(Array.from({ length: MAX_BACKUP_ISSUES }, (_, i) => sample(i))));
    expect(errors).toHaveLength(MAX_BACKUP_ISSUES);
    expect(errors.at(-1)!.path).toBe(`$.assessments[${MAX_BACKUP_ISSUES - 1}]`);
    expect(errors.every((e) => e.message.maxLength === MAX_ISSUE_TEXT)).toBe(true);
  });

  it('summarises everything past the limit in one final issue', () => {
    const errors = errorsOf(
      fail(Array.from({ length: MAX_BACKUP_ISSUES + 7 }, (_, i) => sample(i))),
    );
    expect(errors).toHaveLength(MAX_BACKUP_ISSUES + 1);
    expect(errors.at(-1)).toMatchObject({
      path: '$',
      code: 'too-many-issues',
      message: { key: 'backup.tooManyIssues', params: { more: 7 } },
    });
  });

  it('cuts a long path, and keeps the finding of a broken round rule', () => {
    const long: BackupIssue = {
      path: `$${'.abc'.repeat(100)}`,
      code: 'x',
      message: sample(0).message,
    };
    const [cut] = errorsOf(fail([long]));
    expect(cut!.path).toHaveLength(MAX_ISSUE_PATH);
    expect(cut!.path.endsWith('…')).toBe(true);
    expect(long.path.startsWith(cut!.path.slice(0, -1))).toBe(true);
    const exact: BackupIssue = { ...long, path: long.path.slice(0, MAX_ISSUE_PATH) };
    expect(errorsOf(fail([exact]))[0]!.path).toBe(exact.path);

    const withRound: BackupIssue = { ...sample(0), round: { code: 'level-off-scale', params: {} } };
    expect(errorsOf(fail([withRound]))[0]!.round).toEqual({ code: 'level-off-scale', params: {} });
    expect(errorsOf(fail([sample(0)]))[0]).not.toHaveProperty('round');
  });
});

describe('describeError', () => {
  it('gives the message, the name of an error without one, or the value as text', () => {
    expect(describeError(new TypeError('kapot'))).toBe('kapot');
    expect(describeError(new TypeError())).toBe('TypeError');
    expect(describeError(42)).toBe('42');
  });
});

describe('parseBackupText', () => {
  it('accepts a backup with its framework', () => {
    const parsed = parseBackupText(JSON.stringify(backup()));
    expect(parsed.ok).toBe(true);
  });

  // Named so the mutation run leaves it out (vitest.mutation.config.ts): megabytes through
  // instrumented code take minutes.
  it('refuses a string of megabytes, saying its size and the limit', () => {
    const huge = 'x'.repeat(MAX_BACKUP_BYTES + 1);
    expect(errorsOf(parseBackupText(huge))[0]).toMatchObject({
      code: 'too-large',
      message: { params: { size: MAX_BACKUP_BYTES + 1, max: MAX_BACKUP_BYTES } },
    });
  });

  it('says how deep a file may nest', () => {
    const deep = '['.repeat(MAX_BACKUP_DEPTH + 1) + ']'.repeat(MAX_BACKUP_DEPTH + 1);
    expect(errorsOf(parseBackupText(deep))[0]).toMatchObject({
      code: 'too-deep',
      message: { params: { max: MAX_BACKUP_DEPTH } },
    });
  });

  it('names the forbidden key it found', () => {
    const errors = errorsOf(parseBackupText('{"format": "x", "a": {"constructor": 1}}'));
    expect(errors).toEqual([
      expect.objectContaining({
        path: '$.a.constructor',
        code: 'forbidden-key',
        message: expect.objectContaining({ params: { key: 'constructor' } }),
      }),
    ]);
  });

  it('points at the format field when there is one, else at the whole file', () => {
    expect(errorsOf(parseBackupText('{"format": "iets-anders"}'))[0]).toMatchObject({
      path: '$.format',
      code: 'not-a-backup',
    });
    expect(errorsOf(parseBackupText('[1, 2]'))[0]).toMatchObject({
      path: '$',
      code: 'not-a-backup',
    });
    expect(errorsOf(parseBackupText('{"name": "x"}'))[0]).toMatchObject({ path: '$' });
    for (const text of ['"een tekst"', '42', 'null', 'true']) {
      expect(errorsOf(parseBackupText(text))).toEqual([
        expect.objectContaining({ path: '$', code: 'not-a-backup' }),
      ]);
    }
  });

  it('calls a file a framework only when it has domains and a formatVersion and no format', () => {
    const keyOf = (value: unknown) =>
      errorsOf(parseBackupText(JSON.stringify(value)))[0]!.message.key;
    expect(keyOf({ formatVersion: 1, domains: [] })).toBe('backup.notABackupFramework');
    expect(keyOf({ formatVersion: 1 })).toBe('backup.notABackup');
    expect(keyOf({ domains: [] })).toBe('backup.notABackup');
    expect(keyOf({ format: 'x', formatVersion: 1, domains: [] })).toBe('backup.notABackup');
  });

  it('refuses as newer only a whole-number format version above its own', () => {
    const codeOf = (formatVersion: unknown) =>
      errorsOf(parseBackupText(JSON.stringify({ ...backup(), formatVersion })))[0]!.code;
    expect(codeOf(2)).toBe('format-version-newer');
    expect(codeOf(1.5)).not.toBe('format-version-newer');
    expect(codeOf('2')).not.toBe('format-version-newer');
  });

  it('reports a framework listed twice once, without loading the second copy', () => {
    const twice = backup({
      frameworks: [
        { id: 'minimaal-kader', version: '1.0.0', text: FRAMEWORK_TEXT },
        { id: 'minimaal-kader', version: '1.0.0', text: '{"kapot": true}' },
      ],
    });
    expect(errorsOf(parseBackupText(JSON.stringify(twice)))).toEqual([
      expect.objectContaining({ path: '$.frameworks[1]', code: 'duplicate-framework' }),
    ]);
  });
});

describe('checkRounds', () => {
  const loaded = loadFrameworkValue(structuredClone(minimalValid));
  if (!loaded.ok) throw new Error('fixture framework did not load');
  const frameworks = new Map([['minimaal-kader@1.0.0', loaded.value]]);
  const NOW = new Date('2026-11-28T10:00:00.000Z');

  it('reports a broken rule at the round, with the finding for the screen', () => {
    const file = backup({ assessments: [round('a1'), round('a2', { finalisedAt: STAMP })] });
    expect(checkRounds(file, frameworks, new Map(), NOW)).toEqual([
      {
        path: '$.assessments[1].finalisedAt',
        code: 'concept-with-finalised-date',
        message: { key: 'backup.roundRule', params: { code: 'concept-with-finalised-date' } },
        round: { code: 'concept-with-finalised-date', params: {} },
      },
    ]);
  });

  it('looks a previous round up in the file before the rounds on this device', () => {
    const file = backup({
      assessments: [
        round('a1'),
        round('a2', {
          previousAssessmentId: 'a1',
          createdAt: '2026-04-01T09:00:00.000Z',
          updatedAt: '2026-04-01T09:00:00.000Z',
        }),
      ],
    });
    const local = new Map([['a1', { facilityId: 'elders', createdAt: STAMP }]]);
    expect(checkRounds(file, frameworks, local, NOW)).toEqual([]);
    const outside = backup({ assessments: [file.assessments[1]!] });
    expect(checkRounds(outside, frameworks, local, NOW).map((i) => i.code)).toEqual([
      'previous-other-facility',
    ]);
  });

  it('stops checking rounds once more than the limit of issues is found', () => {
    // 25 reopenings before the round was made: 20 findings per round (the per-round cap).
    const broken = (id: string) =>
      round(id, {
        reopenings: Array.from({ length: 25 }, () => ({
          at: '2026-01-01T09:00:00.000Z',
          reason: 'Heropend',
        })),
      });
    const file = backup({ assessments: Array.from({ length: 13 }, (_, i) => broken(`a${i}`)) });
    const issues = checkRounds(file, frameworks, new Map(), NOW);
    expect(issues).toHaveLength(220);
    expect(issues.at(-1)!.path).toMatch(/^\$\.assessments\[10\]\./);
  });
});

describe('checkReferences', () => {
  it('a facility carried in the file needs no local copy', () => {
    const none = { facilityIds: new Set<string>(), frameworkKeys: new Set<string>() };
    expect(checkReferences(backup(), none, new Set())).toEqual([]);
    const elsewhere = backup({ facilities: [] });
    expect(checkReferences(elsewhere, none, new Set()).map((i) => i.code)).toEqual([
      'missing-facility',
    ]);
    expect(
      checkReferences(elsewhere, { ...none, facilityIds: new Set(['f1']) }, new Set()),
    ).toEqual([]);
  });
});

describe('previousRoundsOutside', () => {
  it('lists each previous round the file names but does not carry, once', () => {
    const file = backup({
      assessments: [
        round('a1'),
        round('a2', { previousAssessmentId: 'a1' }),
        round('a3', { previousAssessmentId: 'elders' }),
        round('a4', { previousAssessmentId: 'elders' }),
      ],
    });
    expect(previousRoundsOutside(file)).toEqual(['elders']);
  });
});

describe('buildBackup', () => {
  const NOW = new Date('2026-11-28T10:00:00.000Z');
  const fw = (id: string, version: string) => ({ id, version, text: `${id}@${version}` });

  it('lists local frameworks by id, then version, and adds only the bundled versions rounds use', () => {
    const file = buildBackup(
      {
        facilities: [],
        assessments: [
          round('a1', { frameworkId: 'kader', frameworkVersion: '1.0.0' }),
          round('a2', { frameworkId: 'b-kader', frameworkVersion: '2.0.0' }),
        ],
        frameworks: [fw('b-kader', '2.0.0'), fw('b-kader', '1.0.0'), fw('a-kader', '1.0.0')],
        bundled: [
          { id: 'kader', version: '1.0.0', text: 'gebundeld' },
          { id: 'kader', version: '0.9.0', text: 'ongebruikt' },
          { id: 'b-kader', version: '2.0.0', text: 'dubbel' },
        ],
      },
      NOW,
    );
    const written = JSON.parse(file.json) as Backup;
    expect(written.frameworks.map((f) => [f.id, f.version, f.text])).toEqual([
      ['a-kader', '1.0.0', 'a-kader@1.0.0'],
      ['b-kader', '1.0.0', 'b-kader@1.0.0'],
      ['b-kader', '2.0.0', 'b-kader@2.0.0'],
      ['kader', '1.0.0', 'gebundeld'],
    ]);
    expect(written.createdAt).toBe(NOW.toISOString());
    expect(file.createdAt).toBe(NOW.toISOString());
  });

  it('writes the import history by round, with every version hash', () => {
    const file = buildBackup(
      {
        facilities: [],
        assessments: [],
        frameworks: [],
        bundled: [],
        exchangeLog: [
          { roundId: 'r2', hashes: ['h3'] },
          { roundId: 'r1', hashes: ['h1', 'h2'] },
          { roundId: 'r3', hashes: [] },
        ],
      },
      NOW,
    );
    expect((JSON.parse(file.json) as Backup).exchangeLog).toEqual([
      { roundId: 'r1', hashes: ['h1', 'h2'] },
      { roundId: 'r2', hashes: ['h3'] },
      { roundId: 'r3', hashes: [] },
    ]);
  });

  it('writes a file that reads back as the same backup', () => {
    const contents = {
      facilities: [facility('f1')],
      assessments: [round('a1')],
      frameworks: [{ id: 'minimaal-kader', version: '1.0.0', text: FRAMEWORK_TEXT }],
      bundled: [],
    };
    const parsed = parseBackupText(buildBackup(contents, NOW).json);
    expect(parsed.ok && parsed.value.assessments).toEqual(contents.assessments);
    expect(parsed.ok && parsed.value.facilities).toEqual(contents.facilities);
  });
});
