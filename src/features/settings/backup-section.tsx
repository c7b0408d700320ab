import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DbError } from '../../db/errors';
import { getBackupTimestamps } from '../../db/meta-repo';
import {
  hasChangesSinceBackup,
  isBackupReminderDue,
  unsavedChangesSince,
} from '../../domain/backup-reminder';
import { exportBackup } from '../../flows/backup';
import { countDemo } from '../../flows/demo-data';
import { downloadTextFile } from '../../ui/files';
import { formatDateTime } from './format';
import { DbErrorMessage } from '../shared/db-error-message';

const DAY_MS = 24 * 60 * 60 * 1000;

type Outcome =
  | { kind: 'busy' }
  | { kind: 'done'; file: string; recorded: boolean }
  | { kind: 'db-error'; error: DbError }
  | { kind: 'download-failed' };

/**
 * Making a backup: when the last one was made, a reminder when changes have waited too long,
 * and the download itself. The file is built from one consistent snapshot (exportBackup).
 */
export function BackupSection() {
  const { t, i18n } = useTranslation('settings');
  // "now" is read together with the timestamps, so the reminder is re-evaluated whenever they
  // change (a backup, an edit in another tab) without reading the clock during render.
  const info = useLiveQuery(async () => ({
    timestamps: await getBackupTimestamps(),
    now: Date.now(),
  }));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const demo = useLiveQuery(countDemo);
  const [includeDemo, setIncludeDemo] = useState(false);
  const hasDemo = (demo?.facilities ?? 0) > 0;

  async function handleDownload() {
    setOutcome({ kind: 'busy' });
    const result = await exportBackup(new Date(), { includeDemo: hasDemo && includeDemo });
    if (!result.ok) {
      setOutcome({ kind: 'db-error', error: result.error });
      return;
    }
    try {
      downloadTextFile(result.value.json, result.value.filename);
    } catch {
      setOutcome({ kind: 'download-failed' });
      return;
    }
    setOutcome({ kind: 'done', file: result.value.filename, recorded: result.value.recorded });
  }

  const lang = i18n.language;
  const timestamps = info?.timestamps;
  const now = info ? new Date(info.now) : null;
  const due = timestamps && now ? isBackupReminderDue(timestamps, now) : false;
  const since = timestamps ? unsavedChangesSince(timestamps) : null;
  const days = due && now && since !== null ? Math.floor((now.getTime() - since) / DAY_MS) : 0;

  return (
    <section id="backup" aria-labelledby="backup-heading" className="settings-section">
      <h2 id="backup-heading" tabIndex={-1}>
        {t('backup.heading')}
      </h2>
      <p>{t('backup.intro')}</p>
      <p>{t('backup.confidential')}</p>
      {timestamps === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <dl className="settings-facts">
            <div>
              <dt>{t('backup.lastBackupTerm')}</dt>
              <dd>
                {timestamps.lastBackupAt
                  ? (formatDateTime(timestamps.lastBackupAt, lang) ?? t('dateUnknown'))
                  : t('backup.never')}
              </dd>
            </div>
            <div>
              <dt>{t('backup.lastChangeTerm')}</dt>
              <dd>
                {timestamps.lastChangeAt
                  ? (formatDateTime(timestamps.lastChangeAt, lang) ?? t('dateUnknown'))
                  : t('backup.noChanges')}
              </dd>
            </div>
          </dl>
          {due ? (
            <div className="notice settings-reminder" role="alert">
              <p>
                <strong>{t('backup.reminderLabel')}</strong> {t('backup.reminder', { count: days })}
              </p>
            </div>
          ) : hasChangesSinceBackup(timestamps) ? (
            <p>{t('backup.unsaved')}</p>
          ) : timestamps.lastBackupAt ? (
            <p>{t('backup.upToDate')}</p>
          ) : null}
        </>
      )}
      {hasDemo ? (
        <p className="checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={includeDemo}
              onChange={(event) => setIncludeDemo(event.target.checked)}
            />{' '}
            {t('backup.includeDemo')}
          </label>
        </p>
      ) : null}
      <p>
        <button
          type="button"
          className="button primary"
          disabled={outcome?.kind === 'busy'}
          onClick={() => void handleDownload()}
        >
          {t('backup.download')}
        </button>
      </p>
      <div role="status" className="settings-status">
        {outcome?.kind === 'busy' ? <p>{t('backup.busy')}</p> : null}
        {outcome?.kind === 'done' ? (
          <>
            <p className="success-box">{t('backup.success', { file: outcome.file })}</p>
            {outcome.recorded ? null : <p>{t('backup.notRecorded')}</p>}
          </>
        ) : null}
      </div>
      {outcome?.kind === 'db-error' || outcome?.kind === 'download-failed' ? (
        <div className="error-box" role="alert">
          <p>
            <strong>{t('backup.failedTitle')}</strong>
          </p>
          {outcome.kind === 'db-error' ? (
            <DbErrorMessage context="backup" error={outcome.error} />
          ) : (
            <p>{t('backup.downloadFailed')}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
