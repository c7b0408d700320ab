import type { Transaction } from 'dexie';

/**
 * Every version of the IndexedDB schema this app has ever shipped, oldest first.
 *
 * Rules (data on people's own devices must survive every update):
 * - Never edit or remove a shipped entry; a change is a NEW entry with the next version number.
 * - An entry lists only the stores it adds or changes (Dexie merges versions); `null` drops a store.
 * - When records must be rewritten, give the entry an `upgrade` that carries every record over.
 * - Each new version gets a seed fixture and a test in tests/db/upgrade.test.ts (the test fails
 *   when a version has no fixture), proving data created by the previous build is kept.
 *
 * Store syntax (Dexie): the first item is the primary key, the rest are indexes;
 * `[a+b]` is a compound key/index.
 */
export interface SchemaVersion {
  version: number;
  /** When and why this version was introduced. */
  date: string;
  reason: string;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-11-28',
    reason:
      'Initial schema. The compound index and the meta table are part of it from the start, ' +
      'because no build with an older database was ever shipped; a version 2 would carry no data.',
    stores: {
      // `archived` is a boolean and IndexedDB cannot index booleans (such records would simply
      // be missing from the index), so archived filtering happens in memory: there are at most
      // a few dozen facilities.
      facilities: 'id, name, updatedAt',
      assessments: 'id, facilityId, [facilityId+frameworkId], status, updatedAt',
      // Locally loaded framework files, one per id+version.
      frameworks: '[id+version], id',
      meta: 'key',
    },
  },
  {
    version: 2,
    date: '2026-11-28',
    reason:
      'The facility list shows every facility with its number of rounds and its latest round. ' +
      'Reading all assessments with their answers for that took 3.2 s with 500 facilities and ' +
      '5,000 assessments (npm run bench); this index lets it read index keys only. Dexie builds ' +
      'the index from the stored records, so no record is rewritten.',
    stores: {
      assessments:
        'id, facilityId, [facilityId+frameworkId], status, updatedAt, [facilityId+createdAt+status+periodLabel]',
    },
  },
  {
    version: 3,
    date: '2026-12-01',
    reason:
      'Exchange files (issue 11). Per round, the SHA-256 of every version this device sent or ' +
      'received in an exchange file, so an import can tell an update (the file continues a ' +
      'version known here) from a conflict (both sides edited since). Imported facilities and ' +
      'rounds carry an optional `imported` marker in their records, which needs no index: lists ' +
      'filter in memory. A new store only; no record is rewritten.',
    stores: {
      exchangeLog: 'roundId',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
