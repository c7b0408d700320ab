import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { isDbReadError } from '../db/errors';
import { downloadTextFile } from '../ui/files';
import { Page } from '../ui/page';

type Download = 'idle' | 'busy' | 'done' | 'failed';

/**
 * What a person sees when a page could not be shown. A failed database read gets its own
 * message (the data may well be intact; it could not be read just now), a retry, and a backup
 * download, so it never looks like an empty list or a missing round.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const [download, setDownload] = useState<Download>('idle');

  if (!isDbReadError(error)) {
    return (
      <Page title={t('error.title')}>
        <p role="alert">{t('error.text')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </Page>
    );
  }

  async function downloadBackup() {
    setDownload('busy');
    try {
      const { exportBackup } = await import('../flows/backup');
      const result = await exportBackup();
      if (!result.ok) {
        setDownload('failed');
        return;
      }
      downloadTextFile(result.value.json, result.value.filename);
      setDownload('done');
    } catch {
      setDownload('failed');
    }
  }

  return (
    <Page title={t('dbRead.title')}>
      <p role="alert">{t(error.kind === 'unavailable' ? 'dbRead.unavailable' : 'dbRead.text')}</p>
      <p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('dbRead.retry')}
        </button>{' '}
        <button
          type="button"
          className="button"
          disabled={download === 'busy'}
          onClick={() => void downloadBackup()}
        >
          {t('dbRead.download')}
        </button>
      </p>
      {download === 'done' ? <p role="status">{t('dbRead.downloaded')}</p> : null}
      {download === 'failed' ? <p role="alert">{t('dbRead.downloadFailed')}</p> : null}
    </Page>
  );
}
