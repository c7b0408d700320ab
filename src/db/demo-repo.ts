import {
  AssessmentSchema,
  FacilitySchema,
  type Assessment,
  type Facility,
} from '../schemas/records';
import { db } from './database';
import { DbOperationError, type WriteResult } from './errors';
import { readOrFail, runWrite } from './write';

/**
 * The demo set's records (marked `demo: true`). Loading replaces any earlier demo set; removing
 * deletes every demo record and nothing else. Neither counts as a change worth a backup
 * reminder: demo records stay out of backups by default.
 */

export interface DemoCounts {
  facilities: number;
  assessments: number;
}

export function writeDemoSet(set: {
  facilities: readonly Facility[];
  assessments: readonly Assessment[];
}): Promise<WriteResult<DemoCounts>> {
  return runWrite(() =>
    db.transaction('rw', db.facilities, db.assessments, db.exchangeLog, async () => {
      const facilities = set.facilities.map((f) => {
        const parsed = FacilitySchema.safeParse(f);
        if (!parsed.success || parsed.data.demo !== true) {
          throw new DbOperationError('invalid', `demo facility ${f.id}`);
        }
        return parsed.data;
      });
      const assessments = set.assessments.map((a) => {
        const parsed = AssessmentSchema.safeParse(a);
        if (!parsed.success || parsed.data.demo !== true) {
          throw new DbOperationError('invalid', `demo round ${a.id}`);
        }
        return parsed.data;
      });
      await deleteDemo();
      // A real record that happens to carry a demo id is never overwritten.
      const clashes = [
        ...(await db.facilities.bulkGet(facilities.map((f) => f.id))),
        ...(await db.assessments.bulkGet(assessments.map((a) => a.id))),
      ].filter((r) => r !== undefined);
      if (clashes.length > 0) throw new DbOperationError('invalid', 'demo ids in use');
      await db.facilities.bulkAdd(facilities);
      await db.assessments.bulkAdd(assessments);
      return { facilities: facilities.length, assessments: assessments.length };
    }),
  );
}

async function deleteDemo(): Promise<DemoCounts> {
  const facilityIds = (await db.facilities
    .filter((f) => f.demo === true)
    .primaryKeys()) as string[];
  const demoFacilities = new Set(facilityIds);
  const roundIds = (await db.assessments
    .filter((a) => a.demo === true || demoFacilities.has(a.facilityId))
    .primaryKeys()) as string[];
  await db.assessments.bulkDelete(roundIds);
  await db.facilities.bulkDelete(facilityIds);
  await db.exchangeLog.bulkDelete(roundIds);
  return { facilities: facilityIds.length, assessments: roundIds.length };
}

/** Deletes every demo facility and round (and only those) in one transaction. */
export function removeDemoSet(): Promise<WriteResult<DemoCounts>> {
  return runWrite(() =>
    db.transaction('rw', db.facilities, db.assessments, db.exchangeLog, deleteDemo),
  );
}

export function countDemo(): Promise<DemoCounts> {
  return readOrFail(async () => ({
    facilities: await db.facilities.filter((f) => f.demo === true).count(),
    assessments: await db.assessments.filter((a) => a.demo === true).count(),
  }));
}
