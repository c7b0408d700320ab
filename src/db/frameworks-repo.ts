import { db, type StoredFramework } from './database';
import { DbOperationError, type WriteResult } from './errors';
import { markChanged } from './meta-repo';
import { runWrite, readOrFail } from './write';

/**
 * Framework files the user loaded, as stored records. Reads and writes only: checking a file and
 * merging with the bundled frameworks happens in src/flows/framework-catalogue.ts.
 */

export type DuplicateKind = 'duplicate-different' | 'duplicate-same';

export function readStoredFrameworks(): Promise<StoredFramework[]> {
  return readOrFail(() => db.frameworks.toArray());
}

export function readStoredFramework(
  id: string,
  version: string,
): Promise<StoredFramework | undefined> {
  return readOrFail(() => db.frameworks.get([id, version]));
}

/**
 * Stores a checked framework file. The same id+version already stored is refused with
 * 'conflict' and detail 'duplicate-same' (same content) or 'duplicate-different'.
 */
export function addStoredFramework(record: StoredFramework): Promise<WriteResult<true>> {
  return runWrite(() =>
    db.transaction('rw', db.frameworks, db.meta, async () => {
      const existing = await db.frameworks.get([record.id, record.version]);
      if (existing) {
        const duplicate: DuplicateKind =
          existing.contentHash === record.contentHash ? 'duplicate-same' : 'duplicate-different';
        throw new DbOperationError('conflict', duplicate);
      }
      await db.frameworks.add(record);
      await markChanged(record.loadedAt);
      return true as const;
    }),
  );
}

/**
 * Removes a locally loaded framework. Refused ('locked', detail 'framework-in-use') while any
 * assessment is pinned to that id+version: those assessments could not be shown any more.
 */
export function deleteLocalFramework(id: string, version: string): Promise<WriteResult<true>> {
  return runWrite(() =>
    db.transaction('rw', db.frameworks, db.assessments, db.meta, async () => {
      const existing = await db.frameworks.get([id, version]);
      if (!existing) throw new DbOperationError('not-found', `framework ${id} ${version}`);
      // A full scan: assessments number in the hundreds at most.
      const inUse = await db.assessments
        .filter(
          (assessment) => assessment.frameworkId === id && assessment.frameworkVersion === version,
        )
        .count();
      if (inUse > 0) throw new DbOperationError('locked', 'framework-in-use');
      await db.frameworks.delete([id, version]);
      await markChanged(new Date().toISOString());
      return true as const;
    }),
  );
}
