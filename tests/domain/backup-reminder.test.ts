import { describe, expect, it } from 'vitest';
import {
  BACKUP_REMINDER_DAYS,
  hasChangesSinceBackup,
  isBackupReminderDue,
  unsavedChangesSince,
  type BackupTimestamps,
} from '../../src/domain/backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-11-01T10:00:00.000Z');
const at = (days: number) => new Date(T0 + days * DAY).toISOString();
const now = (days: number) => new Date(T0 + days * DAY);

const state = (s: Partial<BackupTimestamps>): BackupTimestamps => ({
  lastChangeAt: null,
  lastBackupAt: null,
  firstChangeSinceBackupAt: null,
  ...s,
});

describe('backup reminder', () => {
  it('is 14 days', () => {
    expect(BACKUP_REMINDER_DAYS).toBe(14);
  });

  it('never reminds without any change', () => {
    expect(hasChangesSinceBackup(state({}))).toBe(false);
    expect(hasChangesSinceBackup(state({ lastBackupAt: at(0) }))).toBe(false);
    expect(unsavedChangesSince(state({}))).toBeNull();
    expect(isBackupReminderDue(state({}), now(1000))).toBe(false);
    expect(isBackupReminderDue(state({ lastBackupAt: at(0) }), now(1000))).toBe(false);
  });

  it('without any backup: reminds 14 days after the first change', () => {
    const s = state({ lastChangeAt: at(10), firstChangeSinceBackupAt: at(0) });
    expect(isBackupReminderDue(s, new Date(T0 + 14 * DAY - 1))).toBe(false);
    expect(isBackupReminderDue(s, now(14))).toBe(true);
  });

  it('keeps reminding while changes continue (the first change counts, not the latest)', () => {
    expect(
      isBackupReminderDue(
        state({ lastChangeAt: at(20), firstChangeSinceBackupAt: at(0) }),
        now(20),
      ),
    ).toBe(true);
  });

  it('no reminder when the latest backup contains every change', () => {
    const s = state({ lastChangeAt: at(0), lastBackupAt: at(1), firstChangeSinceBackupAt: null });
    expect(hasChangesSinceBackup(s)).toBe(false);
    expect(isBackupReminderDue(s, now(365))).toBe(false);
    // A backup made at the very moment of the last change contains it.
    const same = state({ lastChangeAt: at(2), lastBackupAt: at(2) });
    expect(hasChangesSinceBackup(same)).toBe(false);
    expect(unsavedChangesSince(same)).toBeNull();
    // One millisecond later, the change is not in it.
    const later = state({
      lastChangeAt: new Date(T0 + 2 * DAY + 1).toISOString(),
      lastBackupAt: at(2),
    });
    expect(hasChangesSinceBackup(later)).toBe(true);
  });

  it('after a backup: reminds 14 days after the first change that followed it', () => {
    const s = state({
      lastBackupAt: at(0),
      firstChangeSinceBackupAt: at(10),
      lastChangeAt: at(12),
    });
    expect(unsavedChangesSince(s)).toBe(T0 + 10 * DAY);
    // An old backup alone is no reason: the changes are only 13 days old.
    expect(isBackupReminderDue(s, now(23))).toBe(false);
    expect(isBackupReminderDue(s, now(24))).toBe(true);
  });

  it('falls back to the backup date when the first change was not recorded (or is stale)', () => {
    const missing = state({ lastBackupAt: at(0), lastChangeAt: at(12) });
    expect(isBackupReminderDue(missing, now(13))).toBe(false);
    expect(isBackupReminderDue(missing, now(14))).toBe(true);
    const stale = state({
      lastBackupAt: at(5),
      firstChangeSinceBackupAt: at(1),
      lastChangeAt: at(6),
    });
    expect(unsavedChangesSince(stale)).toBe(T0 + 5 * DAY);
  });

  it('without backup and without first-change record: counts from the last change', () => {
    const s = state({ lastChangeAt: at(3) });
    expect(isBackupReminderDue(s, now(16))).toBe(false);
    expect(isBackupReminderDue(s, now(17))).toBe(true);
  });

  it('ignores unreadable timestamps and clocks set back', () => {
    expect(isBackupReminderDue(state({ lastChangeAt: 'garbage' }), now(100))).toBe(false);
    expect(
      isBackupReminderDue(
        state({ lastChangeAt: at(0), lastBackupAt: 'garbage', firstChangeSinceBackupAt: at(0) }),
        now(14),
      ),
    ).toBe(true);
    expect(
      isBackupReminderDue(
        state({ lastChangeAt: at(10), firstChangeSinceBackupAt: at(10) }),
        now(0),
      ),
    ).toBe(false);
  });

  it('accepts another number of days', () => {
    const s = state({ lastChangeAt: at(0), firstChangeSinceBackupAt: at(0) });
    expect(isBackupReminderDue(s, now(7), 7)).toBe(true);
    expect(isBackupReminderDue(s, now(6), 7)).toBe(false);
  });
});
