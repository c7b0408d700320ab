import { useTranslation } from 'react-i18next';
import { PlannedArea } from '../../ui/planned-area';

export function ReportsArea() {
  const { t } = useTranslation();
  return <PlannedArea title={t('nav.reports')} sentence={t('planned.reports')} />;
}
