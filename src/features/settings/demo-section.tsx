import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DbError } from '../../db/errors';
import { countDemo, loadDemoData, removeDemoData } from '../../flows/demo-data';
import { DbErrorMessage } from '../shared/db-error-message';

type Outcome =
  | { kind: 'busy' }
  | { kind: 'loaded'; facilities: number; rounds: number }
  | { kind: 'removed'; facilities: number; rounds: number }
  | { kind: 'error'; error: DbError };

/**
 * The synthetic demo set: an evaluator tries the comparison before real exchange files arrive,
 * and removes it again in one action. Real records are never touched.
 */
export function DemoSection() {
  const { t } = useTranslation('settings');
  const counts = useLiveQuery(countDemo);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const present = (counts?.facilities ?? 0) > 0;

  async function run(action: 'load' | 'remove') {
    setOutcome({ kind: 'busy' });
    const result = action === 'load' ? await loadDemoData() : await removeDemoData();
    if (!result.ok) {
      setOutcome({ kind: 'error', error: result.error });
      return;
    }
    setOutcome({
      kind: action === 'load' ? 'loaded' : 'removed',
      facilities: result.value.facilities,
      rounds: result.value.assessments,
    });
  }

  return (
    <section id="demo" aria-labelledby="demo-heading" className="settings-section">
      <h2 id="demo-heading" tabIndex={-1}>
        {t('demo.heading')}
      </h2>
      <p>{t('demo.intro')}</p>
      <p>{t('demo.export')}</p>
      {counts === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <p>
          {present
            ? t('demo.present', { facilities: counts.facilities, rounds: counts.assessments })
            : t('demo.absent')}
        </p>
      )}
      <p className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={outcome?.kind === 'busy' || counts === undefined}
          onClick={() => void run('load')}
        >
          {present ? t('demo.reload') : t('demo.load')}
        </button>{' '}
        {present ? (
          <button
            type="button"
            className="button danger"
            disabled={outcome?.kind === 'busy'}
            onClick={() => void run('remove')}
          >
            {t('demo.remove')}
          </button>
        ) : null}
      </p>
      <div role="status" className="settings-status">
        {outcome?.kind === 'busy' ? <p>{t('demo.busy')}</p> : null}
        {outcome?.kind === 'loaded' ? (
          <p className="success-box">
            {t('demo.loaded', { facilities: outcome.facilities, rounds: outcome.rounds })}{' '}
            <Link to="/vergelijken/overzicht">{t('demo.toCompare')}</Link>
          </p>
        ) : null}
        {outcome?.kind === 'removed' ? (
          <p className="success-box">
            {t('demo.removed', { facilities: outcome.facilities, rounds: outcome.rounds })}
          </p>
        ) : null}
      </div>
      {outcome?.kind === 'error' ? (
        <div className="error-box" role="alert">
          <p>
            <strong>{t('demo.failed')}</strong>
          </p>
          <DbErrorMessage context="save" error={outcome.error} />
        </div>
      ) : null}
    </section>
  );
}
