import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createAssessment } from '../../../flows/assessments';
import type { DbError } from '../../../db/errors';
import type { CatalogueEntry } from '../../../flows/framework-catalogue';
import { localize } from '../../../domain/localize';
import { planCarryAcrossVersions, planVersionCarry } from '../../../domain/version-carry';
import type { Assessment } from '../../../schemas/records';
import { DbErrorText } from '../../shared/db-error-message';
import { CarryPreview } from './carry-preview';
import { defaultFrameworkKey, frameworkKey } from './default-framework';
import {
  ParticipantsEditor,
  checkParticipants,
  type ParticipantErrors,
  type ParticipantRow,
} from '../participants-editor';

export const PERIOD_MAX = 80;

export interface NewRoundFormProps {
  facilityId: string;
  catalogue: CatalogueEntry[];
  /** This facility's rounds, newest first. */
  rounds: Assessment[];
  onCreated: (assessment: Assessment) => void;
}

const keyOf = frameworkKey;

/** Starts a round pinned to one framework version, optionally following an earlier round. */
export function NewRoundForm({ facilityId, catalogue, rounds, onCreated }: NewRoundFormProps) {
  const { t, i18n } = useTranslation('assess');
  const id = useId();
  const [chosenKey, setChosenKey] = useState(() => defaultFrameworkKey(catalogue, rounds));
  const [period, setPeriod] = useState('');
  const [rows, setRows] = useState<ParticipantRow[]>([]);
  const [previousId, setPreviousId] = useState('');
  const [errors, setErrors] = useState<{ framework?: string; period?: string }>({});
  const [rowErrors, setRowErrors] = useState<ParticipantErrors>({});
  const [failure, setFailure] = useState<DbError | null>(null);
  const [busy, setBusy] = useState(false);

  const selected = catalogue.find((entry) => keyOf(entry) === chosenKey);
  // Only rounds of the same framework (any version) can be followed up.
  const candidates = selected ? rounds.filter((round) => round.frameworkId === selected.id) : [];
  const previous = candidates.find((round) => round.id === previousId);
  // Following up a round of an earlier version: preview what its answers become.
  const previousEntry = previous
    ? catalogue.find(
        (entry) => entry.id === previous.frameworkId && entry.version === previous.frameworkVersion,
      )
    : undefined;
  const carry =
    selected && previous && previousEntry
      ? planVersionCarry(selected.framework, previousEntry.framework, previous.answers)
      : null;
  const carriedPlan =
    carry && selected && previous
      ? planCarryAcrossVersions(carry, selected.framework, previous.answers)
      : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: { framework?: string; period?: string } = {};
    if (!selected) found.framework = t('newRound.errors.framework');
    const trimmed = period.trim();
    if (trimmed === '') found.period = t('newRound.errors.periodRequired');
    else if (trimmed.length > PERIOD_MAX)
      found.period = t('newRound.errors.periodTooLong', { max: PERIOD_MAX });
    const checked = checkParticipants(rows, t);
    setErrors(found);
    setRowErrors(checked.errors);
    setFailure(null);
    if (found.framework) {
      document.getElementById(`${id}-framework`)?.focus();
      return;
    }
    if (found.period) {
      document.getElementById(`${id}-period`)?.focus();
      return;
    }
    if (Object.keys(checked.errors).length > 0 || !selected) return;
    setBusy(true);
    const result = await createAssessment({
      facilityId,
      frameworkId: selected.id,
      frameworkVersion: selected.version,
      periodLabel: trimmed,
      participants: checked.participants,
      previousAssessmentId: previous?.id ?? null,
    });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    onCreated(result.value);
  }

  const hasErrors = Object.keys(errors).length > 0 || Object.keys(rowErrors).length > 0;

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-framework`}>{t('newRound.framework')}</label>
        <span className="hint" id={`${id}-framework-hint`}>
          {t('newRound.frameworkHint')}
        </span>
        <select
          id={`${id}-framework`}
          value={chosenKey}
          aria-describedby={[
            `${id}-framework-hint`,
            errors.framework ? `${id}-framework-error` : '',
          ]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={errors.framework ? true : undefined}
          onChange={(e) => {
            setChosenKey(e.target.value);
            setPreviousId('');
          }}
        >
          {catalogue.length === 0 ? <option value="">{t('newRound.noFrameworks')}</option> : null}
          {catalogue.map((entry) => (
            <option key={keyOf(entry)} value={keyOf(entry)}>
              {t('newRound.frameworkOption', {
                title: localize(entry.title, i18n.language),
                version: entry.version,
              })}
              {entry.status === 'concept' ? ` (${t('newRound.draftFramework')})` : ''}
            </option>
          ))}
        </select>
        {errors.framework ? (
          <p className="field-error" id={`${id}-framework-error`}>
            {errors.framework}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('newRound.period')}</label>
        <span className="hint" id={`${id}-period-hint`}>
          {t('newRound.periodHint')}
        </span>
        <input
          id={`${id}-period`}
          value={period}
          maxLength={PERIOD_MAX}
          autoComplete="off"
          aria-describedby={[`${id}-period-hint`, errors.period ? `${id}-period-error` : '']
            .filter(Boolean)
            .join(' ')}
          aria-invalid={errors.period ? true : undefined}
          onChange={(e) => setPeriod(e.target.value)}
        />
        {errors.period ? (
          <p className="field-error" id={`${id}-period-error`}>
            {errors.period}
          </p>
        ) : null}
      </div>
      <ParticipantsEditor rows={rows} errors={rowErrors} onChange={setRows} />
      <div className="field">
        <label htmlFor={`${id}-previous`}>{t('newRound.previous')}</label>
        <span className="hint" id={`${id}-previous-hint`}>
          {candidates.length === 0 ? t('newRound.previousNone') : t('newRound.previousHint')}
        </span>
        <select
          id={`${id}-previous`}
          value={previous ? previous.id : ''}
          disabled={candidates.length === 0}
          aria-describedby={`${id}-previous-hint`}
          onChange={(e) => setPreviousId(e.target.value)}
        >
          <option value="">{t('newRound.previousEmpty')}</option>
          {candidates.map((round) => (
            <option key={round.id} value={round.id}>
              {t('newRound.previousOption', {
                period: round.periodLabel,
                status: t(`status.${round.status}`),
                version: round.frameworkVersion,
              })}
            </option>
          ))}
        </select>
      </div>
      {carry && selected && previousEntry ? (
        <CarryPreview
          carry={carry}
          plan={carriedPlan ?? new Map()}
          framework={selected.framework}
          previousFramework={previousEntry.framework}
        />
      ) : null}
      {hasErrors ? (
        <p className="error-box" role="alert">
          {t('newRound.fixErrors')}
        </p>
      ) : null}
      {failure ? (
        <p className="error-box" role="alert">
          <DbErrorText error={failure} />
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={busy || catalogue.length === 0}>
        {t('newRound.submit')}
      </button>
    </form>
  );
}
