import { useTranslation } from 'react-i18next';
import { PlannedArea } from '../../ui/planned-area';

export function FrameworksArea() {
  const { t } = useTranslation();
  return <PlannedArea title={t('nav.framework')} sentence={t('planned.framework')} />;
}
