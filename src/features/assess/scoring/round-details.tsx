import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAssessmentDetails, type AssessmentDetailsInput } from '../../../db/assessments-repo';
import type { DbError } from '../../../db/errors';
import type { Assessment } from '../../../schemas/records';
import { DbErrorText } from '../../shared/db-error-message';
import {
  ParticipantsEditor,
  checkParticipants,
  rowsFromParticipants,
  type ParticipantErrors,
  type ParticipantRow,
} from '../participants-editor';

const PERIOD_MAX = 80;

function detailsOf(assessment: Assessment): AssessmentDetailsInput {
  return { periodLabel: assessment.periodLabel, participants: assessment.participants };
}

/** Period label and participants of a round: editable while it is a concept. */
export function RoundDetails({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('assess');
  const locked = assessment.status === 'afgerond' || assessment.imported !== undefined;
  return (
    <details className="round-details">
      <summary>{t('details.summary')}</summary>
      {locked ? (
        <dl className="facts">
          <dt>{t('details.period')}</dt>
          <dd>{assessment.periodLabel}</dd>
          <dt>{t('participants.legend')}</dt>
          <dd>
            {assessment.participants.length === 0
              ? t('participants.none')
              : assessment.participants.map((p) => `${p.role} (${p.count})`).join(', ')}
          </dd>
        </dl>
      ) : (
        <DetailsForm assessment={assessment} />
      )}
    </details>
  );
}

function DetailsForm({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('assess');
  const id = useId();
  const [period, setPeriod] = useState(assessment.periodLabel);
  const [rows, setRows] = useState<ParticipantRow[]>(() =>
    rowsFromParticipants(assessment.participants),
  );
  const [periodError, setPeriodError] = useState('');
  const [rowErrors, setRowErrors] = useState<ParticipantErrors>({});
  const [failure, setFailure] = useState<DbError | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  // The details this form started from: a save is refused when another window changed them.
  const [base, setBase] = useState<AssessmentDetailsInput>(() => detailsOf(assessment));
  const [conflict, setConflict] = useState(false);

  function takeTheirs() {
    setPeriod(assessment.periodLabel);
    setRows(rowsFromParticipants(assessment.participants));
    setBase(detailsOf(assessment));
    setConflict(false);
    setFailure(null);
  }

  async function submit(event: FormEvent, over?: AssessmentDetailsInput) {
    event.preventDefault();
    setNotice('');
    setFailure(null);
    setConflict(false);
    const trimmed = period.trim();
    const error =
      trimmed === ''
        ? t('newRound.errors.periodRequired')
        : trimmed.length > PERIOD_MAX
          ? t('newRound.errors.periodTooLong', { max: PERIOD_MAX })
          : '';
    const checked = checkParticipants(rows, t);
    setPeriodError(error);
    setRowErrors(checked.errors);
    if (error) {
      document.getElementById(`${id}-period`)?.focus();
      return;
    }
    if (Object.keys(checked.errors).length > 0) return;
    setBusy(true);
    const result = await updateAssessmentDetails(
      assessment.id,
      { periodLabel: trimmed, participants: checked.participants },
      over ?? base,
    );
    setBusy(false);
    if (!result.ok) {
      if (result.error.kind === 'conflict') setConflict(true);
      else setFailure(result.error);
      return;
    }
    setBase(detailsOf(result.value));
    setNotice(t('details.saved'));
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('details.period')}</label>
        <span className="hint" id={`${id}-period-hint`}>
          {t('newRound.periodHint')}
        </span>
        <input
          id={`${id}-period`}
          value={period}
          maxLength={PERIOD_MAX}
          autoComplete="off"
          aria-invalid={periodError ? true : undefined}
          aria-describedby={[`${id}-period-hint`, periodError ? `${id}-period-error` : '']
            .filter(Boolean)
            .join(' ')}
          onChange={(e) => setPeriod(e.target.value)}
        />
        {periodError ? (
          <p className="field-error" id={`${id}-period-error`}>
            {periodError}
          </p>
        ) : null}
      </div>
      <ParticipantsEditor rows={rows} errors={rowErrors} onChange={setRows} />
      {conflict ? (
        <div className="error-box" role="alert">
          <p>{t('details.conflict.text')}</p>
          <p>
            {t('details.conflict.theirs', {
              period: assessment.periodLabel,
              participants:
                assessment.participants.length === 0
                  ? t('participants.none')
                  : assessment.participants.map((p) => `${p.role} (${p.count})`).join(', '),
            })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button small primary"
              onClick={(e) => void submit(e, detailsOf(assessment))}
            >
              {t('details.conflict.keepMine')}
            </button>
            <button type="button" className="button small" onClick={takeTheirs}>
              {t('details.conflict.takeTheirs')}
            </button>
          </div>
        </div>
      ) : null}
      {failure ? (
        <p className="error-box" role="alert">
          <DbErrorText error={failure} />
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {t('details.save')}
        </button>
        <span role="status">{notice}</span>
      </div>
    </form>
  );
}
