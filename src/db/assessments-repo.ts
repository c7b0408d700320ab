import { carryOverPlan } from '../domain/carry-over';
import {
  applyCarriedPlan,
  applyVersionCarry,
  pendingProposal,
  planCarryAcrossVersions,
  planVersionCarry,
} from '../domain/version-carry';
import { isForbiddenKey } from '../domain/forbidden-keys';
import { canonicalJson } from '../domain/framework-model';
import { SCORING_METHOD_VERSION } from '../domain/scoring';
import { validateRound } from '../domain/validate-round';
import {
  AnswerSchema,
  AssessmentSchema,
  type Answer,
  type Assessment,
  type Participant,
} from '../schemas/records';
import type { Framework } from '../schemas/framework';
import { db } from './database';
import { DbOperationError, type WriteResult } from './errors';
import { newId } from './ids';
import { markChanged } from './meta-repo';
import { runWrite, readOrFail, stampAfter } from './write';

export interface NewAssessmentInput {
  facilityId: string;
  frameworkId: string;
  frameworkVersion: string;
  periodLabel: string;
  participants: Participant[];
  previousAssessmentId?: string | null;
}

export interface AssessmentDetailsInput {
  periodLabel: string;
  participants: Participant[];
}

function invalid(issues: readonly { path: PropertyKey[]; message: string }[]): DbOperationError {
  const first = issues[0];
  return new DbOperationError(
    'invalid',
    first ? `${first.path.map(String).join('.')}: ${first.message}` : undefined,
  );
}

function validAssessment(candidate: Assessment): Assessment {
  const parsed = AssessmentSchema.safeParse(candidate);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

/**
 * Stores a new concept assessment pinned to a framework version. The facility must exist and a
 * previous assessment (if given) must belong to the same facility; its own targets and
 * unfinished actions are carried into the new round, as far as `framework` (the new round's
 * version) still has their criteria. Whether the framework version exists is the caller's check
 * (src/flows/assessments.ts): the catalogue is not in the database.
 *
 * When the previous round was made under the version `framework`'s lineage names
 * (`previousFramework`), its levels come along as proposals to confirm (domain/version-carry):
 * never as levels, and the previous round is only read.
 */
export function insertAssessment(
  input: NewAssessmentInput,
  framework?: Framework,
  previousFramework?: Framework,
): Promise<WriteResult<Assessment>> {
  return runWrite(() =>
    db.transaction('rw', db.assessments, db.facilities, db.meta, async () => {
      const facility = await db.facilities.get(input.facilityId);
      if (!facility) throw new DbOperationError('not-found', `facility ${input.facilityId}`);
      if (facility.imported)
        throw new DbOperationError('locked', `imported facility ${facility.id}`);
      const previousAssessmentId = input.previousAssessmentId ?? null;
      const now = new Date().toISOString();
      let answers: Assessment['answers'] = {};
      if (previousAssessmentId !== null) {
        const previous = await db.assessments.get(previousAssessmentId);
        if (!previous)
          throw new DbOperationError('not-found', `assessment ${previousAssessmentId}`);
        if (previous.facilityId !== input.facilityId) {
          throw new DbOperationError('invalid', 'previous assessment belongs to another facility');
        }
        // Following up a round means following up its plan: own targets and unfinished actions.
        if (framework) answers = carryOverPlan(framework, previous.answers, now);
        if (
          framework &&
          previousFramework &&
          previous.frameworkId === previousFramework.id &&
          previous.frameworkVersion === previousFramework.version
        ) {
          const carry = planVersionCarry(framework, previousFramework, previous.answers);
          if (carry) {
            // Across versions the plan follows the lineage (split parts, merges), not the ids.
            const plan = planCarryAcrossVersions(carry, framework, previous.answers);
            answers = applyVersionCarry(carry, applyCarriedPlan(plan, {}, now), now);
          }
        }
      }
      const assessment = validAssessment({
        id: newId(),
        facilityId: input.facilityId,
        frameworkId: input.frameworkId,
        frameworkVersion: input.frameworkVersion,
        scoringMethodVersion: SCORING_METHOD_VERSION,
        periodLabel: input.periodLabel,
        participants: input.participants.map(({ role, count }) => ({ role, count })),
        status: 'concept',
        createdAt: now,
        updatedAt: now,
        finalisedAt: null,
        reopenings: [],
        revision: 1,
        previousAssessmentId,
        answers,
      });
      await db.assessments.add(assessment);
      await markChanged(now);
      return assessment;
    }),
  );
}

export function getAssessment(id: string): Promise<Assessment | undefined> {
  return readOrFail(() => db.assessments.get(id));
}

/** All assessments, or those of one facility; newest (createdAt) first. */
export function listAssessments(facilityId?: string): Promise<Assessment[]> {
  return readOrFail(async () => {
    const found =
      facilityId === undefined
        ? await db.assessments.toArray()
        : await db.assessments.where('facilityId').equals(facilityId).toArray();
    return found.sort(
      (a, b) =>
        // Instants, not strings: restored records may carry other UTC offsets.
        Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
        (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    );
  });
}

/** What a list of facilities shows about their rounds, without the answers. */
export interface AssessmentSummary {
  id: string;
  facilityId: string;
  createdAt: string;
  status: Assessment['status'];
  periodLabel: string;
}

/**
 * Summaries of all assessments, newest (createdAt) first, read from index keys only: the
 * answers, which make up nearly all of a record, are never deserialised (see schema v2).
 */
export function listAssessmentSummaries(): Promise<AssessmentSummary[]> {
  return readOrFail(async () => {
    const summaries: AssessmentSummary[] = [];
    await db.assessments
      .orderBy('[facilityId+createdAt+status+periodLabel]')
      .eachKey((key, cursor) => {
        const [facilityId, createdAt, status, periodLabel] = key as [
          string,
          string,
          Assessment['status'],
          string,
        ];
        summaries.push({
          id: String(cursor.primaryKey),
          facilityId,
          createdAt,
          status,
          periodLabel,
        });
      });
    return summaries.sort(
      (a, b) =>
        Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
        (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    );
  });
}

/**
 * Read-modify-write of one assessment in one 'rw' transaction (IndexedDB serialises
 * overlapping 'rw' transactions, also across tabs). `change` returns the new record without
 * revision/updatedAt, or null for "nothing to do"; it may throw DbOperationError to refuse.
 */
function modifyAssessment(
  id: string,
  change: (current: Assessment, now: string) => Assessment | null,
): Promise<WriteResult<Assessment>> {
  return runWrite(() =>
    db.transaction('rw', db.assessments, db.meta, async () => {
      const current = await db.assessments.get(id);
      if (!current) throw new DbOperationError('not-found', `assessment ${id}`);
      // An imported round is another facility's record: read-only here, changed only by a
      // newer exchange file.
      if (current.imported) throw new DbOperationError('locked', `imported assessment ${id}`);
      const updatedAt = stampAfter(current.updatedAt);
      const changed = change(current, updatedAt);
      if (changed === null) return current;
      const next = validAssessment({ ...changed, revision: current.revision + 1, updatedAt });
      await db.assessments.put(next);
      await markChanged(updatedAt);
      return next;
    }),
  );
}

function refuseWhenFinal(current: Assessment): void {
  if (current.status === 'afgerond')
    throw new DbOperationError('locked', `assessment ${current.id}`);
}

/**
 * Writes ONE criterion's answer in a read-modify-write transaction, so edits to other criteria in
 * another tab are never overwritten. `baseUpdatedAt` is the answer.updatedAt the edit started from
 * (null if there was no answer yet); if the stored answer for that criterion changed since, returns
 * {ok:false, error:{kind:'conflict'}} and writes nothing. Refuses ('locked') when status is 'afgerond'.
 * On success revision +1, updatedAt now, answer.updatedAt now; meta lastChangeAt updated.
 */
export function saveAnswer(
  assessmentId: string,
  criterionId: string,
  answer: Answer,
  baseUpdatedAt: string | null,
): Promise<WriteResult<Assessment>> {
  return modifyAssessment(assessmentId, (current, now) => {
    refuseWhenFinal(current);
    if (typeof criterionId !== 'string' || criterionId === '' || isForbiddenKey(criterionId)) {
      throw new DbOperationError('invalid', 'criterion id');
    }
    const stored = Object.prototype.hasOwnProperty.call(current.answers, criterionId)
      ? current.answers[criterionId]
      : undefined;
    if ((stored?.updatedAt ?? null) !== baseUpdatedAt) {
      throw new DbOperationError('conflict', `criterion ${criterionId}`);
    }
    // The answer's own stamp is strictly later than the one it replaces: it doubles as the
    // version that the next edit's baseUpdatedAt is compared with.
    const answerUpdatedAt = stampAfter(stored?.updatedAt, new Date(now));
    const parsed = AnswerSchema.safeParse({ ...answer, updatedAt: answerUpdatedAt });
    if (!parsed.success) throw invalid(parsed.error.issues);
    // A level or N/A the team sets itself settles a carried proposal: it never stays beside one.
    if (parsed.data.proposal && !pendingProposal(parsed.data)) delete parsed.data.proposal;
    return { ...current, answers: { ...current.answers, [criterionId]: parsed.data } };
  });
}

function sameDetails(a: AssessmentDetailsInput, b: AssessmentDetailsInput): boolean {
  const pick = (d: AssessmentDetailsInput) => ({
    periodLabel: d.periodLabel,
    participants: d.participants.map(({ role, count }) => ({ role, count })),
  });
  return canonicalJson(pick(a)) === canonicalJson(pick(b));
}

/**
 * Writes period and participants. `base` is the details the edit started from: when another
 * tab changed them since, returns {kind:'conflict'} and writes nothing. (The details are their
 * own version: answers saved in between bump the round's revision but are no conflict here.)
 */
export function updateAssessmentDetails(
  id: string,
  details: AssessmentDetailsInput,
  base?: AssessmentDetailsInput,
): Promise<WriteResult<Assessment>> {
  return modifyAssessment(id, (current) => {
    refuseWhenFinal(current);
    if (base !== undefined && !sameDetails(current, base)) {
      throw new DbOperationError('conflict', `details of assessment ${id}`);
    }
    return {
      ...current,
      periodLabel: details.periodLabel,
      participants: details.participants.map(({ role, count }) => ({ role, count })),
    };
  });
}

/** Detail of the 'invalid' error when a round cannot be finalised for a missing N/A reason. */
export const NA_REASON_MISSING = 'na-reason-missing';
/** Detail of the 'invalid' error when carried proposals still wait for a person's confirmation. */
export const PROPOSALS_PENDING = 'proposals-pending';

/**
 * Status 'afgerond', finalisedAt now. Finalising a finalised assessment changes nothing.
 * Refused ('invalid', detail PROPOSALS_PENDING) while carried proposals are not confirmed.
 * Refused ('invalid', detail NA_REASON_MISSING) while an N/A answer lacks the reason its scale
 * requires: a finalised round must pass the same check (validateRound) as one restored from a
 * file, or the user's own backup could not be restored. `framework` is the version the round is
 * pinned to, looked up by the caller (src/flows/assessments.ts): the catalogue is not in the
 * database.
 */
export function finaliseAssessment(
  id: string,
  framework: Framework | undefined,
): Promise<WriteResult<Assessment>> {
  return modifyAssessment(id, (current, now) => {
    if (current.status === 'afgerond') return null;
    // A carried level is not the team's answer until confirmed: finalising would freeze it as
    // "unanswered" without anyone having looked at it.
    const pending = Object.entries(current.answers).filter(([, a]) => pendingProposal(a));
    if (pending.length > 0) {
      throw new DbOperationError('invalid', `${PROPOSALS_PENDING}: ${pending.length}`);
    }
    const next: Assessment = { ...current, status: 'afgerond', finalisedAt: now, updatedAt: now };
    if (framework) {
      const missing = validateRound(next, {
        framework,
        findRound: () => undefined,
        now: new Date(now),
      }).find((problem) => problem.code === 'na-reason-missing');
      if (missing)
        throw new DbOperationError('invalid', `${NA_REASON_MISSING}: ${missing.path[1]}`);
    }
    return next;
  });
}

/**
 * Back to 'concept' with the reason recorded in `reopenings` (required, 'invalid' when blank).
 * finalisedAt becomes null again (it is set exactly while the status is 'afgerond'); the
 * history stays in `reopenings`. Reopening a concept changes nothing.
 */
export function reopenAssessment(id: string, reason: string): Promise<WriteResult<Assessment>> {
  return modifyAssessment(id, (current, now) => {
    const trimmed = typeof reason === 'string' ? reason.trim() : '';
    if (trimmed === '') throw new DbOperationError('invalid', 'reason required');
    if (current.status !== 'afgerond') return null;
    return {
      ...current,
      status: 'concept',
      finalisedAt: null,
      reopenings: [...current.reopenings, { at: now, reason: trimmed }],
    };
  });
}

/**
 * Deletes a concept assessment; a finalised one is refused ('locked'). Rounds that named it as
 * their previous round lose that link in the same transaction: a link to a round that does not
 * exist is refused by restore (validateRound), so leaving it would make the user's own backup
 * unrestorable.
 */
export function deleteAssessment(id: string): Promise<WriteResult<true>> {
  return runWrite(() =>
    db.transaction('rw', db.assessments, db.meta, async () => {
      const current = await db.assessments.get(id);
      if (!current) throw new DbOperationError('not-found', `assessment ${id}`);
      refuseWhenFinal(current);
      if (current.imported) throw new DbOperationError('locked', `imported assessment ${id}`);
      const now = new Date().toISOString();
      const followers = await db.assessments
        .where('facilityId')
        .equals(current.facilityId)
        .filter((other) => other.previousAssessmentId === id)
        .toArray();
      await db.assessments.delete(id);
      for (const follower of followers) {
        await db.assessments.put(
          validAssessment({
            ...follower,
            previousAssessmentId: null,
            revision: follower.revision + 1,
            updatedAt: stampAfter(follower.updatedAt),
          }),
        );
      }
      await markChanged(now);
      return true as const;
    }),
  );
}
