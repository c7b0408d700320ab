import { useTranslation } from 'react-i18next';
import { PlannedArea } from '../../ui/planned-area';

export function ResultsArea() {
  const { t } = useTranslation();
  return <PlannedArea title={t('nav.results')} sentence={t('planned.results')} />;
}
