import { useTranslation } from 'react-i18next';
import { PlannedArea } from '../../ui/planned-area';

export function SettingsArea() {
  const { t } = useTranslation();
  return <PlannedArea title={t('nav.settings')} sentence={t('planned.settings')} />;
}
