import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DbError } from '../../db/errors';

/**
 * Explains a failed write in the user's language. When the device is full or something
 * unexpected happened, it points to Settings to download a backup straight away.
 */
export function DbErrorText({ error }: { error: DbError }) {
  const { t } = useTranslation('assess');
  const offerBackup =
    error.kind === 'quota' || error.kind === 'unknown' || error.kind === 'aborted';
  return (
    <>
      {t(`errors.${error.kind}`)}
      {offerBackup ? (
        <>
          {' '}
          <Link to="/instellingen">{t('errors.backupLink')}</Link>
        </>
      ) : null}
    </>
  );
}
