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
export function recoverJournaledDrafts(rounds: readonly Pick<Assessment, 'id' | 'status'>[]): void {
  for (const round of rounds) {
    if (round.status !== 'concept' || started.has(round.id)) continue;
    if (localDraftJournal.list(round.id).length === 0) continue;
    started.add(round.id);
    // Only rounds with journaled drafts are read in full, so a list of thousands stays cheap.
    void getAssessment(round.id).then((assessment) => {
      if (!assessment || assessment.status !== 'concept') return;
      new AnswerSaver(assessment.id, {
        save: saveAnswer,
        load: getAssessment,
        journal: localDraftJournal,
      }).recover(assessment);
    });
  }
}
