import type { LocalRestoreState, RestoreRequest } from '../domain/restore-plan';
import type { Result } from '../domain/result';
import type { Assessment, Facility } from '../schemas/records';
import { db, type ExchangeLogRecord, type StoredFramework } from './database';
import { DbOperationError, type DbError, type WriteResult } from './errors';
import { markBackedUp, markChanged } from './meta-repo';
import { runWrite } from './write';

/**
 * Database side of backup and restore: reads and writes only. The file format lives in
 * src/io/backup.ts, the decisions in src/domain/restore-plan.ts, and src/flows/backup.ts joins
 * them.
 */

export interface BackupSnapshot {
  facilities: Facility[];
  assessments: Assessment[];
  frameworks: StoredFramework[];
  exchangeLog: ExchangeLogRecord[];
  /** meta lastChangeAt when the snapshot was read. */
  lastChangeAt: string | null;
}

/**
 * Reads everything to back up in ONE read-only transaction, with the lastChangeAt it saw, so
 * recordBackup can tell whether a change slipped in between. Reading works on a full disk; the
 * backup is meant precisely for that moment, so nothing here writes.
 */
export function takeBackupSnapshot(): Promise<WriteResult<BackupSnapshot>> {
  return runWrite(() =>
    db.transaction(
      'r',
      [db.facilities, db.assessments, db.frameworks, db.exchangeLog, db.meta],
      async () => {
        const changed = await db.meta.get('lastChangeAt');
        const snapshot: BackupSnapshot = {
          facilities: await db.facilities.orderBy('id').toArray(),
          assessments: await db.assessments.orderBy('id').toArray(),
          frameworks: await db.frameworks.toArray(),
          exchangeLog: await db.exchangeLog.orderBy('roundId').toArray(),
          lastChangeAt: typeof changed?.value === 'string' ? changed.value : null,
        };
        return snapshot;
      },
    ),
  );
}

/**
 * Records a backup made from `snapshot` (lastBackupAt = `createdAt`). Best effort: the caller
 * hands over the file whatever this returns (on a full disk this write fails, and the file is
 * what the user needs most). When a change was made after the snapshot, it is not in the file,
 * so it keeps counting as unsaved for the reminder.
 */
export function recordBackup(
  createdAt: string,
  snapshot: Pick<BackupSnapshot, 'lastChangeAt'>,
): Promise<WriteResult<true>> {
  return runWrite(() =>
    db.transaction('rw', db.meta, async () => {
      const changed = await db.meta.get('lastChangeAt');
      const now = typeof changed?.value === 'string' ? changed.value : null;
      if (now === snapshot.lastChangeAt) await markBackedUp(createdAt);
      else await db.meta.put({ key: 'lastBackupAt', value: createdAt });
      return true as const;
    }),
  );
}

/** What exists locally, for checking a backup's references before restoring it. */
export interface LocalReferences {
  facilityIds: Set<string>;
  /** `${id}@${version}` of locally stored frameworks. */
  frameworkKeys: Set<string>;
}

export async function readLocalReferences(): Promise<LocalReferences> {
  return db.transaction('r', db.facilities, db.frameworks, async () => ({
    facilityIds: new Set((await db.facilities.toCollection().primaryKeys()) as string[]),
    frameworkKeys: new Set(
      ((await db.frameworks.toCollection().primaryKeys()) as [string, string][]).map(
        ([id, version]) => `${id}@${version}`,
      ),
    ),
  }));
}

// ---------------------------------------------------------------------------------------------
// Restore
// ---------------------------------------------------------------------------------------------

/** Reads the local records a restore plan compares against; call inside a transaction. */
async function readState(request: RestoreRequest): Promise<LocalRestoreState> {
  const facilities = new Map<string, Facility>();
  for (const facility of await db.facilities.bulkGet(request.facilityIds)) {
    if (facility) facilities.set(facility.id, facility);
  }
  const assessments = new Map<string, Assessment>();
  for (const assessment of await db.assessments.bulkGet(request.assessmentIds)) {
    if (assessment) assessments.set(assessment.id, assessment);
  }
  const frameworkHashes = new Map<string, string>();
  for (const framework of await db.frameworks.bulkGet(request.frameworkKeys)) {
    if (framework)
      frameworkHashes.set(`${framework.id}@${framework.version}`, framework.contentHash);
  }
  const exchangeLogs = new Map<string, string[]>();
  for (const log of await db.exchangeLog.bulkGet(request.exchangeLogIds)) {
    if (log) exchangeLogs.set(log.roundId, log.hashes);
  }
  return { facilities, assessments, frameworkHashes, exchangeLogs };
}

/** The local state for a restore preview, read in one consistent transaction. */
export function readRestoreState(request: RestoreRequest): Promise<WriteResult<LocalRestoreState>> {
  return runWrite(() =>
    db.transaction('r', [db.facilities, db.assessments, db.frameworks, db.exchangeLog], () =>
      readState(request),
    ),
  );
}

/** The records a restore writes. */
export interface RestoreWrites {
  facilities: Facility[];
  assessments: Assessment[];
  frameworks: StoredFramework[];
  exchangeLog: ExchangeLogRecord[];
}

/**
 * Restores in ONE 'rw' transaction over all tables: reads the local state, lets `decide` (pure)
 * choose the records to write, and writes them; everything is written or, on any failure (quota,
 * a refusal from `decide`, ...), nothing. Deciding inside the transaction means a change made
 * meanwhile in another tab cannot slip between the decision and the write.
 */
export function writeRestore<P extends RestoreWrites>(
  request: RestoreRequest,
  decide: (state: LocalRestoreState) => Result<P, DbError>,
  now: string,
): Promise<WriteResult<P>> {
  return runWrite(() =>
    db.transaction(
      'rw',
      [db.facilities, db.assessments, db.frameworks, db.exchangeLog, db.meta],
      async () => {
        const decided = decide(await readState(request));
        if (!decided.ok) throw new DbOperationError(decided.error.kind, decided.error.detail);
        const plan = decided.value;
        // Facilities first, assessments last: a failure anywhere rolls all of it back.
        if (plan.facilities.length > 0) await db.facilities.bulkPut(plan.facilities);
        if (plan.frameworks.length > 0) await db.frameworks.bulkPut(plan.frameworks);
        if (plan.assessments.length > 0) await db.assessments.bulkPut(plan.assessments);
        if (plan.exchangeLog.length > 0) await db.exchangeLog.bulkPut(plan.exchangeLog);
        if (plan.facilities.length + plan.frameworks.length + plan.assessments.length > 0) {
          await markChanged(now);
        }
        return plan;
      },
    ),
  );
}
