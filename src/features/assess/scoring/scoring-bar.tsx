import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../../../ui/use-media-query';
import type { Progress } from '../progress';
import type { AnswerSaver } from './answer-saver';
import { SaveIndicator } from './save-indicator';

export interface ScoringBarProps {
  progress: Progress;
  saver: AnswerSaver;
  /** Absent once the round is finalised: there is nothing left to answer. */
  onNextUnanswered?: () => void;
}

/** Below these widths the bar speaks in short words, so it stays one line on a tablet/phone. */
const ROOMY = '(min-width: 62em)';
const NARROW = '(max-width: 47.99em)';

/**
 * Progress, save state and "next unanswered" in one line that stays at the top while the team
 * scrolls; the page keeps a scroll padding of its height, so a focused criterion is never
 * hidden under it.
 */
export function ScoringBar({ progress, saver, onNextUnanswered }: ScoringBarProps) {
  const { t } = useTranslation('assess');
  const compact = !useMediaQuery(ROOMY);
  const narrow = useMediaQuery(NARROW, false);
  const counts = { done: progress.done, total: progress.total };
  return (
    <div className="scoring-bar">
      <div className="scoring-bar-progress">
        <span className="scoring-bar-count">
          {compact ? t('progress.short', counts) : t('progress.text', counts)}
        </span>
        <progress
          className="progress"
          value={progress.done}
          max={Math.max(progress.total, 1)}
          aria-label={t('progress.label', { done: progress.done, total: progress.total })}
        />
      </div>
      <SaveIndicator saver={saver} compact={compact} />
      {onNextUnanswered ? (
        <button type="button" className="button primary next-button" onClick={onNextUnanswered}>
          {narrow ? t('scoring.nextUnansweredShort') : t('scoring.nextUnanswered')}
        </button>
      ) : null}
    </div>
  );
}
