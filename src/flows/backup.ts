/**
 * Backup and restore as the user does them: export everything, check a file, preview what it
 * would change, apply it. Joins the pure file format (src/io/backup.ts), the pure restore planner
 * (src/domain/restore-plan.ts) and the database (src/db/backup-repo.ts), which never see each
 * other.
 *
 * A restore goes through these steps; each returns problems instead of throwing:
 *   1. parseBackup: the file on its own (io), then its references against this device.
 *   2. checkBackup: the same checks again on a Backup object handed in by a caller, because
 *      previewRestore and applyRestore write into the only copy of the user's data.
 *   3. prepareFrameworks: every embedded framework through the framework loader.
 *   4. planRestore (domain): add / replace / leave alone / conflict, against the local state.
 * A further check of the backup's content (e.g. semantic checks of each round) belongs in
 * `backupContentIssues` (for parseBackup's messages) and `checkBackup` (for the writers).
 */
import {
  readLocalReferences,
  readRestoreState,
  recordBackup,
  takeBackupSnapshot,
  writeRestore,
} from '../db/backup-repo';
import type { StoredFramework } from '../db/database';
import type { WriteResult } from '../db/errors';
import { isForbiddenKey } from '../domain/forbidden-keys';
import { frameworkContentHash } from '../domain/framework-model';
import {
  planRestore,
  restoreRequest,
  type PreparedFramework,
  type RestorePlan,
  type RestorePreview,
} from '../domain/restore-plan';
import type { Result } from '../domain/result';
import {
  buildBackup,
  checkReferences,
  describeError,
  fail,
  issue,
  parseBackupText,
  type BackupFile,
  type BackupIssue,
  type LocalReferences,
  type ParseBackupResult,
} from '../io/backup';
import { loadBundledFrameworks, type BundledFrameworks } from '../io/bundled-frameworks';
import { loadFrameworkText } from '../io/framework-loader';
import { BackupSchema, type Backup } from '../schemas/backup';

export type {
  RestoreConflict,
  RestoreItem,
  RestorePreview,
  RestoreTablePreview,
} from '../domain/restore-plan';
export type { BackupFile, BackupIssue, ParseBackupResult } from '../io/backup';

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

export interface BackupExport extends BackupFile {
  /** False when the backup's time could not be recorded (e.g. a full disk); the file is fine. */
  recorded: boolean;
}

/**
 * Builds a backup of all facilities, assessments and locally loaded frameworks, plus the bundled
 * framework versions that assessments use. Reads in one read-only transaction (reading works on
 * a full disk, the moment a backup matters most), then records lastBackupAt as best effort: when
 * that write fails the file is returned all the same, with `recorded: false`. Never throws.
 */
export async function exportBackup(now: Date = new Date()): Promise<WriteResult<BackupExport>> {
  const bundled = await loadBundledFrameworks();
  const snapshot = await takeBackupSnapshot();
  if (!snapshot.ok) return snapshot;
  let file: BackupFile;
  try {
    file = buildBackup(
      {
        ...snapshot.value,
        bundled: bundled.frameworks.map((item) => ({
          id: item.framework.id,
          version: item.framework.version,
          text: item.text,
        })),
      },
      now,
    );
  } catch (error) {
    return { ok: false, error: { kind: 'unknown', detail: describeError(error) } };
  }
  const recorded = await recordBackup(file.createdAt, snapshot.value);
  return { ok: true, value: { ...file, recorded: recorded.ok } };
}

// ---------------------------------------------------------------------------------------------
// Check
// ---------------------------------------------------------------------------------------------

const bundledKeys = (bundled: BundledFrameworks): Set<string> =>
  new Set(bundled.frameworks.map((b) => `${b.framework.id}@${b.framework.version}`));

/**
 * Problems with a well-formed backup's content, beyond its references. Empty for now; the place
 * for checks that need no local data.
 */
function backupContentIssues(_backup: Backup): BackupIssue[] {
  return [];
}

/**
 * Checks a backup file completely, including that every assessment's facility and framework
 * version is in the file or already on this device. Returns all problems; never throws.
 */
export async function parseBackup(text: string): Promise<ParseBackupResult> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) return parsed;
  const content = backupContentIssues(parsed.backup);
  if (content.length > 0) return fail(content);
  let local: LocalReferences;
  try {
    local = await readLocalReferences();
  } catch (error) {
    return fail([
      issue([], 'local-data-unavailable', {
        'nl-BE': `De gegevens op dit toestel konden niet gelezen worden (${describeError(error)}); probeer opnieuw na het herladen van de pagina.`,
        en: `The data on this device could not be read (${describeError(error)}); try again after reloading the page.`,
      }),
    ]);
  }
  const references = checkReferences(
    parsed.backup,
    local,
    bundledKeys(await loadBundledFrameworks()),
  );
  return references.length > 0 ? fail(references) : parsed;
}

// ---------------------------------------------------------------------------------------------
// Restore
// ---------------------------------------------------------------------------------------------

type Checked<T> = Result<T, { kind: 'invalid'; detail: string }>;

const invalid = (detail: string): { ok: false; error: { kind: 'invalid'; detail: string } } => ({
  ok: false,
  error: { kind: 'invalid', detail },
});

/**
 * The restore functions take a Backup from parseBackup, but they write into the only copy of
 * the user's data, so they re-check the shape themselves instead of trusting the caller.
 */
export function checkBackup(backup: Backup): Checked<Backup> {
  const parsed = BackupSchema.safeParse(backup);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return invalid(first ? `$.${first.path.map(String).join('.')}: ${first.message}` : 'backup');
  }
  for (const assessment of backup.assessments) {
    if (Object.keys(assessment.answers).some(isForbiddenKey)) {
      return invalid(`answers of assessment ${assessment.id}`);
    }
  }
  if (backupContentIssues(parsed.data).length > 0) return invalid('backup content');
  return { ok: true, value: parsed.data };
}

/** Parses the embedded framework texts once, outside any transaction. */
export function prepareFrameworks(
  backup: Backup,
  now: string,
): Checked<PreparedFramework<StoredFramework>[]> {
  const prepared: PreparedFramework<StoredFramework>[] = [];
  for (const [index, entry] of backup.frameworks.entries()) {
    const loaded = loadFrameworkText(entry.text);
    if (
      !loaded.ok ||
      loaded.framework.id !== entry.id ||
      loaded.framework.version !== entry.version
    ) {
      // parseBackup refuses such files; reaching this means the caller skipped it.
      return invalid(`$.frameworks[${index}]`);
    }
    const { framework } = loaded;
    prepared.push({
      record: {
        id: framework.id,
        version: framework.version,
        title: framework.title,
        status: framework.status,
        loadedAt: entry.loadedAt ?? now,
        contentHash: frameworkContentHash(framework),
        text: entry.text,
      },
      label: `${framework.title['nl-BE'] ?? framework.id} ${framework.version}`,
    });
  }
  return { ok: true, value: prepared };
}

interface RestoreInput {
  backup: Backup;
  prepared: PreparedFramework<StoredFramework>[];
  bundled: { id: string; version: string; contentHash: string }[];
}

async function restoreInput(backup: Backup, now: string): Promise<Checked<RestoreInput>> {
  const bundled = await loadBundledFrameworks();
  const checked = checkBackup(backup);
  if (!checked.ok) return checked;
  const prepared = prepareFrameworks(checked.value, now);
  if (!prepared.ok) return prepared;
  return {
    ok: true,
    value: {
      backup: checked.value,
      prepared: prepared.value,
      bundled: bundled.frameworks.map((b) => ({
        id: b.framework.id,
        version: b.framework.version,
        contentHash: b.contentHash,
      })),
    },
  };
}

/**
 * What restoring `backup` (already checked by parseBackup) would add, replace or leave alone, and
 * which frameworks conflict. Reads only.
 */
export async function previewRestore(
  backup: Backup,
  now: Date = new Date(),
): Promise<WriteResult<RestorePreview>> {
  const input = await restoreInput(backup, now.toISOString());
  if (!input.ok) return input;
  const { prepared, bundled } = input.value;
  const state = await readRestoreState(restoreRequest(input.value.backup));
  if (!state.ok) return state;
  const plan = planRestore(input.value.backup, prepared, bundled, state.value);
  return plan.ok ? { ok: true, value: plan.value.preview } : plan;
}

/**
 * Restores `backup` in ONE transaction: everything is written or, on any failure (quota, a
 * conflict found meanwhile, ...), nothing. Records with the same id are replaced by the backup's;
 * local records that are not in the backup stay. Refused with 'conflict' when a framework
 * conflicts. Returns what was done.
 */
export async function applyRestore(
  backup: Backup,
  now: Date = new Date(),
): Promise<WriteResult<RestorePreview>> {
  const at = now.toISOString();
  const input = await restoreInput(backup, at);
  if (!input.ok) return input;
  const { prepared, bundled } = input.value;
  const result = await writeRestore(
    restoreRequest(input.value.backup),
    (
      state,
    ): Result<RestorePlan<StoredFramework>, { kind: 'invalid' | 'conflict'; detail: string }> => {
      const plan = planRestore(input.value.backup, prepared, bundled, state);
      if (!plan.ok) return plan;
      if (!plan.value.preview.canApply) {
        return {
          ok: false,
          error: {
            kind: 'conflict',
            detail: plan.value.preview.conflicts.map((c) => `${c.id}@${c.version}`).join(', '),
          },
        };
      }
      return plan;
    },
    at,
  );
  return result.ok ? { ok: true, value: result.value.preview } : result;
}
