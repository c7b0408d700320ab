/**
 * Database side of exchange files: reads the local state an import is planned against, writes a
 * planned import, and keeps the log of exchanged round versions. Knows no file format; the
 * flows in src/flows join it with src/io/exchange.
 */
import type { Table } from 'dexie';
import type { Assessment, Facility } from '../schemas/records';
import { db, type ExchangeLogRecord, type StoredFramework } from './database';
import { DbOperationError, type WriteResult } from './errors';
import { markChanged } from './meta-repo';
import { runWrite } from './write';

export interface ExchangeLocalState {
  facilities: Map<string, Facility>;
  rounds: Map<string, Assessment>;
  logs: Map<string, string[]>;
  /** Locally loaded frameworks by `id@version`. */
  frameworks: Map<string, StoredFramework>;
}

/**
 * `table.bulkGet(keys)`, asking only for the keys the table holds: one request for the table's
 * keys, then one per record found. An import of hundreds of new facilities would otherwise ask
 * once per absent key (thousands of requests that all come back empty).
 */
async function bulkGetStored<T>(
  table: Table<T, string>,
  keys: readonly string[],
): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  const stored = new Set(await table.toCollection().primaryKeys());
  const wanted = keys.filter((key) => stored.has(key));
  if (wanted.length === 0) return keys.map(() => undefined);
  const found = new Map<string, T | undefined>();
  const records = await table.bulkGet(wanted);
  wanted.forEach((key, index) => found.set(key, records[index]));
  return keys.map((key) => found.get(key));
}

/** The records an import touches, read in one transaction. Throws when the database fails. */
export async function readExchangeState(
  facilityIds: readonly string[],
  roundIds: readonly string[],
  frameworkKeys: readonly (readonly [string, string])[],
): Promise<ExchangeLocalState> {
  return db.transaction(
    'r',
    db.facilities,
    db.assessments,
    db.exchangeLog,
    db.frameworks,
    async () => {
      const facilities = await bulkGetStored(db.facilities, facilityIds);
      const rounds = await bulkGetStored(db.assessments, roundIds);
      const logs = await bulkGetStored(db.exchangeLog, roundIds);
      const frameworks = await db.frameworks.bulkGet(
        frameworkKeys.map(([id, version]): [string, string] => [id, version]),
      );
      const state: ExchangeLocalState = {
        facilities: new Map(),
        rounds: new Map(),
        logs: new Map(),
        frameworks: new Map(),
      };
      for (const facility of facilities) if (facility) state.facilities.set(facility.id, facility);
      for (const round of rounds) if (round) state.rounds.set(round.id, round);
      for (const log of logs) if (log) state.logs.set(log.roundId, log.hashes);
      for (const framework of frameworks) {
        if (framework) state.frameworks.set(`${framework.id}@${framework.version}`, framework);
      }
      return state;
    },
  );
}

/** What the state of a record must still be when the write happens (null: absent). */
export interface ImportExpectations {
  facilities: { id: string; updatedAt: string | null }[];
  rounds: { id: string; revision: number | null; updatedAt: string | null }[];
  logs: { roundId: string; count: number }[];
  frameworks: { id: string; version: string; contentHash: string | null }[];
}

/** The writes of one file; all of them happen or none. */
export interface ImportFileWrite {
  key: string;
  facility: Facility | null;
  rounds: Assessment[];
  frameworks: StoredFramework[];
  logs: ExchangeLogRecord[];
  expect: ImportExpectations;
}

export interface ImportWriteOutcome {
  /** Files whose writes were made. */
  written: string[];
  /** Files skipped because the local data changed since the preview (nothing written). */
  stale: string[];
}

/**
 * Writes the files in ONE transaction, in order. A file whose local records changed since it
 * was planned (another tab, an edit) is skipped whole and reported as stale; any database
 * failure rolls back every file. The records all files touch are read once and written once
 * per table (a batch of 500 files is two requests per table, not thousands).
 */
export function applyExchangeImport(
  files: readonly ImportFileWrite[],
  now: string,
): Promise<WriteResult<ImportWriteOutcome>> {
  return runWrite(() =>
    db.transaction(
      'rw',
      [db.facilities, db.assessments, db.frameworks, db.exchangeLog, db.meta],
      async () => {
        const facilityIds = [
          ...new Set(files.flatMap((f) => f.expect.facilities.map((e) => e.id))),
        ];
        const roundIds = [...new Set(files.flatMap((f) => f.expect.rounds.map((e) => e.id)))];
        const logIds = [...new Set(files.flatMap((f) => f.expect.logs.map((e) => e.roundId)))];
        const frameworkKeys = [
          ...new Map(
            files.flatMap((f) =>
              f.expect.frameworks.map((e) => [`${e.id}@${e.version}`, [e.id, e.version]] as const),
            ),
          ).values(),
        ];
        // The state as the files see it, advanced in memory as each file is accepted.
        const facilities = new Map<string, Facility | undefined>(
          (await bulkGetStored(db.facilities, facilityIds)).map(
            (r, i) => [facilityIds[i]!, r] as const,
          ),
        );
        const rounds = new Map<string, Assessment | undefined>(
          (await bulkGetStored(db.assessments, roundIds)).map((r, i) => [roundIds[i]!, r] as const),
        );
        const logs = new Map<string, ExchangeLogRecord | undefined>(
          (await bulkGetStored(db.exchangeLog, logIds)).map((r, i) => [logIds[i]!, r] as const),
        );
        const frameworks = new Map<string, StoredFramework | undefined>(
          (
            await db.frameworks.bulkGet(frameworkKeys.map(([id, v]): [string, string] => [id, v]))
          ).map((r, i) => [`${frameworkKeys[i]![0]}@${frameworkKeys[i]![1]}`, r] as const),
        );

        const outcome: ImportWriteOutcome = { written: [], stale: [] };
        const facilityWrites = new Map<string, Facility>();
        const roundWrites = new Map<string, Assessment>();
        const logWrites = new Map<string, ExchangeLogRecord>();
        const frameworkWrites = new Map<string, StoredFramework>();
        for (const file of files) {
          const { expect } = file;
          const asPlanned =
            expect.facilities.every(
              (e) => (facilities.get(e.id)?.updatedAt ?? null) === e.updatedAt,
            ) &&
            expect.rounds.every((e) => {
              const round = rounds.get(e.id);
              return (
                (round?.revision ?? null) === e.revision &&
                (round?.updatedAt ?? null) === e.updatedAt
              );
            }) &&
            expect.logs.every((e) => (logs.get(e.roundId)?.hashes.length ?? 0) === e.count) &&
            expect.frameworks.every(
              (e) =>
                (frameworks.get(`${e.id}@${e.version}`)?.contentHash ?? null) === e.contentHash,
            );
          if (!asPlanned) {
            outcome.stale.push(file.key);
            continue;
          }
          for (const framework of file.frameworks) {
            const key = `${framework.id}@${framework.version}`;
            frameworks.set(key, framework);
            frameworkWrites.set(key, framework);
          }
          if (file.facility) {
            facilities.set(file.facility.id, file.facility);
            facilityWrites.set(file.facility.id, file.facility);
          }
          for (const round of file.rounds) {
            rounds.set(round.id, round);
            roundWrites.set(round.id, round);
          }
          for (const log of file.logs) {
            logs.set(log.roundId, log);
            logWrites.set(log.roundId, log);
          }
          outcome.written.push(file.key);
        }
        if (frameworkWrites.size > 0) await db.frameworks.bulkAdd([...frameworkWrites.values()]);
        if (facilityWrites.size > 0) await db.facilities.bulkPut([...facilityWrites.values()]);
        if (roundWrites.size > 0) await db.assessments.bulkPut([...roundWrites.values()]);
        if (logWrites.size > 0) await db.exchangeLog.bulkPut([...logWrites.values()]);
        if (facilityWrites.size + roundWrites.size > 0) await markChanged(now);
        return outcome;
      },
    ),
  );
}

/** A facility and the chosen rounds (own records only), with their exchange logs. */
export async function readExportSource(
  facilityId: string,
  roundIds: readonly string[],
): Promise<{
  facility: Facility;
  rounds: Assessment[];
  logs: Map<string, string[]>;
  frameworks: StoredFramework[];
}> {
  return db.transaction(
    'r',
    db.facilities,
    db.assessments,
    db.exchangeLog,
    db.frameworks,
    async () => {
      const facility = await db.facilities.get(facilityId);
      if (!facility) throw new DbOperationError('not-found', `facility ${facilityId}`);
      const rounds = await db.assessments.bulkGet([...roundIds]);
      const found: Assessment[] = [];
      for (const [index, round] of rounds.entries()) {
        if (!round || round.facilityId !== facilityId) {
          throw new DbOperationError('not-found', `assessment ${roundIds[index]}`);
        }
        found.push(round);
      }
      const logs = new Map<string, string[]>();
      for (const log of await db.exchangeLog.bulkGet([...roundIds])) {
        if (log) logs.set(log.roundId, log.hashes);
      }
      const keys = new Map(found.map((r) => [`${r.frameworkId}@${r.frameworkVersion}`, r]));
      const frameworks = (
        await db.frameworks.bulkGet(
          [...keys.values()].map((r): [string, string] => [r.frameworkId, r.frameworkVersion]),
        )
      ).filter((f): f is StoredFramework => f !== undefined);
      return { facility, rounds: found, logs, frameworks };
    },
  );
}

/**
 * Remembers that these round versions left the device. Only appends; writing nothing when all
 * are known already.
 */
export function recordExported(
  entries: readonly { roundId: string; hash: string }[],
): Promise<WriteResult<true>> {
  return runWrite(() =>
    db.transaction('rw', db.exchangeLog, async () => {
      const logs = await db.exchangeLog.bulkGet(entries.map((e) => e.roundId));
      const updates: ExchangeLogRecord[] = [];
      for (const [index, entry] of entries.entries()) {
        const hashes = logs[index]?.hashes ?? [];
        if (!hashes.includes(entry.hash)) {
          updates.push({ roundId: entry.roundId, hashes: [...hashes, entry.hash] });
        }
      }
      if (updates.length > 0) await db.exchangeLog.bulkPut(updates);
      return true as const;
    }),
  );
}
