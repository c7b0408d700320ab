/**
 * When to remind the user to make a backup. Pure date logic; the timestamps come from the
 * database's meta table (src/db/meta-repo.ts).
 *
 * Rule: remind when there are changes that are in no backup yet, and the oldest of those changes
 * (the first change after the last backup) is at least BACKUP_REMINDER_DAYS old. Everything is
 * kept on the device only, so a lost or wiped browser profile loses all unsaved work.
 */

export const BACKUP_REMINDER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupTimestamps {
  /** Latest successful change to facilities, assessments or frameworks (ISO datetime). */
  lastChangeAt: string | null;
  /** Latest backup export (ISO datetime). */
  lastBackupAt: string | null;
  /** First change after the latest backup (or ever, without a backup); null after a backup. */
  firstChangeSinceBackupAt: string | null;
}

function toTime(value: string | null | undefined): number | null {
  if (typeof value !== 'string' || value === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

/** True when some change is not contained in the latest backup. */
export function hasChangesSinceBackup(state: BackupTimestamps): boolean {
  const lastChange = toTime(state.lastChangeAt);
  if (lastChange === null) return false;
  const lastBackup = toTime(state.lastBackupAt);
  return lastBackup === null || lastChange > lastBackup;
}

/**
 * Moment from which the unsaved changes count: the recorded first change after the last backup;
 * without that record (or when it is not after the last backup, i.e. stale), the last backup,
 * and without any backup the last change (the safe side: the reminder comes later, never for
 * changes that do not exist).
 */
export function unsavedChangesSince(state: BackupTimestamps): number | null {
  if (!hasChangesSinceBackup(state)) return null;
  const lastBackup = toTime(state.lastBackupAt);
  const first = toTime(state.firstChangeSinceBackupAt);
  if (first !== null && (lastBackup === null || first > lastBackup)) return first;
  return lastBackup ?? toTime(state.lastChangeAt);
}

/** True when the user should be reminded to make a backup at `now`. */
export function isBackupReminderDue(
  state: BackupTimestamps,
  now: Date,
  days: number = BACKUP_REMINDER_DAYS,
): boolean {
  const since = unsavedChangesSince(state);
  if (since === null) return false;
  return now.getTime() - since >= days * DAY_MS;
}
