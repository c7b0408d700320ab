import { useTranslation } from 'react-i18next';
import { listCriteria } from '../../../domain/framework-model';
import type { Framework, Scale } from '../../../schemas/framework';
import type { CarriedProposal } from '../../../schemas/records';
import { levelText } from '../format';

export interface ProposalNoticeProps {
  idPrefix: string;
  proposal: CarriedProposal;
  /** The criterion's scale in this round's version (the proposal is a level on it). */
  scale: Scale | undefined;
  /** The version the proposal comes from, for the earlier criteria's codes. */
  previousFramework: Framework | undefined;
  lang: string;
  locked: boolean;
  onConfirm: () => void;
}

/** A level carried from an earlier version, shown beside the choices until someone confirms it. */
export function ProposalNotice({
  idPrefix,
  proposal,
  scale,
  previousFramework,
  lang,
  locked,
  onConfirm,
}: ProposalNoticeProps) {
  const { t } = useTranslation('assess');
  const codes = new Map(
    previousFramework
      ? listCriteria(previousFramework).map((e) => [e.criterion.id, e.criterion.code])
      : [],
  );
  const from = proposal.from.map((id) => codes.get(id) ?? id).join(', ');
  const value = proposal.notApplicable
    ? t('criterion.na')
    : levelText(scale, proposal.level ?? 0, lang);
  return (
    <div className="proposal-notice" id={`${idPrefix}-proposal`}>
      <p>
        <span className="badge concept">{t('carry.pendingBadge')}</span>{' '}
        <strong>{t('carry.cardLabel', { from: proposal.fromVersion })}</strong> {value}
      </p>
      <p className="hint">{t(`carry.cardRelation.${proposal.relation}`, { from })}</p>
      {!locked ? (
        <button
          type="button"
          className="button small"
          aria-describedby={`${idPrefix}-proposal`}
          onClick={onConfirm}
        >
          {t('carry.confirm')}
        </button>
      ) : null}
    </div>
  );
}
