import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../schemas/records';
import { useFormatters } from '../../shared/use-formatters';

/** An imported round is another facility's record: it is shown, never edited here. */
export function ImportedNotice({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('exchange');
  const fmt = useFormatters();
  const marker = assessment.imported;
  if (!marker) return null;
  return (
    <p className="notice locked-notice">
      <span className="badge">{t('marker.imported')}</span>{' '}
      {t('marker.readOnly', { code: marker.facilityCode, date: fmt.dateTime(marker.importedAt) })}
    </p>
  );
}
