import './zod-config';
import { z } from 'zod';
import { AssessmentSchema, FacilitySchema } from './records';

/**
 * Backup file (formatVersion 1): everything the user created on this device, so it can be
 * restored on another device or after the browser lost its data. Frameworks travel as their
 * original file text and are re-checked by the framework loader on restore.
 */

export const BACKUP_FORMAT = 'kwaliteitskader-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** A framework file is at most 2 MiB (loader cap). */
const MAX_FRAMEWORK_TEXT = 2 * 1024 * 1024;

export const BackupFrameworkSchema = z.strictObject({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
  /** The original framework file text. */
  text: z.string().min(1).max(MAX_FRAMEWORK_TEXT),
  /** When it was loaded on the device that made the backup; kept so a restore is exact. */
  loadedAt: z.iso.datetime({ offset: true }).optional(),
});
export type BackupFramework = z.infer<typeof BackupFrameworkSchema>;

/**
 * The versions of a round this device exchanged (sent or read) in exchange files, so a restored
 * device still tells "no change" from "update" and "conflict" when the same files come again.
 */
export const BackupExchangeLogSchema = z.strictObject({
  roundId: z.string().min(1).max(100),
  hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1000),
});
export type BackupExchangeLog = z.infer<typeof BackupExchangeLogSchema>;

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().max(50).optional(),
  facilities: z.array(FacilitySchema).max(10_000),
  assessments: z.array(AssessmentSchema).max(100_000),
  frameworks: z.array(BackupFrameworkSchema).max(1_000),
  /** Absent in backups made before exchange files existed; those stay readable. */
  exchangeLog: z.array(BackupExchangeLogSchema).max(100_000).optional(),
});
export type Backup = z.infer<typeof BackupSchema>;
