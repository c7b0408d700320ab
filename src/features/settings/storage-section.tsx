import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getStorageState, requestPersistence, type StorageState } from '../../db/storage';
import { formatBytes } from '../../domain/format-bytes';
import { formatPercent } from './format';

type Request = 'idle' | 'busy' | 'granted' | 'refused';

function persistedKey(persisted: boolean | null): 'yes' | 'no' | 'unknown' {
  return persisted === true ? 'yes' : persisted === false ? 'no' : 'unknown';
}

/**
 * Whether the browser keeps this origin's data persistently and how much room it takes. Without
 * persistence the browser may silently evict everything under storage pressure, so this says so
 * plainly and offers to ask again.
 */
export function StorageSection() {
  const { t, i18n } = useTranslation('settings');
  const [state, setState] = useState<StorageState | null>(null);
  const [request, setRequest] = useState<Request>('idle');
  // Bumped after a request so the state is read again.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void getStorageState().then((next) => {
      if (!cancelled) setState(next);
    });
    return () => {
      cancelled = true;
    };
  }, [revision]);

  async function handleRequest() {
    setRequest('busy');
    const granted = await requestPersistence();
    setRequest(granted ? 'granted' : 'refused');
    setRevision((r) => r + 1);
  }

  const lang = i18n.language;
  let usage: string | null = null;
  if (state?.usage != null) {
    usage =
      state.quota != null && state.quota > 0
        ? t('storage.usage', {
            usage: formatBytes(state.usage, lang),
            quota: formatBytes(state.quota, lang),
            percent: formatPercent(state.usage / state.quota, lang),
          })
        : t('storage.usageOnly', { usage: formatBytes(state.usage, lang) });
  }

  return (
    <section aria-labelledby="storage-heading" className="settings-section">
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      <p>{t('storage.intro')}</p>
      {state === null ? (
        <p role="status">{t('storage.checking')}</p>
      ) : (
        <dl className="settings-facts">
          <div>
            <dt>{t('storage.persistedTerm')}</dt>
            <dd>
              <strong>{t(`storage.persisted.${persistedKey(state.persisted)}`)}</strong>{' '}
              {t(`storage.explain.${persistedKey(state.persisted)}`)}
            </dd>
          </div>
          <div>
            <dt>{t('storage.usageTerm')}</dt>
            <dd>
              {usage ?? t('storage.usageUnknown')}
              {usage ? <span className="muted settings-hint">{t('storage.usageHint')}</span> : null}
            </dd>
          </div>
        </dl>
      )}
      {state !== null && state.persisted !== true ? (
        <p>
          <button
            type="button"
            className="button"
            disabled={request === 'busy'}
            onClick={() => void handleRequest()}
          >
            {t('storage.request')}
          </button>
        </p>
      ) : null}
      <div role="status" className="settings-status">
        {request === 'busy' ? <p>{t('storage.requesting')}</p> : null}
        {request === 'granted' ? <p className="success-box">{t('storage.granted')}</p> : null}
        {request === 'refused' ? <p className="notice">{t('storage.refused')}</p> : null}
      </div>
    </section>
  );
}
