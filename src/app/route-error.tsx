import { useTranslation } from 'react-i18next';
import { Page } from '../ui/page';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <Page title={t('error.title')}>
      <p role="alert">{t('error.text')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </Page>
  );
}
