import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('notFound.back')}</Link>
    </Page>
  );
}
