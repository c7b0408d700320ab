import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Assessment } from '../../schemas/records';

/** "geen score", muted: nothing was scored here, which is not the same as zero. */
export function NoScore() {
  const { t } = useTranslation('results');
  return <span className="muted">{t('noScore')}</span>;
}

export function StatusBadge({ status }: { status: Assessment['status'] }) {
  const { t } = useTranslation('results');
  return (
    <span className={`badge ${status === 'afgerond' ? 'done' : 'concept'}`}>
      {t(`status.${status}`)}
    </span>
  );
}

/**
 * What a gap figure means, next to the figure: shortfalls per criterion, which scoring above
 * target elsewhere never offsets, with the full rule one link away.
 */
export function GapNote({ id }: { id?: string }) {
  const { t } = useTranslation('results');
  return (
    <span className="gap-note" id={id}>
      {t('gapNote.text')} <Link to="/resultaten/scoreregels#rule-gap">{t('gapNote.link')}</Link>
    </span>
  );
}

/** ▲ +12,5 / ▼ −5 / = : the change since the round before, in percentage points. */
export function Difference({
  change,
  format,
}: {
  change: number | null;
  format: (value: number) => string;
}) {
  const { t } = useTranslation('results');
  if (change === null) return <NoScore />;
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return <span>= {t('difference.same')}</span>;
  const up = rounded > 0;
  return (
    <span className={up ? 'diff-up' : 'diff-down'}>
      <span aria-hidden="true">{up ? '▲' : '▼'} </span>
      {format(rounded)}
      <span className="visually-hidden"> {t(up ? 'difference.up' : 'difference.down')}</span>
    </span>
  );
}
