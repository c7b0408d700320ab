import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui-store';

export function UpdateBanner() {
  const { t } = useTranslation();
  const pendingUpdate = useUiStore((s) => s.pendingUpdate);
  const setPendingUpdate = useUiStore((s) => s.setPendingUpdate);
  const offlineReady = useUiStore((s) => s.offlineReady);
  const setOfflineReady = useUiStore((s) => s.setOfflineReady);
  const [busy, setBusy] = useState(false);

  if (pendingUpdate) {
    return (
      <div className="banner" role="status">
        <p>{t('update.available')}</p>
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void pendingUpdate();
          }}
        >
          {t('update.reload')}
        </button>
        <button type="button" className="button" onClick={() => setPendingUpdate(null)}>
          {t('update.later')}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="banner" role="status">
        <p>{t('update.offlineReady')}</p>
        <button type="button" className="button" onClick={() => setOfflineReady(false)}>
          {t('update.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
