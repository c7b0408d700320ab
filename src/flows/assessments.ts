import {
  finaliseAssessment as finaliseStoredAssessment,
  getAssessment,
  insertAssessment,
  type NewAssessmentInput,
} from '../db/assessments-repo';
import type { WriteResult } from '../db/errors';
import type { Assessment } from '../schemas/records';
import { getFramework } from './framework-catalogue';

export type { NewAssessmentInput } from '../db/assessments-repo';

/**
 * Creates a concept assessment pinned to a framework version. The framework version must be in
 * the catalogue ('not-found' otherwise), the facility must exist, and a previous assessment (if
 * given) must belong to the same facility.
 */
export async function createAssessment(
  input: NewAssessmentInput,
): Promise<WriteResult<Assessment>> {
  // The catalogue may load bundled files (not IndexedDB), so it is consulted before the
  // database transaction: awaiting anything else inside a Dexie transaction would end it.
  const framework = await getFramework(input.frameworkId, input.frameworkVersion);
  if (!framework) {
    return {
      ok: false,
      error: {
        kind: 'not-found',
        detail: `framework ${input.frameworkId} ${input.frameworkVersion}`,
      },
    };
  }
  // The previous round's version, for carrying its levels as proposals into a newer version.
  const previous = input.previousAssessmentId
    ? await getAssessment(input.previousAssessmentId)
    : undefined;
  const previousFramework =
    previous && previous.frameworkVersion !== input.frameworkVersion
      ? await getFramework(previous.frameworkId, previous.frameworkVersion)
      : undefined;
  return insertAssessment(input, framework, previousFramework);
}

/**
 * Finalises a round (see the db function): looks up the framework version it is pinned to, so
 * the database can refuse a round that would not pass validateRound.
 */
export async function finaliseAssessment(id: string): Promise<WriteResult<Assessment>> {
  const stored = await getAssessment(id);
  const framework = stored
    ? await getFramework(stored.frameworkId, stored.frameworkVersion)
    : undefined;
  return finaliseStoredAssessment(id, framework);
}
