import { isBackupReminderDue, type BackupTimestamps } from '../domain/backup-reminder';
import { db, type KwaliteitskaderDb, type MetaKey, type MetaValue } from './database';
import { readOrFail } from './write';

async function readString(database: KwaliteitskaderDb, key: MetaKey): Promise<string | null> {
  const record = await database.meta.get(key);
  return typeof record?.value === 'string' ? record.value : null;
}

/**
 * Records a change to facilities, assessments or frameworks. Must be called inside the write's
 * own 'rw' transaction (which includes the meta table), so the change and its record commit or
 * roll back together.
 */
export async function markChanged(at: string, database: KwaliteitskaderDb = db): Promise<void> {
  await database.meta.put({ key: 'lastChangeAt', value: at });
  const first = await database.meta.get('firstChangeSinceBackupAt');
  if (typeof first?.value !== 'string') {
    await database.meta.put({ key: 'firstChangeSinceBackupAt', value: at });
  }
}

/** Records a backup; call inside the transaction that read the backed-up data. */
export async function markBackedUp(at: string, database: KwaliteitskaderDb = db): Promise<void> {
  await database.meta.put({ key: 'lastBackupAt', value: at });
  await database.meta.delete('firstChangeSinceBackupAt');
}

export async function readMetaValue(
  key: MetaKey,
  database: KwaliteitskaderDb = db,
): Promise<MetaValue | undefined> {
  const record = await database.meta.get(key);
  return record?.value;
}

/** ISO datetime of the latest backup export, or null if none was ever made. */
export function getLastBackupAt(): Promise<string | null> {
  return readOrFail(() => readString(db, 'lastBackupAt'));
}

/** ISO datetime of the latest change to facilities, assessments or frameworks, or null. */
export function getLastChangeAt(): Promise<string | null> {
  return readOrFail(() => readString(db, 'lastChangeAt'));
}

/** The three timestamps the backup reminder is based on. */
export function getBackupTimestamps(): Promise<BackupTimestamps> {
  return readOrFail(() =>
    db.transaction('r', db.meta, async () => ({
      lastChangeAt: await readString(db, 'lastChangeAt'),
      lastBackupAt: await readString(db, 'lastBackupAt'),
      firstChangeSinceBackupAt: await readString(db, 'firstChangeSinceBackupAt'),
    })),
  );
}

/**
 * True when changes exist that are in no backup and the first of them is at least 14 days old
 * (see src/domain/backup-reminder.ts).
 */
export async function needsBackupReminder(now: Date = new Date()): Promise<boolean> {
  return isBackupReminderDue(await getBackupTimestamps(), now);
}
