import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../shared/use-formatters';
import type { AnswerSaver } from './answer-saver';

/**
 * "All changes saved at 14:32" / "Saving…" / a problem: one polite live region. `compact`: the
 * short words of a phone's bar ("Saved 14:32").
 */
export function SaveIndicator({
  saver,
  compact = false,
}: {
  saver: AnswerSaver;
  compact?: boolean;
}) {
  const { t } = useTranslation('assess');
  const fmt = useFormatters();
  const summary = useSyncExternalStore(
    saver.subscribe,
    () => saver.summary(),
    () => saver.summary(),
  );
  let text: string;
  let className = 'save-indicator';
  if (summary.problems > 0) {
    text = t(compact ? 'save.problemsShort' : 'save.problems', { count: summary.problems });
    className += ' save-problem-text';
  } else if (summary.saving) {
    text = t(compact ? 'save.savingShort' : 'save.saving');
  } else if (summary.lastSavedAt) {
    text = t(compact ? 'save.savedShort' : 'save.savedAt', { time: fmt.time(summary.lastSavedAt) });
  } else {
    text = t(compact ? 'save.autoShort' : 'save.auto');
  }
  return (
    <p role="status" className={className}>
      {text}
    </p>
  );
}
