import { FacilitySchema, type Facility, type FacilityType, type Region } from '../schemas/records';
import { db } from './database';
import { DbOperationError, type WriteResult } from './errors';
import { newId } from './ids';
import { markChanged } from './meta-repo';
import { runWrite, readOrFail, stampAfter } from './write';

export interface FacilityInput {
  name: string;
  type: FacilityType;
  region: Region;
  alias: string;
}

const nameCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Validates a complete record; throws DbOperationError('invalid') inside the transaction. */
function validFacility(candidate: Facility): Facility {
  const parsed = FacilitySchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DbOperationError(
      'invalid',
      first ? `${first.path.join('.')}: ${first.message}` : undefined,
    );
  }
  return parsed.data;
}

function fromInput(input: FacilityInput): Pick<Facility, 'name' | 'type' | 'region' | 'alias'> {
  // Only the known fields, so stray properties of a form state never reach the database.
  return { name: input.name, type: input.type, region: input.region, alias: input.alias };
}

export function createFacility(input: FacilityInput): Promise<WriteResult<Facility>> {
  return runWrite(() =>
    db.transaction('rw', db.facilities, db.meta, async () => {
      const now = new Date().toISOString();
      const facility = validFacility({
        id: newId(),
        ...fromInput(input),
        archived: false,
        createdAt: now,
        updatedAt: now,
      });
      await db.facilities.add(facility);
      await markChanged(now);
      return facility;
    }),
  );
}

/** Read-modify-write of one facility inside one transaction. */
function modifyFacility(
  id: string,
  change: (current: Facility) => Omit<Facility, 'updatedAt'>,
): Promise<WriteResult<Facility>> {
  return runWrite(() =>
    db.transaction('rw', db.facilities, db.meta, async () => {
      const current = await db.facilities.get(id);
      if (!current) throw new DbOperationError('not-found', `facility ${id}`);
      const updatedAt = stampAfter(current.updatedAt);
      const next = validFacility({ ...change(current), updatedAt });
      await db.facilities.put(next);
      await markChanged(updatedAt);
      return next;
    }),
  );
}

/**
 * Writes the edited fields. Refused ('locked') for an imported facility: only a newer exchange
 * file changes it. `baseUpdatedAt` is the facility's updatedAt the edit started from: when
 * another tab saved the facility since, returns {kind:'conflict'} and writes nothing, so a
 * stale form never silently overwrites a newer version.
 */
export function updateFacility(
  id: string,
  input: FacilityInput,
  baseUpdatedAt?: string,
): Promise<WriteResult<Facility>> {
  return modifyFacility(id, (current) => {
    if (current.imported) throw new DbOperationError('locked', `imported facility ${id}`);
    if (baseUpdatedAt !== undefined && current.updatedAt !== baseUpdatedAt) {
      throw new DbOperationError('conflict', `facility ${id}`);
    }
    return { ...current, ...fromInput(input) };
  });
}

export function setFacilityArchived(id: string, archived: boolean): Promise<WriteResult<Facility>> {
  return modifyFacility(id, (current) => ({ ...current, archived }));
}

export function getFacility(id: string): Promise<Facility | undefined> {
  return readOrFail(() => db.facilities.get(id));
}

/** Facilities sorted by name (Dutch collation); archived ones only when asked for. */
export function listFacilities(opts: { includeArchived?: boolean } = {}): Promise<Facility[]> {
  return readOrFail(async () => {
    const all = await db.facilities.toArray();
    return all
      .filter((facility) => opts.includeArchived || !facility.archived)
      .sort((a, b) => nameCollator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  });
}
