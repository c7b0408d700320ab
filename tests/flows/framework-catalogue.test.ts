// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '../../src/flows/assessments';
import { db } from '../../src/db/database';
import {
  compareSemver,
  deleteLocalFramework,
  getFramework,
  listFrameworks,
  saveLocalFramework,
} from '../../src/flows/framework-catalogue';
import { getLastChangeAt } from '../../src/db/meta-repo';
import { frameworkContentHash } from '../../src/domain/framework-model';
import { loadFrameworkModules } from '../../src/io/bundled-frameworks';
import {
  BUNDLED_FRAMEWORK,
  BUNDLED_FRAMEWORK_TEXT,
  LOCAL_FRAMEWORK,
  LOCAL_FRAMEWORK_TEXT,
  expectError,
  frameworkText,
  resetDatabase,
  seedFacility,
  unwrap,
} from '../db/fixtures';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../db/framework-fixtures')).mockBundledFrameworks(importOriginal),
);

beforeEach(resetDatabase);

describe('compareSemver', () => {
  it('follows semver precedence', () => {
    const sorted = [
      '1.0.0',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '2.0.0',
      '1.10.0',
      '1.2.0',
    ];
    expect([...sorted].sort(compareSemver)).toEqual([
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '1.10.0',
      '2.0.0',
    ]);
  });
});

describe('bundled frameworks', () => {
  it('loads each file through the loader, skipping schema files and reporting broken ones', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await loadFrameworkModules({
      '/frameworks/a.json': () => Promise.resolve(BUNDLED_FRAMEWORK_TEXT),
      '/frameworks/b.json': () => Promise.resolve('{ broken'),
      '/frameworks/c.json': () => Promise.resolve(BUNDLED_FRAMEWORK_TEXT),
      '/frameworks/framework.schema.json': () => Promise.resolve('{}'),
    });
    expect(result.frameworks.map((f) => f.file)).toEqual(['/frameworks/a.json']);
    expect(result.problems.map((p) => [p.file, p.errors[0]?.code])).toEqual([
      ['/frameworks/b.json', 'not-json'],
      ['/frameworks/c.json', 'duplicate-bundled'],
    ]);
    expect(error).toHaveBeenCalled();
  });
});

describe('framework catalogue', () => {
  it('lists bundled and local frameworks, by id then newest version first', async () => {
    expect((await listFrameworks()).map((e) => [e.id, e.version, e.source])).toEqual([
      [BUNDLED_FRAMEWORK.id, '1.0.0', 'bundled'],
    ]);
    for (const version of ['1.0.0', '1.10.0', '1.2.0-beta.1', '1.2.0']) {
      const saved = await saveLocalFramework(frameworkText(LOCAL_FRAMEWORK.id, version));
      expect(saved.ok).toBe(true);
    }
    expect((await listFrameworks()).map((e) => [e.id, e.version, e.source])).toEqual([
      [BUNDLED_FRAMEWORK.id, '1.0.0', 'bundled'],
      [LOCAL_FRAMEWORK.id, '1.10.0', 'local'],
      [LOCAL_FRAMEWORK.id, '1.2.0', 'local'],
      [LOCAL_FRAMEWORK.id, '1.2.0-beta.1', 'local'],
      [LOCAL_FRAMEWORK.id, '1.0.0', 'local'],
    ]);
  });

  it('stores the original text with title, status, hash and load time', async () => {
    const saved = await saveLocalFramework(LOCAL_FRAMEWORK_TEXT);
    if (!saved.ok) throw new Error('refused');
    expect(saved.entry).toMatchObject({
      id: LOCAL_FRAMEWORK.id,
      version: '1.0.0',
      source: 'local',
      status: 'concept',
    });
    const stored = await db.frameworks.get([LOCAL_FRAMEWORK.id, '1.0.0']);
    expect(stored).toEqual({
      id: LOCAL_FRAMEWORK.id,
      version: '1.0.0',
      title: saved.entry.framework.title,
      status: 'concept',
      loadedAt: expect.any(String),
      contentHash: frameworkContentHash(saved.entry.framework),
      text: LOCAL_FRAMEWORK_TEXT,
    });
    expect(await getLastChangeAt()).toBe(stored!.loadedAt);
    expect(await getFramework(LOCAL_FRAMEWORK.id, '1.0.0')).toEqual(saved.entry.framework);
    expect((await getFramework(BUNDLED_FRAMEWORK.id, '1.0.0'))?.id).toBe(BUNDLED_FRAMEWORK.id);
    expect(await getFramework('nope', '1.0.0')).toBeUndefined();
  });

  it('returns the loader problems of an invalid file', async () => {
    const result = await saveLocalFramework('{"formatVersion": 1}');
    expect(result.ok).toBe(false);
    expect('errors' in result && result.errors.length).toBeGreaterThan(0);
    expect(await db.frameworks.count()).toBe(0);
  });

  it('same id+version: same content is duplicate-same, other content duplicate-different (also vs bundled)', async () => {
    expect((await saveLocalFramework(LOCAL_FRAMEWORK_TEXT)).ok).toBe(true);
    // Same content, other formatting: still the same framework.
    const reformatted = JSON.stringify(JSON.parse(LOCAL_FRAMEWORK_TEXT));
    expect(await saveLocalFramework(reformatted)).toEqual({
      ok: false,
      error: { kind: 'duplicate-same' },
    });
    const changed = frameworkText(LOCAL_FRAMEWORK.id, '1.0.0', (v) => {
      (v.title as Record<string, string>)['nl-BE'] = 'Ander kader';
    });
    expect(await saveLocalFramework(changed)).toEqual({
      ok: false,
      error: { kind: 'duplicate-different' },
    });
    expect(await saveLocalFramework(BUNDLED_FRAMEWORK_TEXT)).toEqual({
      ok: false,
      error: { kind: 'duplicate-same' },
    });
    const changedBundled = frameworkText(BUNDLED_FRAMEWORK.id, '1.0.0', (v) => {
      v.normLevel = 3;
    });
    expect(await saveLocalFramework(changedBundled)).toEqual({
      ok: false,
      error: { kind: 'duplicate-different' },
    });
    expect(await db.frameworks.count()).toBe(1);
  });

  it('deletes a local framework, unless an assessment uses it', async () => {
    await saveLocalFramework(LOCAL_FRAMEWORK_TEXT);
    await saveLocalFramework(frameworkText(LOCAL_FRAMEWORK.id, '2.0.0'));
    const facility = await seedFacility();
    unwrap(
      await createAssessment({
        facilityId: facility.id,
        frameworkId: LOCAL_FRAMEWORK.id,
        frameworkVersion: '1.0.0',
        periodLabel: '2026',
        participants: [],
      }),
    );
    expectError(await deleteLocalFramework(LOCAL_FRAMEWORK.id, '1.0.0'), 'locked');
    expect(unwrap(await deleteLocalFramework(LOCAL_FRAMEWORK.id, '2.0.0'))).toBe(true);
    expectError(await deleteLocalFramework(LOCAL_FRAMEWORK.id, '2.0.0'), 'not-found');
    expectError(await deleteLocalFramework(BUNDLED_FRAMEWORK.id, '1.0.0'), 'not-found');
    expect((await listFrameworks()).map((e) => `${e.id}@${e.version}`)).toEqual([
      `${BUNDLED_FRAMEWORK.id}@1.0.0`,
      `${LOCAL_FRAMEWORK.id}@1.0.0`,
    ]);
  });
});
