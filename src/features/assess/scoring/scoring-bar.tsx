import { useTranslation } from 'react-i18next';
import type { Progress } from '../progress';
import type { AnswerSaver } from './answer-saver';
import { SaveIndicator } from './save-indicator';

export interface ScoringBarProps {
  progress: Progress;
  saver: AnswerSaver;
  /** Absent once the round is finalised: there is nothing left to answer. */
  onNextUnanswered?: () => void;
}

/**
 * Progress, save state and "next unanswered" in one compact bar that stays at the top while
 * the team scrolls; the page keeps a scroll padding of its height, so a focused criterion is
 * never hidden under it.
 */
export function ScoringBar({ progress, saver, onNextUnanswered }: ScoringBarProps) {
  const { t } = useTranslation('assess');
  return (
    <div className="scoring-bar">
      <div className="scoring-bar-progress">
        <span className="scoring-bar-count">
          {t('progress.text', { done: progress.done, total: progress.total })}
        </span>
        <progress
          className="progress"
          value={progress.done}
          max={Math.max(progress.total, 1)}
          aria-label={t('progress.label', { done: progress.done, total: progress.total })}
        />
      </div>
      <SaveIndicator saver={saver} />
      {onNextUnanswered ? (
        <button type="button" className="button primary next-button" onClick={onNextUnanswered}>
          {t('scoring.nextUnanswered')}
        </button>
      ) : null}
    </div>
  );
}
