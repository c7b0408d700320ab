import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DbError } from '../../db/errors';
import { deleteLocalFramework, type CatalogueEntry } from '../../flows/framework-catalogue';
import { DbErrorMessage } from '../shared/db-error-message';

/**
 * The confirm step before a locally loaded framework is removed. It takes focus when it opens
 * so keyboard and screen-reader users land on the question; Escape cancels.
 */
export function RemoveFrameworkConfirm({
  entry,
  title,
  onCancel,
  onRemoved,
}: {
  entry: CatalogueEntry;
  title: string;
  onCancel: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation('framework');
  const questionId = useId();
  const group = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DbError | null>(null);

  useEffect(() => {
    group.current?.focus();
  }, []);

  async function remove() {
    setBusy(true);
    const result = await deleteLocalFramework(entry.id, entry.version);
    if (result.ok) {
      onRemoved();
      return;
    }
    setBusy(false);
    setError(result.error);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onCancel();
    }
  }

  // Assessments pin a framework version, so the database refuses to remove one that is in use.
  const inUse = error?.kind === 'locked';

  return (
    <div
      ref={group}
      role="group"
      aria-labelledby={questionId}
      tabIndex={-1}
      className="notice confirm-box"
      onKeyDown={onKeyDown}
    >
      <p id={questionId}>{t('remove.question', { title, version: entry.version })}</p>
      {error ? (
        <div role="alert" className="error-box">
          <p>{t('remove.failed', { title, version: entry.version })}</p>
          {inUse ? (
            <p>{t('remove.inUse')}</p>
          ) : (
            <DbErrorMessage context="frameworks" error={error} />
          )}
        </div>
      ) : null}
      <p className="button-row">
        {inUse ? null : (
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={() => void remove()}
          >
            {t('remove.confirm')}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('remove.cancel')}
        </button>
      </p>
    </div>
  );
}
