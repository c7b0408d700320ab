import { useTranslation } from 'react-i18next';
import type { DbError } from '../../../db/errors';
import type { Scale } from '../../../schemas/framework';
import type { Answer } from '../../../schemas/records';
import { DbErrorText } from '../../shared/db-error-message';
import { levelText } from '../format';
import type { AnswerSaver, SavePhase } from './answer-saver';

export interface SaveProblemProps {
  cid: string;
  saver: AnswerSaver;
  scale: Scale | undefined;
  lang: string;
  phase: SavePhase;
  error: DbError | null;
  theirs: Answer | null;
}

/** A failed save of this criterion, said plainly, with what the user can do about it. */
export function SaveProblem({ cid, saver, scale, lang, phase, error, theirs }: SaveProblemProps) {
  const { t } = useTranslation('assess');
  if (phase === 'conflict') {
    let other: string;
    if (!theirs || (!theirs.notApplicable && theirs.level === null))
      other = t('previous.unanswered');
    else if (theirs.notApplicable) other = t('criterion.na');
    else other = levelText(scale, theirs.level ?? 0, lang);
    return (
      <div className="error-box save-problem" role="alert">
        <p>{t('conflict.text')}</p>
        <p>{t('conflict.theirs', { level: other })}</p>
        <div className="button-row">
          <button
            type="button"
            className="button small primary"
            onClick={() => void saver.keepMine(cid)}
          >
            {t('conflict.keepMine')}
          </button>
          <button type="button" className="button small" onClick={() => saver.takeTheirs(cid)}>
            {t('conflict.takeTheirs')}
          </button>
        </div>
      </div>
    );
  }
  if (phase === 'error' && error) {
    return (
      <div className="error-box save-problem" role="alert">
        <p>
          {t('saveFailed')} <DbErrorText error={error} />
        </p>
        <button type="button" className="button small" onClick={() => void saver.retry(cid)}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return null;
}
