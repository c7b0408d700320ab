import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Page } from '../../ui/page';
import { SettingsPage } from './settings-page';
import './settings.css';

/** The Instellingen/Settings area: /instellingen (sections: #backup, #privacy). */
export function SettingsArea() {
  return (
    <Routes>
      <Route index element={<SettingsPage />} />
      <Route path="*" element={<SettingsNotFound />} />
    </Routes>
  );
}

function SettingsNotFound() {
  const { t } = useTranslation('settings');
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/instellingen">{t('notFound.back')}</Link>
      </p>
    </Page>
  );
}
