// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseBackupText } from '../../src/io/backup';
import { readExchangeText, writeExchangeText } from '../../src/io/exchange/format';
import { loadFrameworkText } from '../../src/io/framework-loader';
import { BACKUP_FORMAT } from '../../src/schemas/backup';
import { FacilitySchema } from '../../src/schemas/records';
import { HEAVY_TEST } from '../timeouts';
import { LOCAL_FRAMEWORK, LOCAL_FRAMEWORK_TEXT } from '../db/framework-fixtures';
import { payload, WRITE_OPTIONS } from './exchange/fixtures';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../db/framework-fixtures')).mockBundledFrameworks(importOriginal),
);

/** The fixed list of facility types the app had in code before frameworks declared them. */
const FORMER_FIXED_TYPES = [
  'gemeenschapsinstelling',
  'private-jeugdhulp',
  'vaph',
  'centrum-mensenhandel',
  'zorgcentrum-seksueel-geweld',
  'other',
];

function facility(id: string, type: string) {
  return {
    id,
    name: `Voorziening ${id}`,
    type,
    region: 'antwerpen',
    alias: '',
    archived: false,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
  };
}

/** A backup as the app wrote it before facility types came from frameworks (format 1). */
function oldBackup(types: readonly string[]) {
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    createdAt: '2026-11-28T10:00:00.000Z',
    appVersion: '0.1.0',
    facilities: types.map((type, i) => facility(`f${i}`, type)),
    assessments: [],
    frameworks: [
      { id: LOCAL_FRAMEWORK.id, version: LOCAL_FRAMEWORK.version, text: LOCAL_FRAMEWORK_TEXT },
    ],
  };
}

describe('facility types in files written before they came from frameworks', () => {
  it('the bundled 1.1.0 declares every former type (except "other", which the app offers)', () => {
    const text = readFileSync(
      new URL('../../frameworks/kwaliteitskader-tienerpooiers-1.1.0.json', import.meta.url),
      'utf8',
    );
    const loaded = loadFrameworkText(text);
    if (!loaded.ok) throw new Error('1.1.0 does not load');
    expect(loaded.value.facilityTypes?.map((t) => t.id)).toEqual(
      FORMER_FIXED_TYPES.filter((t) => t !== 'other'),
    );
  });

  it('an old backup with every former type reads unchanged', () => {
    const backup = oldBackup(FORMER_FIXED_TYPES);
    const result = parseBackupText(JSON.stringify(backup));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.facilities.map((f) => f.type)).toEqual(FORMER_FIXED_TYPES);
  });

  it('a type that no framework here declares is kept, not dropped', () => {
    const result = parseBackupText(JSON.stringify(oldBackup(['jeugdpsychiatrie', 'vaph'])));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.facilities.map((f) => f.type)).toEqual(['jeugdpsychiatrie', 'vaph']);
  });

  it('a type that is not an id is refused at its place', () => {
    const result = parseBackupText(JSON.stringify(oldBackup(['vaph', 'Gemeenschaps instelling'])));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((issue) => issue.path)).toContain('$.facilities[1].type');
    expect(FacilitySchema.safeParse(facility('x', '')).success).toBe(false);
    expect(FacilitySchema.safeParse(facility('x', 'a'.repeat(61))).success).toBe(false);
  });
});

describe('facility types in exchange files', HEAVY_TEST, () => {
  it('reads files with a former type and with a type unknown on this device', async () => {
    for (const type of ['zorgcentrum-seksueel-geweld', 'jeugdpsychiatrie']) {
      const file = payload({ facility: { ...payload().facility, type } });
      const result = await readExchangeText(await writeExchangeText(file, WRITE_OPTIONS));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.payload.facility.type).toBe(type);
    }
  });
});
