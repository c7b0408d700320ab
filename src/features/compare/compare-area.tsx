import { useTranslation } from 'react-i18next';
import { PlannedArea } from '../../ui/planned-area';

export function CompareArea() {
  const { t } = useTranslation();
  return <PlannedArea title={t('nav.compare')} sentence={t('planned.compare')} />;
}
