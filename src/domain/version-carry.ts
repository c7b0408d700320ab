/**
 * Carrying a round into a newer framework version (issue 14). When a team starts a round on a
 * version whose lineage names the previous round's version, each criterion gets what the lineage
 * allows:
 * - unchanged, reworded, stricter: the earlier level (or N/A) as a proposal;
 * - split: the earlier level as a proposal for every part;
 * - merged: the lowest earlier level as a proposal;
 * - new: nothing;
 * - withdrawn earlier criteria: nothing here; they stay, read-only, in the earlier round.
 *
 * Every carried value is a proposal (`Answer.proposal`), never a level: nothing is scored until
 * a person confirms it. The earlier round is only read. Pure; only `import type` from schemas.
 *
 * The plan follows the same lineage (`carryPlanAcrossVersions`): the team's own target and its
 * unfinished improvement actions go to the criterion that continues the earlier one (each part
 * of a split; the merged criterion gets the highest target and every action of its sources).
 * Targets and actions are the team's own plan, not a score, so they come along as they are, as
 * within one version (domain/carry-over); the actions keep their ids, by which the scoring
 * screen marks them as carried.
 */
import type { Criterion, Framework, LineageRelation, LText } from '../schemas/framework';
import type { Answer, CarriedProposal, ImprovementAction } from '../schemas/records';
import { emptyAnswer } from './answer';
import { criterionNa, criterionScale, listCriteria } from './framework-model';
import { SAME_MEANING_RELATIONS } from './lineage';

/** What the earlier round held for one earlier criterion. */
export interface CarrySource {
  id: string;
  code: string | null;
  title: LText | null;
  /** null: unanswered (or N/A). */
  level: number | null;
  notApplicable: boolean;
  naReason: string;
}

/** Why a criterion gets no proposal. */
export type CarryGap =
  /** The criterion is new in this version. */
  | 'new'
  /** The earlier round left it (every source) unanswered. */
  | 'unanswered'
  /** The earlier answer was N/A, which this version no longer allows here. */
  | 'na-not-allowed'
  /** The earlier level is not a level of this version's scale. */
  | 'off-scale';

export interface CarryRow {
  criterionId: string;
  relation: LineageRelation;
  sources: CarrySource[];
  /** What is proposed; null when nothing carries (see `gap`). */
  proposal: Pick<CarriedProposal, 'level' | 'notApplicable' | 'naReason'> | null;
  gap: CarryGap | null;
}

export interface VersionCarry {
  frameworkId: string;
  fromVersion: string;
  toVersion: string;
  /** One row per criterion of the newer version, in file order. */
  rows: CarryRow[];
  /** Earlier criteria without a successor: they stay, read-only, in the earlier round. */
  withdrawn: CarrySource[];
}

/**
 * Whether a round made under `earlier` can be carried into `later`: same framework, and
 * `later`'s lineage names exactly `earlier`'s version (the relations are only defined between
 * those two versions).
 */
export function canCarryAcrossVersions(later: Framework, earlier: Framework): boolean {
  return (
    later.id === earlier.id &&
    later.version !== earlier.version &&
    later.lineage?.previousVersion === earlier.version
  );
}

function sourceOf(
  id: string,
  criterion: Criterion | undefined,
  answers: Readonly<Record<string, Answer | undefined>>,
): CarrySource {
  const answer = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
  const notApplicable = answer?.notApplicable === true;
  return {
    id,
    code: criterion?.code ?? null,
    title: criterion?.title ?? null,
    level: notApplicable ? null : (answer?.level ?? null),
    notApplicable,
    naReason: notApplicable ? (answer?.naReason ?? '') : '',
  };
}

function rowFor(
  later: Framework,
  criterion: Criterion,
  relation: LineageRelation,
  sources: CarrySource[],
): CarryRow {
  const base = { criterionId: criterion.id, relation, sources };
  if (relation === 'new' || sources.length === 0) return { ...base, proposal: null, gap: 'new' };
  const levels = sources.flatMap((s) => (s.level === null ? [] : [s.level]));
  const values = criterionScale(later, criterion)?.levels.map((l) => l.value) ?? [];
  if (levels.length > 0) {
    // Merged: the lowest level, so a merge never lifts a weaker part. Otherwise there is one
    // source, so this is its level.
    const level = Math.min(...levels);
    if (!values.includes(level)) return { ...base, proposal: null, gap: 'off-scale' };
    return { ...base, proposal: { level, notApplicable: false, naReason: '' }, gap: null };
  }
  const na = sources.filter((s) => s.notApplicable);
  if (na.length > 0 && na.length === sources.length) {
    if (!criterionNa(later, criterion).allowed) {
      return { ...base, proposal: null, gap: 'na-not-allowed' };
    }
    const naReason = na
      .map((s) => s.naReason.trim())
      .filter((r) => r !== '')
      .join('\n');
    return { ...base, proposal: { level: null, notApplicable: true, naReason }, gap: null };
  }
  return { ...base, proposal: null, gap: 'unanswered' };
}

/**
 * The preview of carrying `answers` (a round made under `earlier`) into `later`; null when the
 * versions are not linked by lineage (see canCarryAcrossVersions).
 */
export function planVersionCarry(
  later: Framework,
  earlier: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
): VersionCarry | null {
  if (!canCarryAcrossVersions(later, earlier)) return null;
  const before = new Map(listCriteria(earlier).map((e) => [e.criterion.id, e.criterion]));
  const cited = new Set<string>();
  const rows = listCriteria(later).map(({ criterion }) => {
    const lineage = criterion.lineage ?? { relation: 'new' as const, from: [] };
    const sources = lineage.from
      .filter((id) => before.has(id))
      .map((id) => {
        cited.add(id);
        return sourceOf(id, before.get(id), answers);
      });
    return rowFor(later, criterion, lineage.relation, sources);
  });
  const withdrawn = [...before.entries()]
    .filter(([id]) => !cited.has(id))
    .map(([id, criterion]) => sourceOf(id, criterion, answers));
  return {
    frameworkId: later.id,
    fromVersion: earlier.version,
    toVersion: later.version,
    rows,
    withdrawn,
  };
}

/**
 * Lays the proposals of `carry` over `answers` (the new round's starting answers, e.g. the
 * carried plan), creating empty answers where needed. Levels and N/A stay empty.
 */
export function applyVersionCarry(
  carry: VersionCarry,
  answers: Readonly<Record<string, Answer>>,
  now: string,
): Record<string, Answer> {
  const out: Record<string, Answer> = { ...answers };
  for (const row of carry.rows) {
    if (!row.proposal || row.relation === 'new') continue;
    const current = out[row.criterionId];
    out[row.criterionId] = {
      ...(current ?? emptyAnswer(now)),
      level: null,
      notApplicable: false,
      naReason: '',
      proposal: {
        relation: row.relation,
        from: row.sources.map((s) => s.id),
        fromVersion: carry.fromVersion,
        ...row.proposal,
      },
    };
  }
  return out;
}

/** The answer with its proposal taken over as the team's own level (or N/A). */
export function confirmProposal(answer: Answer): Answer {
  const { proposal, ...rest } = answer;
  if (!proposal) return answer;
  return {
    ...rest,
    level: proposal.notApplicable ? null : proposal.level,
    notApplicable: proposal.notApplicable,
    naReason: proposal.notApplicable ? proposal.naReason : rest.naReason,
  };
}

/** The answer without its proposal (the team chose something itself). */
export function dropProposal(answer: Answer): Answer {
  if (!answer.proposal) return answer;
  const { proposal: _dropped, ...rest } = answer;
  return rest;
}

/** A proposal is pending while the answer holds no level and no N/A of its own. */
export function pendingProposal(answer: Answer | null | undefined): CarriedProposal | null {
  if (!answer?.proposal) return null;
  if (answer.level !== null || answer.notApplicable) return null;
  return answer.proposal;
}

/** Pending proposals whose meaning the lineage says did not change: safe to confirm in bulk. */
export function isSameMeaning(proposal: CarriedProposal): boolean {
  return SAME_MEANING_RELATIONS.includes(proposal.relation);
}

/** Criterion ids with a pending proposal, in file order. */
export function pendingProposalIds(
  framework: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
): string[] {
  return listCriteria(framework)
    .filter(({ criterion }) =>
      pendingProposal(
        Object.prototype.hasOwnProperty.call(answers, criterion.id)
          ? answers[criterion.id]
          : undefined,
      ),
    )
    .map(({ criterion }) => criterion.id);
}

/** Summary counts for the preview: per relation, and how many criteria get a proposal. */
export function carryCounts(carry: VersionCarry): {
  byRelation: Partial<Record<LineageRelation, number>>;
  proposals: number;
  withdrawn: number;
} {
  const byRelation: Partial<Record<LineageRelation, number>> = {};
  let proposals = 0;
  for (const row of carry.rows) {
    byRelation[row.relation] = (byRelation[row.relation] ?? 0) + 1;
    if (row.proposal) proposals += 1;
  }
  return { byRelation, proposals, withdrawn: carry.withdrawn.length };
}

/** What the plan of the earlier round brings to one criterion of the newer version. */
export interface CarriedPlan {
  /** The earlier own target, if it is a level of this criterion's scale (merged: the highest). */
  target: number | null;
  /** Earlier targets that are not a level of this criterion's scale: shown, not set. */
  targetsOffScale: number[];
  /** The unfinished actions of every source, each once (by id), in source order. */
  actions: ImprovementAction[];
}

/**
 * The plan (own targets, unfinished actions) each criterion of `carry`'s newer version takes
 * from the earlier answers, keyed by criterion id; criteria with nothing to take are left out.
 * New criteria take nothing; withdrawn ones leave theirs in the earlier round.
 */
export function planCarryAcrossVersions(
  carry: VersionCarry,
  later: Framework,
  previousAnswers: Readonly<Record<string, Answer | undefined>>,
): Map<string, CarriedPlan> {
  const criteria = new Map(listCriteria(later).map((e) => [e.criterion.id, e.criterion]));
  const out = new Map<string, CarriedPlan>();
  for (const row of carry.rows) {
    const criterion = criteria.get(row.criterionId);
    if (!criterion || row.relation === 'new') continue;
    const values = criterionScale(later, criterion)?.levels.map((l) => l.value) ?? [];
    const targets: number[] = [];
    const actions = new Map<string, ImprovementAction>();
    for (const source of row.sources) {
      const answer = Object.prototype.hasOwnProperty.call(previousAnswers, source.id)
        ? previousAnswers[source.id]
        : undefined;
      if (!answer) continue;
      if (answer.target !== null) targets.push(answer.target);
      for (const action of answer.actions) {
        if (action.status !== 'done' && !actions.has(action.id))
          actions.set(action.id, { ...action });
      }
    }
    const onScale = targets.filter((t) => values.includes(t));
    // Merged: the highest target, so the merged criterion keeps every earlier ambition.
    const target = onScale.length > 0 ? Math.max(...onScale) : null;
    const targetsOffScale = [...new Set(targets.filter((t) => !values.includes(t)))];
    if (target === null && actions.size === 0 && targetsOffScale.length === 0) continue;
    out.set(row.criterionId, { target, targetsOffScale, actions: [...actions.values()] });
  }
  return out;
}

/**
 * Lays the carried plan over `answers` (the new round's starting answers): the target where the
 * answer has none yet, and the actions it does not hold yet (by id).
 */
export function applyCarriedPlan(
  plan: ReadonlyMap<string, CarriedPlan>,
  answers: Readonly<Record<string, Answer>>,
  now: string,
): Record<string, Answer> {
  const out: Record<string, Answer> = { ...answers };
  for (const [criterionId, carried] of plan) {
    if (carried.target === null && carried.actions.length === 0) continue;
    const current = out[criterionId] ?? emptyAnswer(now);
    const held = new Set(current.actions.map((a) => a.id));
    out[criterionId] = {
      ...current,
      target: current.target ?? carried.target,
      actions: [...current.actions, ...carried.actions.filter((a) => !held.has(a.id))],
    };
  }
  return out;
}

/**
 * The earlier answer a criterion of the newer version continues, for showing the previous round
 * beside it: the answer of its one source, or for a merge one answer combining its sources (the
 * lowest level, as the proposal; the highest target; every action). Undefined for a new
 * criterion or when the earlier round has nothing for it.
 */
export function previousAnswerAcross(
  criterion: Criterion,
  previousAnswers: Readonly<Record<string, Answer | undefined>>,
): Answer | undefined {
  const from = criterion.lineage?.from ?? [criterion.id];
  const answers = from.flatMap((id) => {
    const answer = Object.prototype.hasOwnProperty.call(previousAnswers, id)
      ? previousAnswers[id]
      : undefined;
    return answer ? [answer] : [];
  });
  if (answers.length <= 1) return answers[0];
  const levels = answers.flatMap((a) => (a.level === null ? [] : [a.level]));
  const targets = answers.flatMap((a) => (a.target === null ? [] : [a.target]));
  const actions = new Map<string, ImprovementAction>();
  for (const a of answers) for (const action of a.actions) actions.set(action.id, action);
  const allNa = answers.every((a) => a.notApplicable);
  return {
    ...answers[0]!,
    level: levels.length > 0 ? Math.min(...levels) : null,
    notApplicable: levels.length === 0 && allNa,
    naReason: allNa
      ? answers
          .map((a) => a.naReason.trim())
          .filter(Boolean)
          .join('\n')
      : '',
    target: targets.length > 0 ? Math.max(...targets) : null,
    evidence: answers.flatMap((a) => a.evidence),
    actions: [...actions.values()],
  };
}
