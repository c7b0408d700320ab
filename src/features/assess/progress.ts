import type { Criterion, Framework } from '../../schemas/framework';
import { criterionNa } from '../../domain/framework-model';
import { scoreAssessment, type AssessmentResult, type CriterionStatus } from '../../domain/scoring';
import type { Answer } from '../../schemas/records';

export interface Progress {
  /** Answered or marked N/A. */
  done: number;
  total: number;
}

/**
 * Completeness as the results pages count it (scoreAssessment), so "12 of 80" here and there
 * always agree. Null if the framework cannot be scored (never for a loaded framework).
 */
export function scoreSafely(
  framework: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
): AssessmentResult | null {
  try {
    return scoreAssessment(framework, answers);
  } catch {
    return null;
  }
}

export function overallProgress(result: AssessmentResult | null, framework: Framework): Progress {
  const total = framework.domains.reduce((sum, d) => sum + d.criteria.length, 0);
  if (!result) return { done: 0, total };
  const c = result.overall.completeness;
  return { done: c.answered + c.notApplicable, total: c.total };
}

export function statusById(result: AssessmentResult | null): Map<string, CriterionStatus> {
  const map = new Map<string, CriterionStatus>();
  for (const domain of result?.domains ?? []) {
    for (const criterion of domain.criteria) map.set(criterion.criterionId, criterion.status);
  }
  return map;
}

/** N/A chosen where a reason is required (scale rule or conditional policy), and none given. */
export function missingNaReason(
  framework: Framework,
  criterion: Criterion,
  answer: Answer | null | undefined,
): boolean {
  if (!answer?.notApplicable) return false;
  return criterionNa(framework, criterion).reasonRequired && answer.naReason.trim() === '';
}
