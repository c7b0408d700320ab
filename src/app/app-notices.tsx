import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

type Interruption = 'upgraded' | 'deleted' | 'blocked';

/**
 * App-wide notices about the local database: another tab upgraded it (this tab must reload
 * before it can save again), and the 14-day backup reminder. The database code is imported
 * lazily so the first screen does not carry Dexie.
 */
export function AppNotices() {
  const { t } = useTranslation();
  const location = useLocation();
  const [interruption, setInterruption] = useState<Interruption | null>(null);
  const [backupDue, setBackupDue] = useState(false);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void import('../db/database').then(({ onDatabaseBlockedOrUpgraded }) => {
      if (!cancelled) unsubscribe = onDatabaseBlockedOrUpgraded(setInterruption);
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);

  // Checked again on every navigation, so the reminder appears and disappears as the user
  // works and makes backups.
  useEffect(() => {
    let cancelled = false;
    void import('../db/meta-repo')
      .then(async ({ needsBackupReminder }) => {
        const due = await needsBackupReminder();
        if (!cancelled) setBackupDue(due);
      })
      .catch(() => {
        // A failed read is shown by the page itself (its error screen); no reminder meanwhile.
      });
    return () => {
      cancelled = true;
    };
  }, [location.pathname]);

  return (
    <>
      {interruption ? (
        <div className="banner" role="alert">
          <p>{t(interruption === 'blocked' ? 'db.blocked' : 'db.upgraded')}</p>
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('db.reload')}
          </button>
        </div>
      ) : null}
      {backupDue && !location.pathname.startsWith('/instellingen') ? (
        <div className="banner" role="status">
          <p>{t('backupReminder.text')}</p>
          <Link className="button" to="/instellingen#backup">
            {t('backupReminder.action')}
          </Link>
        </div>
      ) : null}
    </>
  );
}
