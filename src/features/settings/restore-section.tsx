import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DbError } from '../../db/errors';
import { renderMessage } from '../../i18n/message';
import {
  applyRestore,
  parseBackup,
  previewRestore,
  type BackupIssue,
  type RestorePreview,
} from '../../flows/backup';
import type { Backup } from '../../schemas/backup';
import { readFileText } from '../../ui/files';
import { formatDateTime, messageLanguage } from './format';
import { countChanges, RESTORE_TABLES, RestorePreviewView } from './restore-preview';
import { DbErrorMessage } from '../shared/db-error-message';

interface Loaded {
  file: string;
  backup: Backup;
  preview: RestorePreview;
}

type State =
  | { kind: 'idle' }
  | { kind: 'checking'; file: string }
  | { kind: 'read-failed'; file: string }
  | { kind: 'invalid'; file: string; errors: BackupIssue[] }
  | { kind: 'preview-failed'; file: string; error: DbError }
  | ({ kind: 'preview'; confirming: boolean; error: DbError | null } & Loaded)
  | ({ kind: 'restoring' } & Loaded)
  | { kind: 'restored'; file: string; backupCreatedAt: string; result: RestorePreview };

/**
 * Restoring a backup file: check it completely (parseBackup), show what would be added and
 * replaced (previewRestore), and only on an explicit click write it (applyRestore, one
 * transaction: all or nothing). Overwriting local records needs a second, explicit confirmation.
 */
export function RestoreSection() {
  // 'validation' holds the sentences of a round's findings (issue.round).
  const { t, i18n } = useTranslation(['settings', 'validation']);
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Only the newest choice may report: an older, slower file must not overwrite its result.
  const latest = useRef(0);

  const confirming = state.kind === 'preview' && state.confirming;
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    const name = file.name;
    const ticket = ++latest.current;
    const report = (next: State) => {
      if (ticket === latest.current) setState(next);
    };
    setState({ kind: 'checking', file: name });
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      report({ kind: 'read-failed', file: name });
      return;
    }
    const parsed = await parseBackup(text);
    if (!parsed.ok) {
      report({ kind: 'invalid', file: name, errors: parsed.error });
      return;
    }
    const preview = await previewRestore(parsed.value);
    if (!preview.ok) {
      report({ kind: 'preview-failed', file: name, error: preview.error });
      return;
    }
    report({
      kind: 'preview',
      file: name,
      backup: parsed.value,
      preview: preview.value,
      confirming: false,
      error: null,
    });
  }

  function clear() {
    latest.current++;
    setState({ kind: 'idle' });
    // Lets the person choose the same file again.
    if (inputRef.current) inputRef.current.value = '';
  }

  async function restore(loaded: Loaded) {
    const ticket = ++latest.current;
    setState({ kind: 'restoring', ...loaded });
    const result = await applyRestore(loaded.backup);
    if (ticket !== latest.current) return;
    if (result.ok) {
      setState({
        kind: 'restored',
        file: loaded.file,
        backupCreatedAt: loaded.backup.createdAt,
        result: result.value,
      });
      if (inputRef.current) inputRef.current.value = '';
    } else {
      setState({ kind: 'preview', ...loaded, confirming: false, error: result.error });
    }
  }

  function handleRestoreClick(loaded: Loaded) {
    if (countChanges(loaded.preview).replaced > 0) {
      setState({ kind: 'preview', ...loaded, confirming: true, error: null });
    } else {
      void restore(loaded);
    }
  }

  const lang = messageLanguage(i18n.language);
  const loaded: Loaded | null =
    state.kind === 'preview' || state.kind === 'restoring'
      ? { file: state.file, backup: state.backup, preview: state.preview }
      : null;
  const changes = loaded ? countChanges(loaded.preview) : null;
  const canRestore =
    loaded !== null &&
    loaded.preview.canApply &&
    changes !== null &&
    changes.added + changes.replaced > 0;

  return (
    <section aria-labelledby="restore-heading" className="settings-section">
      <h2 id="restore-heading">{t('restore.heading')}</h2>
      <p>{t('restore.intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('restore.fileLabel')}</label>
        <span className="hint" id={hintId}>
          {t('restore.fileHint')}
        </span>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept="application/json,.json"
          aria-describedby={hintId}
          disabled={state.kind === 'restoring'}
          onChange={(event) => void handleChange(event)}
        />
      </div>

      {/* Kept mounted so screen readers announce progress and success when the text changes. */}
      <div role="status" className="settings-status">
        {state.kind === 'checking' ? <p>{t('restore.checking', { file: state.file })}</p> : null}
        {state.kind === 'restoring' ? <p>{t('restore.restoring')}</p> : null}
        {state.kind === 'restored' ? (
          <div className="success-box">
            <p>
              <strong>
                {t('restore.successTitle', {
                  file: state.file,
                  date: formatDateTime(state.backupCreatedAt, i18n.language) ?? '–',
                })}
              </strong>
            </p>
            <ul>
              {RESTORE_TABLES.map((table) => (
                <li key={table}>
                  {t('restore.successLine', {
                    kind: t(`restore.tables.${table}`),
                    added: state.result[table].addedCount,
                    replaced: state.result[table].replacedCount,
                    unchanged: state.result[table].unchangedCount,
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      {state.kind === 'read-failed' ? (
        <div className="error-box" role="alert">
          <p>{t('restore.readFailed', { file: state.file })}</p>
        </div>
      ) : null}

      {state.kind === 'invalid' ? (
        <div className="error-box">
          <div role="alert">
            <h3>{t('restore.invalidTitle', { file: state.file })}</h3>
            <p>{t('restore.invalidCount', { count: state.errors.length })}</p>
          </div>
          <ul className="issue-list">
            {state.errors.map((issue, index) => (
              <li key={`${index}-${issue.path}-${issue.code}`}>
                <span className="issue-location">
                  {t('restore.location')}{' '}
                  {issue.path === '$' ? t('restore.wholeFile') : <code>{issue.path}</code>}
                </span>{' '}
                {issue.round
                  ? t(`validation:round.${issue.round.code}`, issue.round.params)
                  : renderMessage(issue.message, lang)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {state.kind === 'preview-failed' ? (
        <div className="error-box" role="alert">
          <p>
            <strong>{t('restore.previewFailedTitle', { file: state.file })}</strong>
          </p>
          <DbErrorMessage context="backup" error={state.error} />
        </div>
      ) : null}

      {loaded ? (
        <section aria-labelledby="restore-preview-heading" className="restore-preview card">
          <h3 id="restore-preview-heading">{t('restore.previewHeading')}</h3>
          <RestorePreviewView
            preview={loaded.preview}
            file={loaded.file}
            createdAt={loaded.backup.createdAt}
          />

          {state.kind === 'preview' && state.error ? (
            <div className="error-box" role="alert">
              <p>
                <strong>{t('restore.failedTitle')}</strong>
              </p>
              <DbErrorMessage context="backup" error={state.error} />
            </div>
          ) : null}

          {state.kind === 'preview' && state.confirming && changes ? (
            <div className="notice restore-confirm">
              <h4 id="restore-confirm-heading" ref={confirmRef} tabIndex={-1}>
                {t('restore.confirmHeading')}
              </h4>
              <p>{t('restore.confirmText', { count: changes.replaced })}</p>
              <p>
                <button
                  type="button"
                  className="button danger"
                  onClick={() => void restore(loaded)}
                >
                  {t('restore.confirm')}
                </button>
              </p>
            </div>
          ) : null}

          <div className="restore-actions">
            {canRestore && !confirming ? (
              <button
                type="button"
                className="button primary"
                disabled={state.kind === 'restoring'}
                onClick={() => handleRestoreClick(loaded)}
              >
                {t('restore.restore')}
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              disabled={state.kind === 'restoring'}
              onClick={clear}
            >
              {t('restore.cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </section>
  );
}
