import { useMemo } from 'react';
import { listCriteria } from '../../../domain/framework-model';
import type { AssessmentResult, CriterionStatus } from '../../../domain/scoring';
import type { Framework } from '../../../schemas/framework';
import type { Answer } from '../../../schemas/records';
import { overallProgress, scoreSafely, statusById, type Progress } from '../progress';
import type { AnswerSaver } from './answer-saver';
import { useSaverVersion } from './use-answer-saver';

export interface RoundProgress {
  /** Stored answers with the drafts still being typed or saved laid over them. */
  answers: Record<string, Answer>;
  result: AssessmentResult | null;
  statuses: Map<string, CriterionStatus>;
  progress: Progress;
}

function effectiveAnswers(
  saver: AnswerSaver,
  criterionIds: readonly string[],
  stored: Readonly<Record<string, Answer>>,
): Record<string, Answer> {
  const out: Record<string, Answer> = { ...stored };
  for (const id of criterionIds) {
    const current = saver.current(id, stored[id]);
    if (current) out[id] = current;
  }
  return out;
}

/**
 * Progress of a round as the team sees it while scoring: a draft counts at once (progress,
 * "next unanswered"), not only after it is stored.
 */
export function useRoundProgress(
  saver: AnswerSaver,
  framework: Framework,
  stored: Readonly<Record<string, Answer>>,
): RoundProgress {
  const version = useSaverVersion(saver);
  const criterionIds = useMemo(
    () => listCriteria(framework).map((e) => e.criterion.id),
    [framework],
  );
  // The saver's drafts are read at `version`; the snapshot is recomputed when it changes.
  const snapshot = useMemo(
    () => ({ version, answers: effectiveAnswers(saver, criterionIds, stored) }),
    [saver, criterionIds, stored, version],
  );
  const answers = snapshot.answers;
  const result = useMemo(() => scoreSafely(framework, answers), [framework, answers]);
  const statuses = useMemo(() => statusById(result), [result]);
  return { answers, result, statuses, progress: overallProgress(result, framework) };
}
