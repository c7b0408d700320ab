import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionNorm, criterionScale } from '../../../domain/framework-model';
import { localize } from '../../../domain/localize';
import type { Criterion, Framework, Scale } from '../../../schemas/framework';
import type { DbError } from '../../../db/errors';
import type { Answer } from '../../../schemas/records';
import { DbErrorText } from '../../shared/db-error-message';
import { levelText } from '../format';
import { missingNaReason } from '../progress';
import { newerAnswer, type AnswerSaver, type EditMode, type SavePhase } from './answer-saver';
import { ActionsEditor } from './actions-editor';
import { EvidenceEditor } from './evidence-editor';
import { RecoveredNotice } from './recovered-notice';
import { hasModifier, isTypingTarget } from './keyboard';
import { useSaverEntry } from './use-answer-saver';

const NA_REASON_MAX = 5000;

export interface CriterionCardProps {
  framework: Framework;
  criterion: Criterion;
  /** The stored answer (live from the database). */
  stored: Answer | undefined;
  /** The round follows up an earlier one. */
  hasPrevious: boolean;
  /** That round's answer to this criterion, if any. */
  previousAnswer: Answer | undefined;
  locked: boolean;
  saver: AnswerSaver;
  rolesListId: string;
}

export function criterionElementId(criterionId: string): string {
  return `criterion-${criterionId}`;
}

/** One criterion: its level, N/A with reason, target, evidence, actions and discussion flag. */
export const CriterionCard = memo(function CriterionCard({
  framework,
  criterion,
  stored,
  hasPrevious,
  previousAnswer,
  locked,
  saver,
  rolesListId,
}: CriterionCardProps) {
  const { t, i18n } = useTranslation('assess');
  const lang = i18n.language;
  const entry = useSaverEntry(saver, criterion.id);
  const answer = entry.draft ?? newerAnswer(entry.saved, stored);
  const scale = criterionScale(framework, criterion);
  const norm = criterionNorm(framework, criterion);
  const cid = criterion.id;
  const prefix = `c-${cid}`;
  const headingId = `${prefix}-heading`;
  const naAllowed = !!scale?.notApplicable.allowed;
  const choice: number | 'na' | null =
    answer?.notApplicable && naAllowed ? 'na' : (answer?.level ?? null);
  const reasonMissing = missingNaReason(framework, criterion, answer);

  const edit = (update: (a: Answer) => Answer, mode: EditMode) =>
    saver.edit(cid, stored, update, mode);
  const flush = () => void saver.flush(cid);
  const chooseLevel = (value: number) =>
    edit((a) => ({ ...a, level: value, notApplicable: false }), 'now');
  const chooseNa = () => edit((a) => ({ ...a, level: null, notApplicable: true }), 'now');

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (locked || hasModifier(event) || isTypingTarget(event.target)) return;
    const key = event.key;
    if (/^[0-9]$/.test(key)) {
      const value = Number(key);
      if (scale?.levels.some((l) => l.value === value)) chooseLevel(value);
      else if (value === 0 && naAllowed) chooseNa();
      else return;
    } else if ((key === 'n' || key === 'N') && naAllowed) {
      chooseNa();
    } else {
      return;
    }
    event.preventDefault();
  }

  const descriptorOf = (value: number) =>
    localize(criterion.levelDescriptors.find((d) => d.value === value)?.text, lang);

  return (
    <section
      className={`card criterion-card${locked ? ' locked' : ''}`}
      id={criterionElementId(cid)}
      data-criterion-id={cid}
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <fieldset className="levels" disabled={locked} aria-describedby={`${prefix}-desc`}>
        <legend>
          <h3 id={headingId}>
            <span className="criterion-code">{criterion.code}</span>{' '}
            {localize(criterion.title, lang)}
          </h3>
        </legend>
        <p id={`${prefix}-desc`} className="criterion-description">
          {localize(criterion.description, lang)}
        </p>
        {hasPrevious ? <PreviousRound answer={previousAnswer} scale={scale} lang={lang} /> : null}
        <div className="level-options">
          {scale?.levels.map((level) => {
            const optionId = `${prefix}-level-${level.value}`;
            return (
              <label key={level.value} className="level-option" htmlFor={optionId}>
                <input
                  type="radio"
                  id={optionId}
                  name={`${prefix}-level`}
                  value={String(level.value)}
                  checked={choice === level.value}
                  aria-labelledby={`${optionId}-label`}
                  aria-describedby={`${optionId}-desc`}
                  onChange={() => chooseLevel(level.value)}
                />
                <span className="level-text">
                  <span className="level-label" id={`${optionId}-label`}>
                    {levelText(scale, level.value, lang)}
                  </span>
                  <span className="level-descriptor" id={`${optionId}-desc`}>
                    {descriptorOf(level.value)}
                  </span>
                </span>
              </label>
            );
          })}
          {naAllowed ? (
            <label className="level-option na-option" htmlFor={`${prefix}-na`}>
              <input
                type="radio"
                id={`${prefix}-na`}
                name={`${prefix}-level`}
                value="na"
                checked={choice === 'na'}
                aria-labelledby={`${prefix}-na-label`}
                aria-describedby={`${prefix}-na-desc`}
                onChange={chooseNa}
              />
              <span className="level-text">
                <span className="level-label" id={`${prefix}-na-label`}>
                  {t('criterion.na')}
                </span>
                <span className="level-descriptor" id={`${prefix}-na-desc`}>
                  {scale?.notApplicable.reasonRequired
                    ? t('criterion.naDescReason')
                    : t('criterion.naDesc')}
                </span>
              </span>
            </label>
          ) : null}
        </div>
        {choice !== null && !locked ? (
          <button
            type="button"
            className="button small link-like"
            onClick={() => edit((a) => ({ ...a, level: null, notApplicable: false }), 'now')}
          >
            {t('criterion.clear')}
          </button>
        ) : null}
        {choice === 'na' ? (
          <div className="field na-reason">
            <label htmlFor={`${prefix}-na-reason`}>{t('criterion.naReason')}</label>
            <span className="hint privacy-hint" id={`${prefix}-na-reason-hint`}>
              {t('privacyHint')}
            </span>
            <textarea
              id={`${prefix}-na-reason`}
              value={answer?.naReason ?? ''}
              maxLength={NA_REASON_MAX}
              readOnly={locked}
              required={scale?.notApplicable.reasonRequired}
              aria-invalid={reasonMissing ? true : undefined}
              aria-describedby={[
                `${prefix}-na-reason-hint`,
                reasonMissing ? `${prefix}-na-reason-error` : '',
              ]
                .filter(Boolean)
                .join(' ')}
              onChange={(e) => {
                const naReason = e.target.value;
                edit((a) => ({ ...a, naReason }), 'debounced');
              }}
              onBlur={flush}
            />
            {reasonMissing ? (
              <p className="field-error" id={`${prefix}-na-reason-error`}>
                {t('criterion.naReasonRequired')}
              </p>
            ) : null}
          </div>
        ) : null}
      </fieldset>

      <RecoveredNotice
        cid={cid}
        saver={saver}
        entry={entry}
        stored={stored}
        scale={scale}
        lang={lang}
        locked={locked}
      />
      <SaveProblem
        cid={cid}
        saver={saver}
        scale={scale}
        lang={lang}
        phase={entry.phase}
        error={entry.error}
        theirs={entry.theirs}
      />

      <div className="criterion-grid">
        <div className="field">
          <label htmlFor={`${prefix}-target`}>{t('criterion.target')}</label>
          <span className="hint" id={`${prefix}-target-hint`}>
            {t('criterion.norm', { level: levelText(scale, norm, lang) })}
          </span>
          <select
            id={`${prefix}-target`}
            value={String(answer?.target ?? norm)}
            disabled={locked}
            aria-describedby={`${prefix}-target-hint`}
            onChange={(e) => {
              const value = Number(e.target.value);
              edit((a) => ({ ...a, target: value === norm ? null : value }), 'now');
            }}
          >
            {scale?.levels.map((level) => (
              <option key={level.value} value={String(level.value)}>
                {levelText(scale, level.value, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field checkbox-field">
          <input
            type="checkbox"
            id={`${prefix}-discuss`}
            checked={answer?.toDiscuss ?? false}
            disabled={locked}
            aria-describedby={`${prefix}-discuss-hint`}
            onChange={(e) => {
              const toDiscuss = e.target.checked;
              edit((a) => ({ ...a, toDiscuss }), 'now');
            }}
          />
          <label htmlFor={`${prefix}-discuss`}>{t('criterion.toDiscuss')}</label>
          <span className="hint" id={`${prefix}-discuss-hint`}>
            {t('criterion.toDiscussHint')}
          </span>
        </div>
      </div>

      {criterion.guidance.length > 0 || criterion.evidenceExamples.length > 0 ? (
        <details className="guidance">
          <summary>{t('criterion.guidance')}</summary>
          {criterion.guidance.length > 0 ? (
            <>
              <h4>{t('criterion.guidanceQuestions')}</h4>
              <ul>
                {criterion.guidance.map((q, i) => (
                  <li key={i}>{localize(q, lang)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {criterion.evidenceExamples.length > 0 ? (
            <>
              <h4>{t('criterion.evidenceExamples')}</h4>
              <ul>
                {criterion.evidenceExamples.map((q, i) => (
                  <li key={i}>{localize(q, lang)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
      ) : null}

      <EvidenceEditor
        idPrefix={prefix}
        items={answer?.evidence ?? []}
        locked={locked}
        onEdit={(update, mode) => edit((a) => ({ ...a, evidence: update(a.evidence) }), mode)}
        onFlush={flush}
      />
      <ActionsEditor
        idPrefix={prefix}
        items={answer?.actions ?? []}
        locked={locked}
        rolesListId={rolesListId}
        onEdit={(update, mode) => edit((a) => ({ ...a, actions: update(a.actions) }), mode)}
        onFlush={flush}
      />
    </section>
  );
});

function PreviousRound({
  answer,
  scale,
  lang,
}: {
  answer: Answer | undefined;
  scale: Scale | undefined;
  lang: string;
}) {
  const { t } = useTranslation('assess');
  let value: string;
  if (!answer || (!answer.notApplicable && answer.level === null)) value = t('previous.unanswered');
  else if (answer.notApplicable) value = t('previous.na', { reason: answer.naReason || '–' });
  else value = levelText(scale, answer.level ?? 0, lang);
  return (
    <div className="previous-round">
      <p>
        <strong>{t('previous.label')}</strong> {value}
      </p>
      {answer && answer.evidence.length > 0 ? (
        <ul className="previous-evidence">
          {answer.evidence.map((item) => (
            <li key={item.id}>
              <span className="badge">{t(`evidenceKinds.${item.kind}`)}</span> {item.note}
              {item.reference ? <span className="muted"> ({item.reference})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface SaveProblemProps {
  cid: string;
  saver: AnswerSaver;
  scale: Scale | undefined;
  lang: string;
  phase: SavePhase;
  error: DbError | null;
  theirs: Answer | null;
}

/** A failed save of this criterion, said plainly, with what the user can do about it. */
function SaveProblem({ cid, saver, scale, lang, phase, error, theirs }: SaveProblemProps) {
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
