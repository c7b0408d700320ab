/**
 * The data of the reports (issue 13), language-free: which numbers, rows and texts a facility
 * report, an improvement plan and a comparison report hold. Every number comes from the same
 * functions the results and comparison screens use (scoreAssessment, largestCriterionGaps,
 * buildTrend, the compare aggregation), so a report never disagrees with a screen. Turning this
 * into sentences in a language is the composer's work (features/reports), into a file the
 * writers' (io/reports).
 */
import type { Framework, LText } from '../schemas/framework';
import type { Assessment, Evidence, ImprovementAction, Participant } from '../schemas/records';
import { listCriteria } from './framework-model';
import {
  compareCodes,
  largestCriterionGaps,
  scoreAssessment,
  type AssessmentResult,
  type CriterionResult,
  type ScoringAnswer,
} from './scoring';
import { buildTrend, type TrendResult } from './trend';
import {
  assignAliases,
  chooseSet,
  distributions,
  rank,
  scoreSet,
  weakCriteria,
  type CompareFacility,
  type CompareRound,
  type Distributions,
  type Ranking,
  type SetFilter,
  type WeakCriteria,
} from './compare';

/** The sections a team can choose, in reading order. */
export const REPORT_SECTIONS = [
  'summary',
  'domains',
  'charts',
  'gaps',
  'evidence',
  'notApplicable',
  'plan',
  'trend',
  'rules',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The short version for a board: the figures, the domains and the plan. */
export const BOARD_SECTIONS: readonly ReportSection[] = ['summary', 'domains', 'plan'];
/** Everything; the trend only matters when there are earlier rounds. */
export const FULL_SECTIONS: readonly ReportSection[] = REPORT_SECTIONS;

/** Who the report is about, as it may be shown: the name, or an alias when names are hidden. */
export interface ReportFacility {
  readonly id: string;
  /** The name, or the alias (never both in one report). */
  readonly label: string;
  readonly demo: boolean;
}

export interface PlanItem {
  readonly assessmentId: string;
  readonly periodLabel: string;
  readonly criterionId: string;
  readonly criterionCode: string;
  readonly criterionTitle: LText;
  readonly domainCode: string;
  readonly action: ImprovementAction;
}

export interface EvidenceItem {
  readonly criterionId: string;
  readonly code: string;
  readonly title: LText;
  readonly evidence: readonly Evidence[];
}

export interface NotApplicableItem {
  readonly criterionId: string;
  readonly code: string;
  readonly title: LText;
  readonly reason: string;
}

export interface FacilityReportData {
  readonly facility: ReportFacility;
  readonly framework: Framework;
  readonly assessment: Assessment;
  readonly participants: readonly Participant[];
  readonly result: AssessmentResult;
  /** Every criterion below its target, largest gap first (the results page shows the top 10). */
  readonly gaps: readonly CriterionResult[];
  readonly evidence: readonly EvidenceItem[];
  readonly notApplicable: readonly NotApplicableItem[];
  /** Every action of the round, by due date (none last), then criterion code. */
  readonly plan: readonly PlanItem[];
  /** Earlier and this round of the facility, grouped per framework version; null without any. */
  readonly trend: TrendResult | null;
  readonly sections: readonly ReportSection[];
}

/** The date a round stands for: when it was finalised, else its last change (as the trend). */
export function roundDate(a: Pick<Assessment, 'finalisedAt' | 'updatedAt'>): string {
  return a.finalisedAt ?? a.updatedAt;
}

/** By due date (none last), then criterion code, then the text: a list to work from. */
export function comparePlanItems(a: PlanItem, b: PlanItem): number {
  const da = a.action.dueDate;
  const db = b.action.dueDate;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return (
    compareCodes(a.criterionCode, b.criterionCode) ||
    a.action.what.localeCompare(b.action.what, 'nl') ||
    a.action.id.localeCompare(b.action.id)
  );
}

/** Every action of a round (optionally only the unfinished ones), in plan order. */
export function planItems(
  framework: Framework,
  assessment: Assessment,
  opts: { openOnly?: boolean } = {},
): PlanItem[] {
  const items: PlanItem[] = [];
  for (const { domain, criterion } of listCriteria(framework)) {
    const answer = Object.prototype.hasOwnProperty.call(assessment.answers, criterion.id)
      ? assessment.answers[criterion.id]
      : undefined;
    for (const action of answer?.actions ?? []) {
      if (opts.openOnly && action.status === 'done') continue;
      items.push({
        assessmentId: assessment.id,
        periodLabel: assessment.periodLabel,
        criterionId: criterion.id,
        criterionCode: criterion.code,
        criterionTitle: criterion.title,
        domainCode: domain.code,
        action,
      });
    }
  }
  return items.sort(comparePlanItems);
}

export interface FacilityReportInput {
  readonly framework: Framework;
  readonly assessment: Assessment;
  readonly facility: ReportFacility;
  readonly sections: readonly ReportSection[];
  /**
   * The facility's rounds, this one included, each with its framework (undefined when that
   * version is not on this device: such a round is left out of the trend, as on the trend page).
   */
  readonly history?: readonly { assessment: Assessment; framework: Framework | undefined }[];
}

export function buildFacilityReport(input: FacilityReportInput): FacilityReportData {
  const { framework, assessment } = input;
  const result = scoreAssessment(framework, assessment.answers);
  const entries = listCriteria(framework);
  const answerOf = (id: string) =>
    Object.prototype.hasOwnProperty.call(assessment.answers, id)
      ? assessment.answers[id]
      : undefined;
  const evidence: EvidenceItem[] = entries.flatMap(({ criterion }) => {
    const items = answerOf(criterion.id)?.evidence ?? [];
    return items.length === 0
      ? []
      : [
          {
            criterionId: criterion.id,
            code: criterion.code,
            title: criterion.title,
            evidence: items,
          },
        ];
  });
  const titleOf = new Map(entries.map((e) => [e.criterion.id, e.criterion.title]));
  const notApplicable: NotApplicableItem[] = result.domains
    .flatMap((d) => d.criteria)
    .filter((c) => c.status === 'not-applicable')
    .map((c) => ({
      criterionId: c.criterionId,
      code: c.code,
      title: titleOf.get(c.criterionId) ?? {},
      reason: answerOf(c.criterionId)?.naReason.trim() ?? '',
    }));
  const history = input.history ?? [];
  const trendInputs = history.flatMap(({ assessment: a, framework: fw }) =>
    fw
      ? [
          {
            assessmentId: a.id,
            label: a.periodLabel,
            date: roundDate(a),
            frameworkId: a.frameworkId,
            frameworkVersion: a.frameworkVersion,
            result: a.id === assessment.id ? result : scoreAssessment(fw, a.answers),
          },
        ]
      : [],
  );
  return {
    facility: input.facility,
    framework,
    assessment,
    participants: assessment.participants,
    result,
    gaps: largestCriterionGaps(result, Number.MAX_SAFE_INTEGER),
    evidence,
    notApplicable,
    plan: planItems(framework, assessment),
    trend: trendInputs.length > 1 ? buildTrend(trendInputs) : null,
    sections: REPORT_SECTIONS.filter((s) => input.sections.includes(s)),
  };
}

// ---------------------------------------------------------------------------------------------
// Improvement plan on its own
// ---------------------------------------------------------------------------------------------

export interface PlanReportData {
  readonly facility: ReportFacility;
  /** The round the plan is read from: the facility's latest (all its open actions live there). */
  readonly assessment: Assessment;
  readonly framework: Framework;
  /** Open and in-progress actions, by due date. */
  readonly items: readonly PlanItem[];
}

/**
 * The list a team works from between rounds: every unfinished action of the facility's round,
 * by due date. Unfinished actions are carried into each new round (domain/carry-over), so the
 * latest round holds them all.
 */
export function buildPlanReport(input: {
  framework: Framework;
  assessment: Assessment;
  facility: ReportFacility;
}): PlanReportData {
  return {
    facility: input.facility,
    assessment: input.assessment,
    framework: input.framework,
    items: planItems(input.framework, input.assessment, { openOnly: true }),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV rows: one per criterion per round
// ---------------------------------------------------------------------------------------------

export interface CriterionRow {
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  /** The scoring rules the numbers of this row were computed with. */
  readonly scoringMethodVersion: string;
  readonly facility: string;
  readonly period: string;
  readonly roundStatus: string;
  readonly domainCode: string;
  readonly domainTitle: LText;
  readonly criterionId: string;
  readonly criterionCode: string;
  readonly criterionTitle: LText;
  readonly result: CriterionResult;
  readonly naReason: string;
  readonly evidence: readonly Evidence[];
  readonly actions: readonly ImprovementAction[];
}

/** What a CSV row needs of a round: a stored Assessment, or a comparison's CompareRound. */
export interface ReportRound {
  readonly periodLabel: string;
  readonly status: string;
  readonly answers: Readonly<
    Record<
      string,
      | (ScoringAnswer & {
          readonly naReason?: string | undefined;
          readonly evidence?: readonly Evidence[] | undefined;
          readonly actions?: readonly ImprovementAction[] | undefined;
        })
      | undefined
    >
  >;
}

/** The rows of one round, in framework order, scored by scoreAssessment (as the screens). */
export function criterionRows(
  framework: Framework,
  assessment: ReportRound,
  facilityLabel: string,
  result: AssessmentResult = scoreAssessment(framework, assessment.answers),
): CriterionRow[] {
  return framework.domains.flatMap((domain, di) =>
    domain.criteria.flatMap((criterion, ci) => {
      const scored = result.domains[di]?.criteria[ci];
      if (!scored) return [];
      const answer = Object.prototype.hasOwnProperty.call(assessment.answers, criterion.id)
        ? assessment.answers[criterion.id]
        : undefined;
      return [
        {
          frameworkId: framework.id,
          frameworkVersion: framework.version,
          scoringMethodVersion: result.methodVersion,
          facility: facilityLabel,
          period: assessment.periodLabel,
          roundStatus: assessment.status,
          domainCode: domain.code,
          domainTitle: domain.title,
          criterionId: criterion.id,
          criterionCode: criterion.code,
          criterionTitle: criterion.title,
          result: scored,
          naReason: scored.status === 'not-applicable' ? (answer?.naReason?.trim() ?? '') : '',
          evidence: answer?.evidence ?? [],
          actions: answer?.actions ?? [],
        },
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Comparison report (evaluators)
// ---------------------------------------------------------------------------------------------

export interface ComparedFacility {
  readonly id: string;
  /** Letters as on screen ("A", "B", …), assigned over the set in facility-id order. */
  readonly alias: string;
  /** Null when names are hidden: an anonymised report never holds a name or a code. */
  readonly name: string | null;
  readonly code: string | null;
  readonly round: CompareRound;
  readonly result: AssessmentResult;
}

export interface ComparisonReportData {
  readonly framework: Framework;
  readonly filter: SetFilter;
  readonly anonymise: boolean;
  /** In facility-id order, as the comparison views list them. */
  readonly facilities: readonly ComparedFacility[];
  readonly ranking: Ranking;
  readonly dist: Distributions;
  readonly weak: WeakCriteria;
  readonly hasDemo: boolean;
}

/**
 * The comparison as the evaluator's views compute it (chooseSet, scoreSet, rank, distributions,
 * weakCriteria, assignAliases: the steps of buildComparison), for a report. With `anonymise`
 * the names and codes are dropped here, before any text is written, so no writer can leak them.
 */
export function buildComparisonReport(input: {
  framework: Framework;
  facilities: readonly CompareFacility[];
  rounds: readonly CompareRound[];
  filter: SetFilter;
  anonymise: boolean;
}): ComparisonReportData {
  const scored = scoreSet(input.framework, chooseSet(input.facilities, input.rounds, input.filter));
  const aliases = assignAliases(scored.map((s) => s.facility.id));
  const dist = distributions(input.framework, scored);
  return {
    framework: input.framework,
    filter: input.filter,
    anonymise: input.anonymise,
    facilities: scored.map((s) => ({
      id: s.facility.id,
      alias: aliases.get(s.facility.id) ?? '?',
      name: input.anonymise ? null : s.facility.name,
      code: input.anonymise ? null : s.facility.code || null,
      round: s.round,
      result: s.result,
    })),
    ranking: rank(scored),
    dist,
    weak: weakCriteria(dist),
    hasDemo: scored.some((s) => s.facility.demo),
  };
}
