import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DbError } from '../../db/errors';

/** Explains a storage failure in the user's language; on a full disk it points to backups. */
export function DbErrorMessage({ error }: { error: DbError }) {
  const { t } = useTranslation('framework');
  switch (error.kind) {
    case 'quota':
      return (
        <p>
          {t('dbError.quota')} <Link to="/instellingen">{t('dbError.quotaLink')}</Link>
        </p>
      );
    case 'unavailable':
      return <p>{t('dbError.unavailable')}</p>;
    case 'conflict':
      return <p>{t('dbError.conflict')}</p>;
    case 'not-found':
      return <p>{t('dbError.notFound')}</p>;
    default:
      return <p>{t('dbError.generic')}</p>;
  }
}
