import { getAssessment, saveAnswer } from '../../../db/assessments-repo';
import type { Assessment } from '../../../schemas/records';
import { AnswerSaver } from './answer-saver';
import { localDraftJournal } from './draft-journal';

const started = new Set<string>();

/**
 * Saves drafts that an earlier session journaled but never got into IndexedDB (the tab was
 * closed right after typing), as soon as a page lists the round, so results and reports see
 * them without the round having to be opened first. Runs at most once per round and page load;
 * drafts that meet a conflict or an error stay in the journal and are shown when the round is
 * opened (the scoring screen recovers them itself).
 */
export function recoverJournaledDrafts(assessments: readonly Assessment[]): void {
  for (const assessment of assessments) {
    if (assessment.status !== 'concept' || started.has(assessment.id)) continue;
    if (localDraftJournal.list(assessment.id).length === 0) continue;
    started.add(assessment.id);
    new AnswerSaver(assessment.id, {
      save: saveAnswer,
      load: getAssessment,
      journal: localDraftJournal,
    }).recover(assessment);
  }
}
