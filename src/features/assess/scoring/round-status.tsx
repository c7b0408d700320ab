import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { finaliseAssessment } from '../../../flows/assessments';
import { NA_REASON_MISSING, reopenAssessment } from '../../../db/assessments-repo';
import type { DbError } from '../../../db/errors';
import type { Assessment } from '../../../schemas/records';
import { DbErrorText } from '../../shared/db-error-message';
import { useFormatters } from '../../shared/use-formatters';
import type { AnswerSaver } from './answer-saver';

const REASON_MAX = 1000;

type Mode = 'idle' | 'confirm' | 'reopen';

export interface RoundStatusProps {
  assessment: Assessment;
  saver: AnswerSaver;
  unanswered: number;
}

/**
 * Finalising locks a round (nothing can change it); reopening needs a reason, which is kept in
 * the round's history, so a changed result after finalising is always explained.
 */
export function RoundStatus(props: RoundStatusProps) {
  const { t } = useTranslation('exchange');
  const fmt = useFormatters();
  const marker = props.assessment.imported;
  if (marker) {
    return (
      <div className="round-status">
        <p className="notice locked-notice">
          <span className="badge">{t('marker.imported')}</span>{' '}
          {t('marker.readOnly', {
            code: marker.facilityCode,
            date: fmt.dateTime(marker.importedAt),
          })}
        </p>
      </div>
    );
  }
  return <OwnRoundStatus {...props} />;
}

function OwnRoundStatus({ assessment, saver, unanswered }: RoundStatusProps) {
  const { t } = useTranslation('assess');
  const fmt = useFormatters();
  const id = useId();
  const [mode, setMode] = useState<Mode>('idle');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [failure, setFailure] = useState<DbError | null>(null);
  const [unsavedBlock, setUnsavedBlock] = useState(false);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const focusTarget = useRef<'confirm' | 'reason' | 'locked' | 'finalise' | null>(null);
  const locked = assessment.status === 'afgerond';

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const el = document.getElementById(`${id}-${target}`);
    if (el) {
      el.focus();
      focusTarget.current = null;
    }
  });

  async function finalise() {
    setBusy(true);
    setFailure(null);
    setUnsavedBlock(false);
    // Every pending edit is saved first; finalising over an unsaved edit would lose it.
    await saver.flushAll();
    if (saver.hasUnsaved()) {
      setBusy(false);
      setUnsavedBlock(true);
      return;
    }
    const result = await finaliseAssessment(assessment.id);
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setMode('idle');
    setAnnouncement(t('round.finalisedAnnouncement'));
    focusTarget.current = 'locked';
  }

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
    setMode('idle');
    setReason('');
    setReasonError(false);
    setAnnouncement(t('round.reopenedAnnouncement'));
    focusTarget.current = 'finalise';
  }

  return (
    <div className="round-status">
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {locked ? (
        <div className="notice locked-notice" id={`${id}-locked`} tabIndex={-1}>
          <p>
            <strong>
              {t('round.finalisedOn', {
                date: fmt.dateTime(assessment.finalisedAt ?? assessment.updatedAt),
              })}
            </strong>{' '}
            {t('round.lockedText')}
          </p>
          {mode !== 'reopen' ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setMode('reopen');
                setFailure(null);
                focusTarget.current = 'reason';
              }}
            >
              {t('round.reopen')}
            </button>
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
                    setMode('idle');
                    setReasonError(false);
                  }}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          )}
        </div>
      ) : mode === 'confirm' ? (
        <div
          className="notice confirm-box"
          role="group"
          aria-labelledby={`${id}-confirm-q`}
          id={`${id}-confirm`}
          tabIndex={-1}
        >
          <p id={`${id}-confirm-q`}>
            <strong>{t('round.confirmQuestion')}</strong>
          </p>
          <p>{t('round.confirmText')}</p>
          {unanswered > 0 ? <p>{t('round.confirmUnanswered', { count: unanswered })}</p> : null}
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void finalise()}
            >
              {t('round.confirmYes')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setMode('idle');
                focusTarget.current = 'finalise';
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          id={`${id}-finalise`}
          onClick={() => {
            setMode('confirm');
            setFailure(null);
            setUnsavedBlock(false);
            focusTarget.current = 'confirm';
          }}
        >
          {t('round.finalise')}
        </button>
      )}
      {unsavedBlock ? (
        <p className="error-box" role="alert">
          {t('round.unsavedBlock')}
        </p>
      ) : null}
      {failure ? (
        <p className="error-box" role="alert">
          {failure.kind === 'invalid' && failure.detail?.startsWith(NA_REASON_MISSING) ? (
            t('round.naReasonMissing')
          ) : (
            <DbErrorText error={failure} />
          )}
        </p>
      ) : null}
      {assessment.reopenings.length > 0 ? (
        <div className="reopen-history">
          <p className="small-text">
            <strong>{t('round.historyTitle')}</strong>
          </p>
          <ul className="small-text">
            {assessment.reopenings.map((r, i) => (
              <li key={`${r.at}-${i}`}>
                {t('round.historyItem', { date: fmt.dateTime(r.at), reason: r.reason })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
