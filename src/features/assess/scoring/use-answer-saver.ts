import { useEffect, useState, useSyncExternalStore } from 'react';
import { getAssessment, saveAnswer } from '../../../db/assessments-repo';
import { ensurePersistenceRequested } from '../../../db/storage';
import { AnswerSaver, type EntryState } from './answer-saver';
import { localDraftJournal } from './draft-journal';

/**
 * One saver per open round. Pending edits are flushed when the page is hidden or closed
 * (pagehide, visibilitychange) and when the screen unmounts; a leave prompt appears only for
 * edits that cannot be saved without the user (conflict, error).
 */
export function useAnswerSaver(assessmentId: string): AnswerSaver {
  const [saver] = useState(
    () =>
      new AnswerSaver(assessmentId, {
        save: saveAnswer,
        load: getAssessment,
        journal: localDraftJournal,
        // The first save is when data worth keeping exists; asks the browser once to keep it.
        onSaved: () => void ensurePersistenceRequested(),
      }),
  );

  useEffect(() => {
    const flush = () => void saver.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasProblems()) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      saver.dispose();
    };
  }, [saver]);

  return saver;
}

/** Re-renders when anything in the saver changes; returns its version counter. */
export function useSaverVersion(saver: AnswerSaver): number {
  return useSyncExternalStore(saver.subscribe, saver.getVersion, saver.getVersion);
}

/** The save state of one criterion; re-renders only when that criterion's state changes. */
export function useSaverEntry(saver: AnswerSaver, criterionId: string): EntryState {
  const get = () => saver.entry(criterionId);
  return useSyncExternalStore(saver.subscribe, get, get);
}
