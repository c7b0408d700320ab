import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../schemas/records';
import { useFormatters } from '../../shared/use-formatters';

/** When and why a round was reopened before: a changed result is always explained. */
export function ReopenHistory({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('assess');
  const fmt = useFormatters();
  if (assessment.reopenings.length === 0) return null;
  return (
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
  );
}
