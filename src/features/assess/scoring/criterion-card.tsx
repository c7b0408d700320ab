import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionIds } from '../../../domain/carry-over';
import { criterionNa, criterionNorm, criterionScale } from '../../../domain/framework-model';
import { localize } from '../../../domain/localize';
import { confirmProposal, dropProposal, pendingProposal } from '../../../domain/version-carry';
import type { Criterion, Framework } from '../../../schemas/framework';
import type { Answer } from '../../../schemas/records';
import { levelText } from '../format';
import { missingNaReason } from '../progress';
import { newerAnswer, type AnswerSaver, type EditMode } from './answer-saver';
import { ActionsEditor } from './actions-editor';
import { EvidenceEditor } from './evidence-editor';
import { hasModifier, isLevelShortcutTarget, isTypingTarget } from './keyboard';
import { OwnTarget } from './own-target';
import { PreviousRound, previousScale } from './previous-round';
import { ProposalNotice } from './proposal-notice';
import { RecoveredNotice } from './recovered-notice';
import { SaveProblem } from './save-problem';
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
  /** The framework version of that round: its level labels are shown for its answer. */
  previousFramework: Framework | undefined;
  locked: boolean;
  saver: AnswerSaver;
  rolesListId: string;
}

export function criterionElementId(criterionId: string): string {
  return `criterion-${criterionId}`;
}

/**
 * Keyboard rules inside a card: a number chooses that level and the focus follows it; N (or 0
 * where 0 is no level) chooses N/A and moves to the reason; Escape leaves a text field for the
 * card, so the shortcuts work again. A shortcut is never typed into a field.
 */
function useCardShortcuts(opts: {
  locked: boolean;
  levels: readonly number[];
  naAllowed: boolean;
  prefix: string;
  chooseLevel: (value: number) => void;
  chooseNa: () => void;
}) {
  const cardRef = useRef<HTMLElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    const el = document.getElementById(id);
    if (el) {
      el.focus();
      focusAfterRender.current = null;
    }
  });

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const { locked, levels, naAllowed, prefix } = opts;
    if (locked || hasModifier(event)) return;
    const target = event.target;
    const typing = isTypingTarget(target);
    if (event.key === 'Escape') {
      if (!typing) return;
      event.preventDefault();
      cardRef.current?.focus();
      return;
    }
    if (typing && !isLevelShortcutTarget(target)) return;
    const key = event.key;
    if (/^[0-9]$/.test(key)) {
      const value = Number(key);
      if (levels.includes(value)) {
        opts.chooseLevel(value);
        document.getElementById(`${prefix}-level-${value}`)?.focus();
      } else if (value === 0 && naAllowed) {
        opts.chooseNa();
        focusAfterRender.current = `${prefix}-na-reason`;
      } else {
        // Not a level here; still no type-ahead in the target select.
        if (isLevelShortcutTarget(target)) event.preventDefault();
        return;
      }
    } else if ((key === 'n' || key === 'N') && naAllowed) {
      opts.chooseNa();
      focusAfterRender.current = `${prefix}-na-reason`;
    } else {
      return;
    }
    event.preventDefault();
  }
  return { cardRef, onKeyDown };
}

/** One criterion: its level, N/A with reason, target, evidence, actions and discussion flag. */
export const CriterionCard = memo(function CriterionCard({
  framework,
  criterion,
  stored,
  hasPrevious,
  previousAnswer,
  previousFramework,
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
  const na = criterionNa(framework, criterion);
  const naAllowed = na.allowed;
  const choice: number | 'na' | null =
    answer?.notApplicable && naAllowed ? 'na' : (answer?.level ?? null);
  const reasonMissing = missingNaReason(framework, criterion, answer);
  const carriedIds = useMemo(() => actionIds(previousAnswer), [previousAnswer]);
  const targetCarried =
    answer?.target !== null &&
    answer?.target !== undefined &&
    previousAnswer?.target === answer.target;

  const edit = (update: (a: Answer) => Answer, mode: EditMode) =>
    saver.edit(cid, stored, update, mode);
  const flush = () => void saver.flush(cid);
  // A level or N/A the team chooses itself settles a carried proposal.
  const chooseLevel = (value: number) =>
    edit((a) => dropProposal({ ...a, level: value, notApplicable: false }), 'now');
  const chooseNa = () =>
    edit((a) => dropProposal({ ...a, level: null, notApplicable: true }), 'now');
  const proposal = pendingProposal(answer);
  const { cardRef, onKeyDown } = useCardShortcuts({
    locked,
    levels: scale?.levels.map((l) => l.value) ?? [],
    naAllowed,
    prefix,
    chooseLevel,
    chooseNa,
  });

  const descriptorOf = (value: number) =>
    localize(criterion.levelDescriptors.find((d) => d.value === value)?.text, lang);

  return (
    <section
      ref={cardRef}
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
        {hasPrevious ? (
          <PreviousRound
            answer={previousAnswer}
            scale={previousScale(previousFramework, cid) ?? scale}
            lang={lang}
          />
        ) : null}
        {proposal ? (
          <ProposalNotice
            idPrefix={prefix}
            proposal={proposal}
            scale={scale}
            previousFramework={previousFramework}
            lang={lang}
            locked={locked}
            onConfirm={() => edit(confirmProposal, 'now')}
          />
        ) : null}
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
                  {na.condition
                    ? t('criterion.naDescCondition', { condition: localize(na.condition, lang) })
                    : na.reasonRequired
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
              required={na.reasonRequired}
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
        <OwnTarget
          idPrefix={prefix}
          scale={scale}
          norm={norm}
          target={answer?.target ?? null}
          carried={targetCarried}
          locked={locked}
          onChange={(target) => edit((a) => ({ ...a, target }), 'now')}
        />
        {locked ? (
          answer?.toDiscuss ? (
            <p className="discuss-text">
              <span className="badge concept">{t('criterion.toDiscuss')}</span>
            </p>
          ) : null
        ) : (
          <div className="field checkbox-field">
            <input
              type="checkbox"
              id={`${prefix}-discuss`}
              checked={answer?.toDiscuss ?? false}
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
        )}
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
        carriedIds={carriedIds}
        locked={locked}
        rolesListId={rolesListId}
        onEdit={(update, mode) => edit((a) => ({ ...a, actions: update(a.actions) }), mode)}
        onFlush={flush}
      />
    </section>
  );
});
