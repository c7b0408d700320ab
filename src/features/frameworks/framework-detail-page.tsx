import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { Page } from '../../ui/page';
import { FrameworkDetail } from './framework-detail';
import { frameworkPath } from './framework-format';
import { useCatalogue } from './use-catalogue';

/** /kader/:frameworkId/:version */
export function FrameworkDetailPage() {
  const { t } = useTranslation('framework');
  const { frameworkId = '', version = '' } = useParams();
  const catalogue = useCatalogue();

  if (catalogue === undefined) {
    return (
      <Page title={t('title')}>
        <p role="status">{t('detail.loading')}</p>
      </Page>
    );
  }
  const entry = catalogue.find((item) => item.id === frameworkId && item.version === version);
  if (!entry) return <FrameworkNotFound id={frameworkId} version={version} />;
  const versions = catalogue.filter((item) => item.id === frameworkId);
  return <FrameworkDetail key={`${entry.id}@${entry.version}`} entry={entry} versions={versions} />;
}

/** /kader/:frameworkId: the newest version of that framework. */
export function NewestVersionRedirect() {
  const { t } = useTranslation('framework');
  const { frameworkId = '' } = useParams();
  const catalogue = useCatalogue();
  if (catalogue === undefined) {
    return (
      <Page title={t('title')}>
        <p role="status">{t('detail.loading')}</p>
      </Page>
    );
  }
  // The catalogue is sorted newest version first within an id.
  const newest = catalogue.find((item) => item.id === frameworkId);
  if (!newest) return <FrameworkNotFound id={frameworkId} version="" />;
  return <Navigate replace to={frameworkPath(newest.id, newest.version)} />;
}

export function FrameworkNotFound({ id, version }: { id?: string; version?: string }) {
  const { t } = useTranslation('framework');
  return (
    <Page title={t('detail.notFoundTitle')}>
      <p>
        {id !== undefined
          ? t('detail.notFoundText', { id, version: version || '–' })
          : t('detail.notFoundPage')}
      </p>
      <p>
        <Link to="/kader">{t('detail.backToList')}</Link>
      </p>
    </Page>
  );
}
