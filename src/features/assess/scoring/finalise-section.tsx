import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NA_REASON_MISSING, PROPOSALS_PENDING } from '../../../db/assessments-repo';
import { finaliseAssessment } from '../../../flows/assessments';
import type { DbError } from '../../../db/errors';
import { listCriteria } from '../../../domain/framework-model';
import { localize } from '../../../domain/localize';
import { pendingProposalIds } from '../../../domain/version-carry';
import type { Framework } from '../../../schemas/framework';
import type { Answer, Assessment } from '../../../schemas/records';
import { DbErrorText } from '../../shared/db-error-message';
import { missingNaReason } from '../progress';
import type { AnswerSaver } from './answer-saver';
import { ReopenHistory } from './reopen-history';

export interface FinaliseSectionProps {
  assessment: Assessment;
  framework: Framework;
  answers: Readonly<Record<string, Answer>>;
  saver: AnswerSaver;
  unanswered: number;
  onFinalised: () => void;
}

/**
 * The end of the flow: finalising locks a round. Every N/A that still lacks its reason is
 * listed first (with a link to it), and the round cannot be finalised until each has one.
 */
export function FinaliseSection({
  assessment,
  framework,
  answers,
  saver,
  unanswered,
  onFinalised,
}: FinaliseSectionProps) {
  const { t, i18n } = useTranslation('assess');
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<DbError | null>(null);
  const [unsavedBlock, setUnsavedBlock] = useState(false);
  const [busy, setBusy] = useState(false);
  const focusTarget = useRef<'confirm' | 'finalise' | null>(null);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const el = document.getElementById(`${id}-${target}`);
    if (el) {
      el.focus();
      focusTarget.current = null;
    }
  });

  const withoutReason = listCriteria(framework).filter(({ criterion }) =>
    missingNaReason(framework, criterion, answers[criterion.id]),
  );

  // Carried levels nobody confirmed yet: finalising waits for them (the database refuses too).
  const proposals = pendingProposalIds(framework, answers).length;

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
    setConfirming(false);
    onFinalised();
  }

  return (
    <section className="finalise-section card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('round.finaliseHeading')}</h2>
      {confirming ? (
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
          {proposals > 0 ? <p>{t('carry.finaliseBlocked', { count: proposals })}</p> : null}
          {withoutReason.length > 0 ? (
            <>
              <p>{t('round.naWithoutReason', { count: withoutReason.length })}</p>
              <ul className="na-missing-list">
                {withoutReason.map(({ criterion }) => (
                  <li key={criterion.id}>
                    <Link to={{ search: `?criterium=${encodeURIComponent(criterion.id)}` }} replace>
                      {criterion.code} {localize(criterion.title, i18n.language)}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p>{t('round.confirmText')}</p>
              {unanswered > 0 ? <p>{t('round.confirmUnanswered', { count: unanswered })}</p> : null}
            </>
          )}
          <div className="button-row">
            {withoutReason.length === 0 && proposals === 0 ? (
              <button
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => void finalise()}
              >
                {t('round.confirmYes')}
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
                focusTarget.current = 'finalise';
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p>{t('round.finaliseIntro')}</p>
          <button
            type="button"
            className="button primary"
            id={`${id}-finalise`}
            onClick={() => {
              setConfirming(true);
              setFailure(null);
              setUnsavedBlock(false);
              focusTarget.current = 'confirm';
            }}
          >
            {t('round.finalise')}
          </button>
        </>
      )}
      {unsavedBlock ? (
        <p className="error-box" role="alert">
          {t('round.unsavedBlock')}
        </p>
      ) : null}
      {failure ? (
        <p className="error-box" role="alert">
          {/* Another window may have left an N/A without its reason after this list was drawn. */}
          {failure.kind === 'invalid' && failure.detail?.startsWith(NA_REASON_MISSING) ? (
            t('round.naReasonMissing')
          ) : failure.kind === 'invalid' && failure.detail?.startsWith(PROPOSALS_PENDING) ? (
            t('carry.finaliseRefused')
          ) : (
            <DbErrorText error={failure} />
          )}
        </p>
      ) : null}
      <ReopenHistory assessment={assessment} />
    </section>
  );
}
