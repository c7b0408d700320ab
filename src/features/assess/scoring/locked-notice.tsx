import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reopenAssessment } from '../../../db/assessments-repo';
import type { DbError } from '../../../db/errors';
import type { Assessment } from '../../../schemas/records';
import { DbErrorText } from '../../shared/db-error-message';
import { useFormatters } from '../../shared/use-formatters';
import { ReopenHistory } from './reopen-history';

const REASON_MAX = 1000;

export interface LockedNoticeProps {
  assessment: Assessment;
  /** Take the focus when shown (right after finalising). */
  focusOnShow: boolean;
  onReopened: () => void;
}

/**
 * A finalised round: its results are the next step; reopening needs a reason, which is kept in
 * the round's history, so a changed result after finalising is always explained.
 */
export function LockedNotice({ assessment, focusOnShow, onReopened }: LockedNoticeProps) {
  const { t } = useTranslation('assess');
  const fmt = useFormatters();
  const id = useId();
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [failure, setFailure] = useState<DbError | null>(null);
  const [busy, setBusy] = useState(false);
  const focusTarget = useRef<'locked' | 'reason' | null>(focusOnShow ? 'locked' : null);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const el = document.getElementById(`${id}-${target}`);
    if (el) {
      el.focus();
      focusTarget.current = null;
    }
  });

  async function reopen(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '') {
      setReasonError(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await reopenAssessment(assessment.id, trimmed);
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    onReopened();
  }

  return (
    <div className="notice locked-notice" id={`${id}-locked`} tabIndex={-1}>
      <p>
        <strong>
          {t('round.finalisedOn', {
            date: fmt.dateTime(assessment.finalisedAt ?? assessment.updatedAt),
          })}
        </strong>{' '}
        {t('round.lockedText')}
      </p>
      {!reopening ? (
        <div className="button-row">
          <Link
            className="button primary"
            to={`/resultaten/ronde/${encodeURIComponent(assessment.id)}`}
          >
            {t('round.viewResults')}
          </Link>
          <button
            type="button"
            className="button"
            onClick={() => {
              setReopening(true);
              setFailure(null);
              focusTarget.current = 'reason';
            }}
          >
            {t('round.reopen')}
          </button>
        </div>
      ) : (
        <form noValidate onSubmit={(e) => void reopen(e)} className="reopen-form">
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('round.reopenReason')}</label>
            <span className="hint" id={`${id}-reason-hint`}>
              {t('round.reopenReasonHint')} {t('privacyHint')}
            </span>
            <textarea
              id={`${id}-reason`}
              value={reason}
              maxLength={REASON_MAX}
              required
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={[`${id}-reason-hint`, reasonError ? `${id}-reason-error` : '']
                .filter(Boolean)
                .join(' ')}
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim() !== '') setReasonError(false);
              }}
            />
            {reasonError ? (
              <p className="field-error" id={`${id}-reason-error`} role="alert">
                {t('round.reopenReasonRequired')}
              </p>
            ) : null}
          </div>
          <div className="button-row">
            <button type="submit" className="button primary" disabled={busy}>
              {t('round.reopenConfirm')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setReopening(false);
                setReasonError(false);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {failure ? (
        <p className="error-box" role="alert">
          <DbErrorText error={failure} />
        </p>
      ) : null}
      <ReopenHistory assessment={assessment} />
    </div>
  );
}
