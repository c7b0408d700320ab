/**
 * Scoring of one assessment against one framework version.
 *
 * Pure functions only: no React, Dexie, DOM or schema imports. The input types below are the
 * minimal structural shapes scoring needs, so the Zod-inferred `Framework` and `Answer` types
 * fit them without conversion (extra properties are simply ignored).
 *
 * Every number in a result is kept raw (unrounded); rounding to one decimal is a presentation
 * concern. Percentages are clamped to [0, 100] so floating-point noise never leaks outside.
 */

import { naAllowed, type CriterionNaRule } from './na-policy';

/** Stored in every result so a stored score can always be traced back to the rules used. */
export const SCORING_METHOD_VERSION = '1.0.0';

/** The parts of the written scoring rules, in reading order (scoring-rules page, report appendix). */
export const SCORING_RULE_PARTS = [
  'levels',
  'weights',
  'na',
  'unanswered',
  'target',
  'gap',
  'aggregation',
  'norm',
  'version',
] as const;

// ---------------------------------------------------------------------------------------------
// Input shapes (structural; the loader's Framework/Answer types satisfy these)
// ---------------------------------------------------------------------------------------------

export interface ScoringLevel {
  readonly value: number;
}

export interface ScoringScale {
  readonly id: string;
  /** "ordinal" | "yesno" | "likert"; scoring treats all types alike (min/max normalisation). */
  readonly type: string;
  readonly levels: readonly ScoringLevel[];
  readonly notApplicable: {
    readonly allowed: boolean;
    readonly excludedFromScore: boolean;
  };
  /** The norm on this scale (framework format 2). */
  readonly normLevel?: number | undefined;
}

export interface ScoringCriterion {
  readonly id: string;
  readonly code: string;
  readonly weight: number;
  readonly scale?: string | undefined;
  readonly normLevel?: number | undefined;
  /** Overrides the scale's N/A rule (framework format 2), see domain/na-policy. */
  readonly naPolicy?: CriterionNaRule | undefined;
}

export interface ScoringDomain {
  readonly id: string;
  readonly code: string;
  readonly criteria: readonly ScoringCriterion[];
}

export interface ScoringFramework {
  readonly id: string;
  readonly version: string;
  /**
   * Format-1 shape only: one norm, a value on `defaultScale`. Format-2 frameworks carry the norm
   * on each scale instead; a scale's own norm wins.
   */
  readonly normLevel?: number | undefined;
  readonly defaultScale: string;
  readonly scales: readonly ScoringScale[];
  readonly domains: readonly ScoringDomain[];
}

export interface ScoringAnswer {
  readonly level: number | null;
  readonly notApplicable: boolean;
  readonly target: number | null;
}

export type ScoringAnswers = Readonly<Record<string, ScoringAnswer | undefined>>;

// ---------------------------------------------------------------------------------------------
// Result shapes
// ---------------------------------------------------------------------------------------------

export type CriterionStatus = 'answered' | 'not-applicable' | 'unanswered';

/** Where the effective target of a criterion came from. */
export type TargetSource = 'answer' | 'criterion-norm' | 'framework-norm';

export interface CriterionResult {
  readonly criterionId: string;
  readonly code: string;
  readonly domainId: string;
  readonly weight: number;
  readonly scaleId: string;
  readonly scaleType: string;
  readonly status: CriterionStatus;
  /** The valid level on the scale, or null (unanswered, invalid or N/A). */
  readonly level: number | null;
  /** Lowest / highest level value of the criterion's scale. */
  readonly scaleMin: number;
  readonly scaleMax: number;
  /** criterion.normLevel ?? framework.normLevel (see resolveNorm for the defensive fallback). */
  readonly norm: number;
  readonly normalisedNorm: number;
  /** answer.target ?? norm. */
  readonly target: number;
  readonly targetSource: TargetSource;
  readonly normalisedTarget: number;
  /** 0..100; null when not counted in the score. */
  readonly normalisedScore: number | null;
  /** max(0, target − level) in scale steps; null when not counted in the score. */
  readonly gap: number | null;
  /** max(0, normalisedTarget − normalisedScore) in percentage points; null when not counted. */
  readonly normalisedGap: number | null;
  /** level >= norm (the norm, never the custom target); null when not counted. */
  readonly atOrAboveNorm: boolean | null;
  /** Whether this criterion enters the weighted means of its domain and of the overall result. */
  readonly includedInScore: boolean;
  /** A level was given that is not a value of the scale; the criterion counts as unanswered. */
  readonly invalidLevel: boolean;
  /** A custom target was given that is not a value of the scale; the norm is used instead. */
  readonly invalidTarget: boolean;
  /** N/A was marked but the scale does not allow N/A; the mark is ignored. */
  readonly invalidNotApplicable: boolean;
}

export interface Completeness {
  readonly total: number;
  /** Level given and valid (not N/A). */
  readonly answered: number;
  readonly notApplicable: number;
  /** No level, or an invalid level. */
  readonly unanswered: number;
  /** Subset of `unanswered`: criteria whose level was not on their scale. */
  readonly invalid: number;
  /** (answered + notApplicable) / total, 0..1 (1 when total is 0: nothing left to answer). */
  readonly ratio: number;
}

export interface Aggregate {
  /** Weighted mean of normalised scores (0..100), null when no criterion is scored. */
  readonly score: number | null;
  /** Weighted mean of normalised targets (0..100), null when no criterion is scored. */
  readonly target: number | null;
  /** Weighted mean of per-criterion normalised gaps (0..100, never negative), null when none. */
  readonly gap: number | null;
  readonly completeness: Completeness;
  /** Number of criteria entering the weighted means. */
  readonly scoredCount: number;
  readonly atOrAboveNormCount: number;
  /** atOrAboveNormCount / scoredCount × 100 (0..100), null when scoredCount is 0. */
  readonly pctAtOrAboveNorm: number | null;
  /** Sum of the weights of the scored criteria. */
  readonly scoredWeight: number;
}

export interface DomainResult extends Aggregate {
  readonly domainId: string;
  readonly code: string;
  readonly criteria: readonly CriterionResult[];
}

export interface AssessmentResult {
  readonly methodVersion: string;
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  readonly overall: Aggregate;
  /** In framework order. */
  readonly domains: readonly DomainResult[];
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function clampPct(value: number): number {
  if (value < 0) return 0;
  if (value > 100) return 100;
  return value;
}

interface ScaleInfo {
  readonly scale: ScoringScale;
  readonly values: ReadonlySet<number>;
  readonly sortedValues: readonly number[];
  readonly min: number;
  readonly max: number;
}

function describeScale(scale: ScoringScale): ScaleInfo {
  const sortedValues = [...new Set(scale.levels.map((l) => l.value))]
    .filter((v) => Number.isFinite(v))
    .sort((a, b) => a - b);
  const min = sortedValues[0];
  const max = sortedValues[sortedValues.length - 1];
  if (min === undefined || max === undefined || min === max) {
    // A validated framework never gets here (every scale has >= 2 distinct levels); normalising
    // over a zero-width range would divide by zero, so refuse loudly instead of returning NaN.
    throw new Error(`Scale "${scale.id}" needs at least two distinct level values to be scored`);
  }
  return { scale, values: new Set(sortedValues), sortedValues, min, max };
}

function normaliseOn(info: ScaleInfo, value: number): number {
  return clampPct(((value - info.min) / (info.max - info.min)) * 100);
}

function isOnScale(info: ScaleInfo, value: number | null | undefined): value is number {
  return typeof value === 'number' && info.values.has(value);
}

/**
 * The norm of a criterion: criterion.normLevel, else its scale's normLevel (format 2), else the
 * framework's normLevel (format-1 shape), used literally whenever it is a value of the
 * criterion's scale (the loader enforces exactly that, see io/framework-rules, and
 * domain/framework-model's criterionNorm agrees).
 *
 * Defensive fallback only, for a norm that is not a level of the criterion's scale (the loader
 * rejects such files): carry the default scale's norm over proportionally, i.e. take the lowest
 * level whose normalised position is at least that norm's position on the default scale (norm 4
 * on 1..5 = 75% → "yes" on a yes/no scale). That keeps the norm a real level and at least as
 * demanding, instead of producing a target outside 0..100.
 */
function resolveNorm(
  framework: ScoringFramework,
  criterion: ScoringCriterion,
  info: ScaleInfo,
  defaultInfo: ScaleInfo,
): { norm: number; source: 'criterion-norm' | 'framework-norm' } {
  if (isOnScale(info, criterion.normLevel)) {
    return { norm: criterion.normLevel, source: 'criterion-norm' };
  }
  // "framework-norm": the norm the framework sets for the scale, as opposed to the criterion's own.
  if (isOnScale(info, info.scale.normLevel)) {
    return { norm: info.scale.normLevel, source: 'framework-norm' };
  }
  if (isOnScale(info, framework.normLevel)) {
    return { norm: framework.normLevel, source: 'framework-norm' };
  }
  const defaultNorm = defaultInfo.scale.normLevel ?? framework.normLevel ?? defaultInfo.max;
  const wanted = normaliseOn(defaultInfo, defaultNorm);
  const carried = info.sortedValues.find((v) => normaliseOn(info, v) >= wanted - 1e-9);
  return { norm: carried ?? info.max, source: 'framework-norm' };
}

// ---------------------------------------------------------------------------------------------
// Per criterion
// ---------------------------------------------------------------------------------------------

/** What a criterion's score depends on besides the answer: worked out once per framework. */
interface CriterionPlan {
  readonly criterionId: string;
  readonly code: string;
  readonly domainId: string;
  readonly weight: number;
  readonly scaleId: string;
  readonly info: ScaleInfo;
  readonly norm: number;
  readonly normSource: 'criterion-norm' | 'framework-norm';
  readonly normalisedNorm: number;
  readonly naIsAllowed: boolean;
}

function planCriterion(
  framework: ScoringFramework,
  scales: ReadonlyMap<string, ScaleInfo>,
  defaultInfo: ScaleInfo,
  domain: ScoringDomain,
  criterion: ScoringCriterion,
): CriterionPlan {
  const scaleId = criterion.scale ?? framework.defaultScale;
  const info = scales.get(scaleId);
  if (info === undefined) {
    throw new Error(`Criterion "${criterion.id}" refers to unknown scale "${scaleId}"`);
  }
  const { norm, source } = resolveNorm(framework, criterion, info, defaultInfo);
  return {
    criterionId: criterion.id,
    code: criterion.code,
    domainId: domain.id,
    weight: criterion.weight,
    scaleId,
    info,
    norm,
    normSource: source,
    normalisedNorm: normaliseOn(info, norm),
    naIsAllowed: naAllowed(info.scale.notApplicable, criterion.naPolicy),
  };
}

function scoreCriterion(plan: CriterionPlan, answer: ScoringAnswer | undefined): CriterionResult {
  const { info, norm } = plan;

  const rawTarget = answer?.target ?? null;
  const invalidTarget = rawTarget !== null && !isOnScale(info, rawTarget);
  const useCustomTarget = rawTarget !== null && !invalidTarget;
  const target = useCustomTarget ? rawTarget : norm;
  const targetSource: TargetSource = useCustomTarget ? 'answer' : plan.normSource;
  const normalisedTarget = useCustomTarget ? normaliseOn(info, target) : plan.normalisedNorm;

  let status: CriterionStatus;
  let level: number | null = null;
  let invalidLevel = false;
  let invalidNotApplicable = false;
  // The level value that is scored, or null when the criterion is not counted in the score.
  let scoredValue: number | null = null;

  const naRequested = answer?.notApplicable === true;
  if (naRequested && plan.naIsAllowed) {
    // excludedFromScore: false can only mean "N/A still counts": it is then scored as the lowest
    // level of the scale (the conservative reading). Bundled scales all exclude N/A.
    status = 'not-applicable';
    scoredValue = info.scale.notApplicable.excludedFromScore ? null : info.min;
  } else {
    const rawLevel = answer?.level ?? null;
    invalidNotApplicable = naRequested;
    if (rawLevel === null || !isOnScale(info, rawLevel)) {
      // An out-of-scale level is not clamped: clamping would invent an answer nobody gave.
      status = 'unanswered';
      invalidLevel = rawLevel !== null;
    } else {
      status = 'answered';
      level = rawLevel;
      scoredValue = rawLevel;
    }
  }

  const normalisedScore = scoredValue === null ? null : normaliseOn(info, scoredValue);
  // One object per criterion, written out: this runs for every criterion of every round a
  // comparison scores (500 facilities x 2 rounds x 64 criteria).
  return {
    criterionId: plan.criterionId,
    code: plan.code,
    domainId: plan.domainId,
    weight: plan.weight,
    scaleId: plan.scaleId,
    scaleType: info.scale.type,
    scaleMin: info.min,
    scaleMax: info.max,
    norm,
    normalisedNorm: plan.normalisedNorm,
    target,
    targetSource,
    normalisedTarget,
    invalidTarget,
    normalisedScore,
    gap: scoredValue === null ? null : Math.max(0, target - scoredValue),
    normalisedGap:
      normalisedScore === null ? null : clampPct(Math.max(0, normalisedTarget - normalisedScore)),
    atOrAboveNorm: scoredValue === null ? null : scoredValue >= norm,
    includedInScore: scoredValue !== null,
    status,
    level,
    invalidLevel,
    invalidNotApplicable,
  };
}

// ---------------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------------

function aggregate(criteria: readonly CriterionResult[]): Aggregate {
  let answered = 0;
  let notApplicable = 0;
  let unanswered = 0;
  let invalid = 0;
  let scoredCount = 0;
  let atOrAboveNormCount = 0;
  let sumW = 0;
  let sumWScore = 0;
  let sumWTarget = 0;
  let sumWGap = 0;

  for (const c of criteria) {
    if (c.status === 'answered') answered += 1;
    else if (c.status === 'not-applicable') notApplicable += 1;
    else {
      unanswered += 1;
      if (c.invalidLevel) invalid += 1;
    }
    if (c.includedInScore && c.normalisedScore !== null && c.normalisedGap !== null) {
      scoredCount += 1;
      if (c.atOrAboveNorm === true) atOrAboveNormCount += 1;
      sumW += c.weight;
      sumWScore += c.weight * c.normalisedScore;
      sumWTarget += c.weight * c.normalisedTarget;
      sumWGap += c.weight * c.normalisedGap;
    }
  }

  const total = criteria.length;
  const hasWeight = scoredCount > 0 && sumW > 0;
  return {
    score: hasWeight ? clampPct(sumWScore / sumW) : null,
    target: hasWeight ? clampPct(sumWTarget / sumW) : null,
    gap: hasWeight ? clampPct(sumWGap / sumW) : null,
    completeness: {
      total,
      answered,
      notApplicable,
      unanswered,
      invalid,
      ratio: total === 0 ? 1 : Math.min(1, Math.max(0, (answered + notApplicable) / total)),
    },
    scoredCount,
    atOrAboveNormCount,
    pctAtOrAboveNorm: scoredCount > 0 ? clampPct((atOrAboveNormCount / scoredCount) * 100) : null,
    scoredWeight: sumW,
  };
}

/**
 * Scores an assessment. Answers are keyed by criterion id; answers for ids not in the framework
 * are ignored.
 *
 * The overall result is a weighted mean over *all* criteria directly (each criterion's own
 * weight), not the mean of the domain means. Why: a mean of domain means would let a domain with
 * two criteria weigh as much as one with ten, and would make a criterion's influence depend on
 * how many siblings are N/A or unanswered. Computing over criteria keeps criterion weights the
 * single source of importance and makes the overall result independent of how criteria are
 * grouped or ordered.
 *
 * Throws only on a framework that breaks loader invariants (unknown scale id, scale with fewer
 * than two distinct levels); a framework accepted by the loader never does.
 */
export function scoreAssessment(
  framework: ScoringFramework,
  answers: ScoringAnswers,
): AssessmentResult {
  return createScorer(framework)(answers);
}

/**
 * scoreAssessment for many rounds on one framework version: the framework's part (scales,
 * norms, N/A rules) is worked out once, each call then scores one round's answers. Same results
 * as scoreAssessment, which is this with a scorer of its own.
 */
export function createScorer(
  framework: ScoringFramework,
): (answers: ScoringAnswers) => AssessmentResult {
  const scales = new Map<string, ScaleInfo>();
  for (const scale of framework.scales) {
    if (!scales.has(scale.id)) scales.set(scale.id, describeScale(scale));
  }
  const defaultInfo = scales.get(framework.defaultScale);
  if (defaultInfo === undefined) {
    throw new Error(`Default scale "${framework.defaultScale}" is not defined`);
  }
  const plan = framework.domains.map((domain) => ({
    domainId: domain.id,
    code: domain.code,
    criteria: domain.criteria.map((criterion) =>
      planCriterion(framework, scales, defaultInfo, domain, criterion),
    ),
  }));

  return (answers) => {
    const all: CriterionResult[] = [];
    const domains: DomainResult[] = plan.map((domain) => {
      const criteria = domain.criteria.map((criterion) => {
        const result = scoreCriterion(
          criterion,
          Object.prototype.hasOwnProperty.call(answers, criterion.criterionId)
            ? answers[criterion.criterionId]
            : undefined,
        );
        all.push(result);
        return result;
      });
      return {
        domainId: domain.domainId,
        code: domain.code,
        ...aggregate(criteria),
        criteria,
      };
    });
    return {
      methodVersion: SCORING_METHOD_VERSION,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      overall: aggregate(all),
      domains,
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Rankings
// ---------------------------------------------------------------------------------------------

/** Natural order for codes, so "D1.2" sorts before "D1.10". */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'variant' });
}

/**
 * The n criteria with the largest normalised gap (only real gaps: > 0), sorted by normalised gap
 * desc, then weight desc, then code (natural order).
 */
export function largestCriterionGaps(result: AssessmentResult, n: number): CriterionResult[] {
  const withGap = result.domains
    .flatMap((d) => d.criteria)
    .filter((c) => c.normalisedGap !== null && c.normalisedGap > 0);
  withGap.sort(
    (a, b) =>
      (b.normalisedGap ?? 0) - (a.normalisedGap ?? 0) ||
      b.weight - a.weight ||
      compareCodes(a.code, b.code),
  );
  return withGap.slice(0, Math.max(0, Math.floor(n)));
}

/** All domains, largest gap first; domains without a gap (nothing scored) last; ties by code. */
export function domainsByGap(result: AssessmentResult): DomainResult[] {
  return [...result.domains].sort((a, b) => {
    if (a.gap === null && b.gap === null) return compareCodes(a.code, b.code);
    if (a.gap === null) return 1;
    if (b.gap === null) return -1;
    return b.gap - a.gap || compareCodes(a.code, b.code);
  });
}
