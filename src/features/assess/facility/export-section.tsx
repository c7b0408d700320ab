import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exportExchange, type ExportError } from '../../../flows/exchange-export';
import type { Assessment, Facility } from '../../../schemas/records';
import { downloadTextFile } from '../../../ui/files';
import { DbErrorText } from '../../shared/db-error-message';

const MIN_PASSPHRASE = 8;

type Outcome =
  | { kind: 'done'; file: string; encrypted: boolean }
  | { kind: 'error'; error: ExportError }
  | { kind: 'download-failed' };

/**
 * "Uitwisselingsbestand maken": chosen rounds of this facility into one exchange file, with the
 * name sent unless the user switches it off, and an optional passphrase.
 */
export function ExportSection({
  facility,
  rounds,
  preselect,
}: {
  facility: Facility;
  rounds: Assessment[];
  /**
   * Set by a round's "Export" button: only that round is ticked and the section is focused
   * (the page remounts the section with a new key for each press).
   */
  preselect: string | null;
}) {
  const { t } = useTranslation(['exchange', 'assess']);
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(preselect ? [preselect] : rounds.map((r) => r.id)),
  );
  const [includeName, setIncludeName] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState(false);
  const [noRounds, setNoRounds] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (preselect) headingRef.current?.focus();
  }, [preselect]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const roundIds = rounds.filter((r) => selected.has(r.id)).map((r) => r.id);
    const tooShort = passphrase !== '' && passphrase.length < MIN_PASSPHRASE;
    setPassphraseError(tooShort);
    setNoRounds(roundIds.length === 0);
    if (tooShort || roundIds.length === 0) return;
    setBusy(true);
    setOutcome(null);
    const result = await exportExchange({
      facilityId: facility.id,
      roundIds,
      includeName,
      ...(passphrase ? { passphrase } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setOutcome({ kind: 'error', error: result.error });
      return;
    }
    try {
      downloadTextFile(result.value.text, result.value.filename);
      setOutcome({ kind: 'done', file: result.value.filename, encrypted: passphrase !== '' });
    } catch {
      setOutcome({ kind: 'download-failed' });
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card form-card export-section">
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('export.heading')}
      </h2>
      <p>{t('export.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <fieldset
          className="export-rounds"
          aria-describedby={noRounds ? `${id}-rounds-error` : undefined}
        >
          <legend>{t('export.rounds')}</legend>
          {rounds.map((round) => (
            <div className="checkbox" key={round.id}>
              <input
                type="checkbox"
                id={`${id}-r-${round.id}`}
                checked={selected.has(round.id)}
                onChange={(event) => {
                  const next = new Set(selected);
                  if (event.target.checked) next.add(round.id);
                  else next.delete(round.id);
                  setSelected(next);
                }}
              />
              <label htmlFor={`${id}-r-${round.id}`}>
                {round.periodLabel} ({t(`assess:status.${round.status}`)})
              </label>
            </div>
          ))}
          {noRounds ? (
            <p id={`${id}-rounds-error`} className="field-error">
              {t('export.noRounds')}
            </p>
          ) : null}
        </fieldset>
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-name`}
            checked={includeName}
            aria-describedby={`${id}-name-hint`}
            onChange={(event) => setIncludeName(event.target.checked)}
          />
          <label htmlFor={`${id}-name`}>{t('export.includeName')}</label>
        </div>
        <p id={`${id}-name-hint`} className="hint">
          {t('export.includeNameHint')}
        </p>
        <div className="field">
          <label htmlFor={`${id}-pass`}>{t('export.passphrase')}</label>
          <span className="hint" id={`${id}-pass-hint`}>
            {t('export.passphraseHint')}
          </span>
          <input
            id={`${id}-pass`}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            aria-invalid={passphraseError}
            aria-describedby={`${id}-pass-hint${passphraseError ? ` ${id}-pass-error` : ''}`}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          {passphraseError ? (
            <span id={`${id}-pass-error`} className="field-error">
              {t('export.passphraseTooShort')}
            </span>
          ) : null}
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('export.making') : t('export.make')}
        </button>
      </form>
      <div role="status" className="status-line">
        {outcome?.kind === 'done' ? (
          <p className="success-box">
            {t(outcome.encrypted ? 'export.madeEncrypted' : 'export.made', { file: outcome.file })}
          </p>
        ) : null}
      </div>
      {outcome?.kind === 'error' || outcome?.kind === 'download-failed' ? (
        <div className="error-box" role="alert">
          <p>{t('export.failed')}</p>
          {outcome.kind === 'download-failed' ? (
            <p>{t('export.downloadFailed')}</p>
          ) : outcome.error.kind === 'framework-missing' ? (
            <p>
              {t('export.frameworkMissing', {
                id: outcome.error.id,
                version: outcome.error.version,
              })}
            </p>
          ) : outcome.error.kind === 'demo' ? (
            <p>{t('export.demoRefused')}</p>
          ) : outcome.error.kind === 'imported' || outcome.error.kind === 'no-rounds' ? null : (
            <p>
              <DbErrorText error={outcome.error} />
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
