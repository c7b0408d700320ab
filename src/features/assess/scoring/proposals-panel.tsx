import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listCriteria } from '../../../domain/framework-model';
import { localize } from '../../../domain/localize';
import {
  confirmProposal,
  isSameMeaning,
  pendingProposal,
  pendingProposalIds,
} from '../../../domain/version-carry';
import type { Framework } from '../../../schemas/framework';
import type { Answer } from '../../../schemas/records';
import type { AnswerSaver } from './answer-saver';

export interface ProposalsPanelProps {
  framework: Framework;
  /** Stored answers with the drafts laid over them (what the screen shows). */
  answers: Readonly<Record<string, Answer>>;
  /** Stored answers (the saver's base). */
  stored: Readonly<Record<string, Answer>>;
  saver: AnswerSaver;
  locked: boolean;
}

/**
 * Levels carried from a round of an earlier framework version wait here until a person confirms
 * them: the count, a list to go through, and one button for the proposals whose meaning the
 * lineage says did not change (stricter, split and merged ones are confirmed one by one).
 */
export function ProposalsPanel({ framework, answers, stored, saver, locked }: ProposalsPanelProps) {
  const { t, i18n } = useTranslation('assess');
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const pending = pendingProposalIds(framework, answers);
  if (pending.length === 0) {
    return announcement ? (
      <p role="status" className="notice">
        {announcement} {t('carry.panelDone')}
      </p>
    ) : null;
  }
  const fromVersion = pendingProposal(answers[pending[0]!])?.fromVersion ?? '';
  const same = pending.filter((cid) => {
    const proposal = pendingProposal(answers[cid]);
    return proposal !== null && isSameMeaning(proposal);
  });
  const criteria = new Map(listCriteria(framework).map((e) => [e.criterion.id, e.criterion]));

  function confirmSame() {
    for (const cid of same) saver.edit(cid, stored[cid], confirmProposal, 'now');
    setAnnouncement(t('carry.confirmedSame', { count: same.length }));
  }

  return (
    <section className="notice proposals-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('carry.panelHeading')}</h2>
      <p>{t('carry.panelText', { count: pending.length, from: fromVersion })}</p>
      {!locked && same.length > 0 ? (
        <>
          <button
            type="button"
            className="button"
            aria-describedby={`${id}-same-hint`}
            onClick={confirmSame}
          >
            {t('carry.confirmSame', { count: same.length })}
          </button>
          <p className="hint" id={`${id}-same-hint`}>
            {t('carry.confirmSameHint')}
          </p>
        </>
      ) : null}
      <details>
        <summary>
          {t('carry.pendingList')} ({pending.length})
        </summary>
        <ul>
          {pending.map((cid) => {
            const criterion = criteria.get(cid);
            return (
              <li key={cid}>
                <Link to={{ search: `?criterium=${encodeURIComponent(cid)}` }} replace>
                  {criterion?.code} {localize(criterion?.title, i18n.language)}
                </Link>
              </li>
            );
          })}
        </ul>
      </details>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
