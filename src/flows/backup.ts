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
 * The meaning of each round (levels on the scale, known criteria, N/A rules, previous-round
 * links, status and dates, plausible timestamps, bounded strings) is checked by `roundIssues`,
 * with src/domain/validate-round.ts, the same check exchange imports use: in parseBackup for
 * the messages, and again before previewRestore and applyRestore touch the database.
 */
import { getAssessment } from '../db/assessments-repo';
import {
  readLocalReferences,
  readRestoreState,
  recordBackup,
  takeBackupSnapshot,
  writeRestore,
} from '../db/backup-repo';
import type { StoredFramework } from '../db/database';
import { toDbError, type WriteResult } from '../db/errors';
import { isForbiddenKey } from '../domain/forbidden-keys';
import { message } from '../domain/message';
import { frameworkContentHash } from '../domain/framework-model';
import {
  planRestore,
  restoreRequest,
  type PreparedFramework,
  type RestorePlan,
  type RestorePreview,
} from '../domain/restore-plan';
import type { Result } from '../domain/result';
import type { RoundFramework, RoundLink } from '../domain/validate-round';
import {
  buildBackup,
  checkReferences,
  checkRounds,
  previousRoundsOutside,
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
import { getFramework } from './framework-catalogue';
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
export async function exportBackup(
  now: Date = new Date(),
  options: { includeDemo?: boolean } = {},
): Promise<WriteResult<BackupExport>> {
  const bundled = await loadBundledFrameworks();
  const snapshot = await takeBackupSnapshot();
  if (!snapshot.ok) return snapshot;
  // The synthetic demo set (issue 12) is not the user's data: left out unless asked for.
  const keep = <T extends { demo?: true }>(records: T[]) =>
    options.includeDemo ? records : records.filter((r) => r.demo !== true);
  let file: BackupFile;
  try {
    file = buildBackup(
      {
        ...snapshot.value,
        facilities: keep(snapshot.value.facilities),
        assessments: keep(snapshot.value.assessments),
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
 * validateRound for every round of `backup`, against its framework version (embedded in the
 * file, bundled, or on this device) and with previous rounds from the file or this device.
 * Reads local data; throws only when the database cannot be read.
 */
async function roundIssues(
  backup: Backup,
  bundled: BundledFrameworks,
  now: Date,
): Promise<BackupIssue[]> {
  const frameworks = new Map<string, RoundFramework>();
  for (const entry of backup.frameworks) {
    const loaded = loadFrameworkText(entry.text);
    if (loaded.ok) frameworks.set(`${entry.id}@${entry.version}`, loaded.value);
  }
  for (const item of bundled.frameworks) {
    const key = `${item.framework.id}@${item.framework.version}`;
    if (!frameworks.has(key)) frameworks.set(key, item.framework);
  }
  for (const a of backup.assessments) {
    const key = `${a.frameworkId}@${a.frameworkVersion}`;
    if (frameworks.has(key)) continue;
    const local = await getFramework(a.frameworkId, a.frameworkVersion);
    if (local) frameworks.set(key, local);
  }
  const localRounds = new Map<string, RoundLink>();
  for (const id of previousRoundsOutside(backup)) {
    const local = await getAssessment(id);
    if (local) localRounds.set(id, { facilityId: local.facilityId, createdAt: local.createdAt });
  }
  return checkRounds(backup, frameworks, localRounds, now);
}

const localDataUnavailable = (error: unknown): BackupIssue =>
  issue(
    [],
    'local-data-unavailable',
    message('backup.localDataUnavailable', { detail: describeError(error).slice(0, 120) }),
  );

/**
 * Checks a backup file completely: the file itself, that every assessment's facility and
 * framework version is in the file or already on this device, and what every round means
 * (roundIssues). Returns all problems; never throws.
 */
export async function parseBackup(
  text: string,
  now: Date = new Date(),
): Promise<ParseBackupResult> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) return parsed;
  const content = backupContentIssues(parsed.value);
  if (content.length > 0) return fail(content);
  let local: LocalReferences;
  try {
    local = await readLocalReferences();
  } catch (error) {
    return fail([localDataUnavailable(error)]);
  }
  const bundled = await loadBundledFrameworks();
  const references = checkReferences(parsed.value, local, bundledKeys(bundled));
  if (references.length > 0) return fail(references);
  let rounds: BackupIssue[];
  try {
    rounds = await roundIssues(parsed.value, bundled, now);
  } catch (error) {
    return fail([localDataUnavailable(error)]);
  }
  return rounds.length > 0 ? fail(rounds) : parsed;
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
    if (!loaded.ok || loaded.value.id !== entry.id || loaded.value.version !== entry.version) {
      // parseBackup refuses such files; reaching this means the caller skipped it.
      return invalid(`$.frameworks[${index}]`);
    }
    const { value: framework } = loaded;
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

async function restoreInput(backup: Backup, at: Date): Promise<WriteResult<RestoreInput>> {
  const now = at.toISOString();
  const bundled = await loadBundledFrameworks();
  const checked = checkBackup(backup);
  if (!checked.ok) return checked;
  // The writers re-check meaning too: a caller that skipped parseBackup must not get an
  // off-scale level or a link to another facility's round into the database.
  let rounds: BackupIssue[];
  try {
    rounds = await roundIssues(checked.value, bundled, at);
  } catch (error) {
    // A previous round or framework on this device could not be read: nothing is written.
    return { ok: false, error: toDbError(error) };
  }
  if (rounds.length > 0) return invalid(`${rounds[0]!.path}: ${rounds[0]!.code}`);
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
  const input = await restoreInput(backup, now);
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
  const input = await restoreInput(backup, now);
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
