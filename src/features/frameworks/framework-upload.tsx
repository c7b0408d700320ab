import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveLocalFramework } from '../../flows/framework-catalogue';
import type { DbError } from '../../db/errors';
import { localize } from '../../domain/localize';
import { renderMessage } from '../../i18n/message';
import type { LText } from '../../schemas/framework';
import type { FrameworkIssue } from '../../io/framework-loader';
import { DbErrorMessage } from '../shared/db-error-message';
import { frameworkPath, peekIdAndVersion } from './framework-format';
import { readFileText } from '../../ui/files';

type Outcome =
  | { kind: 'busy'; file: string }
  | { kind: 'success'; file: string; id: string; version: string; title: LText }
  | { kind: 'errors'; file: string; errors: FrameworkIssue[] }
  | { kind: 'duplicate-different' | 'duplicate-same'; file: string; id: string; version: string }
  | { kind: 'db-error'; file: string; error: DbError }
  | { kind: 'read-failed'; file: string };

/** Issue sentences exist in nl-BE and en; anything else falls back to Dutch. */
function issueLanguage(language: string): 'nl-BE' | 'en' {
  return language === 'en' || language.startsWith('en-') ? 'en' : 'nl-BE';
}

/**
 * "Load framework file": a real file input whose text goes through the same loader as the
 * bundled frameworks (via saveLocalFramework). Every problem is listed with its JSON path so
 * the author of the file can find and fix it.
 */
export function FrameworkUpload() {
  const { t, i18n } = useTranslation('framework');
  const inputId = useId();
  const hintId = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Only the newest choice may report: an older, slower file must not overwrite its result.
  const latest = useRef(0);

  async function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name;
    const ticket = ++latest.current;
    const report = (next: Outcome) => {
      if (ticket === latest.current) setOutcome(next);
    };
    setOutcome({ kind: 'busy', file: name });
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      report({ kind: 'read-failed', file: name });
      return;
    } finally {
      // Lets the person choose the same file again after fixing it.
      input.value = '';
    }
    const result = await saveLocalFramework(text);
    if (result.ok) {
      const { entry } = result;
      report({
        kind: 'success',
        file: name,
        id: entry.id,
        version: entry.version,
        title: entry.title,
      });
    } else if ('errors' in result) {
      report({ kind: 'errors', file: name, errors: result.errors });
    } else if (
      result.error.kind === 'duplicate-different' ||
      result.error.kind === 'duplicate-same'
    ) {
      report({ kind: result.error.kind, file: name, ...peekIdAndVersion(text) });
    } else {
      report({ kind: 'db-error', file: name, error: result.error as DbError });
    }
  }

  const lang = issueLanguage(i18n.language);

  return (
    <section aria-labelledby={`${inputId}-heading`} className="framework-upload">
      <h2 id={`${inputId}-heading`}>{t('upload.heading')}</h2>
      <p>{t('upload.intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('upload.label')}</label>
        <span className="hint" id={hintId}>
          {t('upload.hint')}
        </span>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          aria-describedby={hintId}
          onChange={(event) => void handleChange(event)}
        />
      </div>

      {/* Kept mounted so screen readers announce progress and success when the text changes. */}
      <div role="status" className="upload-status">
        {outcome?.kind === 'busy' ? <p>{t('upload.busy', { file: outcome.file })}</p> : null}
        {outcome?.kind === 'success' ? (
          <div className="success-box">
            <p>
              {t('upload.success', {
                title: localize(outcome.title, i18n.language),
                version: outcome.version,
                file: outcome.file,
              })}{' '}
              <Link to={frameworkPath(outcome.id, outcome.version)}>{t('upload.open')}</Link>
            </p>
          </div>
        ) : null}
        {outcome?.kind === 'duplicate-same' ? (
          <div className="notice">
            <p>
              {t('upload.duplicateSame', {
                id: outcome.id,
                version: outcome.version,
                file: outcome.file,
              })}
            </p>
          </div>
        ) : null}
      </div>

      {outcome?.kind === 'errors' ? (
        <div className="error-box upload-errors">
          <div role="alert">
            <h3>{t('upload.errorsTitle', { file: outcome.file })}</h3>
            <p>{t('upload.errorsCount', { count: outcome.errors.length })}</p>
          </div>
          <ul className="issue-list">
            {outcome.errors.map((issue, index) => (
              <li key={`${index}-${issue.path}-${issue.code}`}>
                <span className="visually-hidden">{t('upload.pathLabel')}: </span>
                <code>{issue.path}</code> {renderMessage(issue.message, lang)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {outcome?.kind === 'duplicate-different' ? (
        <div className="error-box" role="alert">
          <h3>{t('upload.duplicateDifferentTitle', { file: outcome.file })}</h3>
          <p>{t('upload.duplicateDifferent', { id: outcome.id, version: outcome.version })}</p>
        </div>
      ) : null}

      {outcome?.kind === 'read-failed' ? (
        <div className="error-box" role="alert">
          <p>{t('upload.readFailed', { file: outcome.file })}</p>
        </div>
      ) : null}

      {outcome?.kind === 'db-error' ? (
        <div className="error-box" role="alert">
          <h3>{t('upload.saveFailedTitle', { file: outcome.file })}</h3>
          <DbErrorMessage context="frameworks" error={outcome.error} />
        </div>
      ) : null}
    </section>
  );
}
