import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { FrameworkStatus, LText } from '../schemas/framework';
import type { Assessment, Facility } from '../schemas/records';
import { SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'kwaliteitskader';

/** A framework file loaded by the user (bundled frameworks are never stored). */
export interface StoredFramework {
  id: string;
  version: string;
  title: LText;
  status: FrameworkStatus;
  loadedAt: string;
  /** frameworkContentHash of the parsed framework; tells same-version-different-content apart. */
  contentHash: string;
  /** The original file text, kept verbatim so it can be re-checked, exported and backed up. */
  text: string;
}

/**
 * The versions of one round (SHA-256 of its content, oldest first) that this device has sent or
 * received in exchange files; see src/domain/exchange-plan.ts.
 */
export interface ExchangeLogRecord {
  roundId: string;
  hashes: string[];
}

export type MetaKey =
  | 'lastBackupAt'
  | 'lastChangeAt'
  /** First change after the last backup; cleared by a backup. Makes the reminder exact. */
  | 'firstChangeSinceBackupAt'
  /** When the browser was asked for persistent storage (ISO datetime). */
  | 'persistRequested'
  /** The browser's answer to that request. */
  | 'persistGranted'
  /** The imported sector benchmark file's text (issue 12); re-checked whenever it is read. */
  | 'sectorBenchmark';

export type MetaValue = string | number | boolean | null;

export interface MetaRecord {
  key: MetaKey;
  value: MetaValue;
}

/**
 * Why the database connection stopped: another tab upgraded or deleted it (this tab's
 * connection is closed and the page must reload), or this tab's own upgrade is blocked by a tab
 * still holding an older version open.
 */
export type DatabaseInterruption = 'upgraded' | 'deleted' | 'blocked';

export class KwaliteitskaderDb extends Dexie {
  declare facilities: Table<Facility, string>;
  declare assessments: Table<Assessment, string>;
  declare frameworks: Table<StoredFramework, [string, string]>;
  declare meta: Table<MetaRecord, MetaKey>;
  declare exchangeLog: Table<ExchangeLogRecord, string>;

  private readonly interruptionListeners = new Set<(reason: DatabaseInterruption) => void>();

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const entry of SCHEMA_VERSIONS) {
      const version = this.version(entry.version).stores({ ...entry.stores });
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }

    this.on('versionchange', (event: IDBVersionChangeEvent) => {
      // Close for good (no auto re-open): this tab's code only knows the older schema and must
      // not keep writing next to a newer build. Returning false skips Dexie's default handler,
      // which would close with auto re-open enabled.
      this.close({ disableAutoOpen: true });
      this.notify(event.newVersion ? 'upgraded' : 'deleted');
      return false;
    });
    this.on('blocked', () => {
      this.notify('blocked');
    });
  }

  /** Subscribes to interruptions of this connection; returns the unsubscribe function. */
  onInterrupted(listener: (reason: DatabaseInterruption) => void): () => void {
    this.interruptionListeners.add(listener);
    return () => {
      this.interruptionListeners.delete(listener);
    };
  }

  private notify(reason: DatabaseInterruption): void {
    for (const listener of [...this.interruptionListeners]) {
      try {
        listener(reason);
      } catch (error) {
        // One faulty listener must not keep the others from hearing about it.
        console.error(error);
      }
    }
  }
}

/** A database with the full schema; tests use their own names to stay independent. */
export function createDatabase(
  name: string = DATABASE_NAME,
  options?: DexieOptions,
): KwaliteitskaderDb {
  return new KwaliteitskaderDb(name, options);
}

/** The one database of the app. */
export const db: KwaliteitskaderDb = createDatabase();

/**
 * Called when another tab upgraded (or deleted) the database, which closes this tab's
 * connection, or when this tab's upgrade is blocked by another tab. The UI should ask the user to
 * reload (blocked: to close other tabs of this app). Returns the unsubscribe function.
 */
export function onDatabaseBlockedOrUpgraded(
  cb: (reason: DatabaseInterruption) => void,
): () => void {
  return db.onInterrupted(cb);
}
