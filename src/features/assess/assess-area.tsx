import { useTranslation } from 'react-i18next';
import { PlannedArea } from '../../ui/planned-area';

export function AssessArea() {
  const { t } = useTranslation();
  return <PlannedArea title={t('nav.assess')} sentence={t('planned.assess')} />;
}
