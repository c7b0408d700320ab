// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { createFacility } from '../../src/db/facilities-repo';
import {
  applyRestore,
  parseBackup,
  previewRestore,
  type BackupIssue,
} from '../../src/flows/backup';
import { i18n } from '../../src/i18n';
import { BUNDLED_FRAMEWORK, facilityInput, resetDatabase, unwrap } from '../db/fixtures';
import { baseBackupText, hostileBackups } from '../io/hostile-backups';
import { say } from '../say';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../db/framework-fixtures')).mockBundledFrameworks(importOriginal),
);

const NOW = new Date('2026-06-01T12:00:00.000Z');

/** The sentence the restore screen shows for an issue (restore-section.tsx). */
function shown(issue: BackupIssue, lng: 'nl-BE' | 'en'): string {
  return issue.round
    ? i18n.t(`validation:round.${issue.round.code}`, { ...issue.round.params, lng })
    : say(issue.message, lng);
}

/** Every table of the database, in a stable order. */
async function dumpAll() {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** What the restore screen does with a file: check it, preview it, and only then write. */
async function restoreLikeTheScreen(text: string) {
  const parsed = await parseBackup(text, NOW);
  if (!parsed.ok)
    return {
      refusedAt: 'check' as const,
      codes: parsed.error.map((e) => e.code),
      errors: parsed.error,
    };
  const preview = unwrap(await previewRestore(parsed.value, NOW));
  if (!preview.canApply)
    return { refusedAt: 'preview' as const, codes: ['framework-conflict'], errors: [] };
  return {
    refusedAt: null,
    applied: await applyRestore(parsed.value, NOW),
    codes: [],
    errors: [],
  };
}

beforeEach(async () => {
  await resetDatabase();
  unwrap(await createFacility(facilityInput('Al op dit toestel')));
});

describe('hostile backups', { timeout: 120_000 }, () => {
  const corpus = hostileBackups(BUNDLED_FRAMEWORK);

  it('the corpus is large and covers every rule', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it('mutates a base that is itself accepted', async () => {
    const parsed = await parseBackup(baseBackupText(), NOW);
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
    const preview = parsed.ok ? unwrap(await previewRestore(parsed.value, NOW)) : null;
    expect(preview?.canApply).toBe(true);
  });

  it('refuses every hostile file with its own reason, bounded Dutch text, and changes nothing', async () => {
    const before = await dumpAll();
    const outcomes: string[] = [];
    for (const hostile of corpus) {
      const result = await restoreLikeTheScreen(hostile.text);
      outcomes.push(`${hostile.name}: ${result.refusedAt}`);
      expect(result.refusedAt, hostile.name).not.toBeNull();
      expect(result.codes, hostile.name).toContain(hostile.code);
      if (result.refusedAt === 'check')
        expect(result.errors.length, hostile.name).toBeGreaterThan(0);
      for (const error of result.errors) {
        const dutch = shown(error, 'nl-BE');
        expect(dutch.length, hostile.name).toBeGreaterThan(10);
        expect(dutch.length, hostile.name).toBeLessThanOrEqual(400);
        expect(shown(error, 'en').length, hostile.name).toBeLessThanOrEqual(400);
        expect(error.path.length, hostile.name).toBeLessThanOrEqual(160);
        // No engine or library English inside a Dutch sentence, and no untranslated key.
        expect(dutch, hostile.name).not.toMatch(
          /Unexpected|JSON at position|Expected|Invalid input|Unrecognized|is not valid JSON|^round\./,
        );
      }
      expect(await dumpAll(), hostile.name).toEqual(before);
    }
    expect(outcomes).toHaveLength(corpus.length);
  });

  it('the writers re-check meaning: a caller that skips the check writes nothing', async () => {
    const before = await dumpAll();
    const hostile = corpus.find((c) => c.name === 'previous round of another facility')!;
    const backup = JSON.parse(hostile.text) as Parameters<typeof applyRestore>[0];
    const preview = await previewRestore(backup, NOW);
    expect(preview.ok).toBe(false);
    const applied = await applyRestore(backup, NOW);
    expect(applied.ok ? null : applied.error.kind).toBe('invalid');
    expect(await dumpAll()).toEqual(before);
  });

  it('says where and why for a level off the scale, in both languages', async () => {
    const hostile = corpus.find((c) => c.name === 'level 99')!;
    const parsed = await parseBackup(hostile.text, NOW);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((e) => [e.path, e.code])).toEqual([
      ['$.assessments[1].answers["signalen-herkennen"].level', 'level-off-scale'],
    ]);
    const [only] = parsed.error;
    expect(shown(only!, 'nl-BE')).toBe(
      'Het niveau 99 ligt niet op de schaal van dit criterium (toegelaten: 1, 2, 3, 4, 5).',
    );
    expect(shown(only!, 'en')).toBe(
      "The level 99 is not on this criterion's scale (allowed: 1, 2, 3, 4, 5).",
    );
  });

  it('echoes a 1 MB unknown key only clipped', async () => {
    const base = JSON.parse(baseBackupText()) as { facilities: Record<string, unknown>[] };
    base.facilities[0]!['x'.repeat(1_000_000)] = 1;
    const parsed = await parseBackup(JSON.stringify(base), NOW);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const text = JSON.stringify(parsed.error);
    expect(text.length).toBeLessThan(2_000);
  });
});
