import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DbError } from '../../db/errors';
import {
  countDemo,
  demoFrameworks,
  loadDemoData,
  removeDemoData,
  type DemoFrameworks,
} from '../../flows/demo-data';
import { localize } from '../../domain/localize';
import { DbErrorMessage } from '../shared/db-error-message';

type Outcome =
  | { kind: 'busy' }
  | { kind: 'loaded'; facilities: number; rounds: number; framework: string; version: string }
  | { kind: 'removed'; facilities: number; rounds: number }
  | { kind: 'error'; error: DbError };

/**
 * The synthetic demo set: an evaluator tries the comparison before real exchange files arrive,
 * and removes it again in one action. Real records are never touched.
 */
export function DemoSection() {
  const { t, i18n } = useTranslation('settings');
  const selectId = useId();
  const counts = useLiveQuery(countDemo);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [versions, setVersions] = useState<DemoFrameworks | null>(null);
  const [chosen, setChosen] = useState('');
  const present = (counts?.facilities ?? 0) > 0;

  // In an effect: the bundled frameworks load lazily, and the prerendered first render must not
  // depend on them.
  useEffect(() => {
    let live = true;
    void demoFrameworks().then((found) => {
      if (!live) return;
      setVersions(found);
      setChosen((current) => current || found.defaultKey);
    });
    return () => {
      live = false;
    };
  }, []);

  const titleOf = (key: string) => {
    const choice = versions?.choices.find((c) => c.key === key);
    return choice
      ? t('demo.versionOption', {
          title: localize(choice.title, i18n.language),
          version: choice.version,
        })
      : key;
  };

  async function load() {
    setOutcome({ kind: 'busy' });
    const result = await loadDemoData(chosen || undefined);
    if (!result.ok) {
      setOutcome({ kind: 'error', error: result.error });
      return;
    }
    const key = `${result.value.frameworkId}@${result.value.frameworkVersion}`;
    const choice = versions?.choices.find((c) => c.key === key);
    setOutcome({
      kind: 'loaded',
      facilities: result.value.facilities,
      rounds: result.value.assessments,
      framework: choice ? localize(choice.title, i18n.language) : result.value.frameworkId,
      version: result.value.frameworkVersion,
    });
  }

  async function remove() {
    setOutcome({ kind: 'busy' });
    const result = await removeDemoData();
    if (!result.ok) {
      setOutcome({ kind: 'error', error: result.error });
      return;
    }
    setOutcome({
      kind: 'removed',
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
      <div className="field">
        <label htmlFor={selectId}>{t('demo.version')}</label>
        <p className="hint" id={`${selectId}-hint`}>
          {t('demo.versionHint')}
        </p>
        <select
          id={selectId}
          aria-describedby={`${selectId}-hint`}
          value={chosen}
          disabled={versions === null}
          onChange={(event) => setChosen(event.target.value)}
        >
          {versions === null ? <option value="">{t('loading')}</option> : null}
          {versions?.choices.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {titleOf(choice.key)}
              {choice.status === 'concept' ? ` (${t('demo.concept')})` : ''}
            </option>
          ))}
        </select>
      </div>
      <p className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={outcome?.kind === 'busy' || counts === undefined || versions === null}
          onClick={() => void load()}
        >
          {present ? t('demo.reload') : t('demo.load')}
        </button>{' '}
        {present ? (
          <button
            type="button"
            className="button danger"
            disabled={outcome?.kind === 'busy'}
            onClick={() => void remove()}
          >
            {t('demo.remove')}
          </button>
        ) : null}
      </p>
      <div role="status" className="settings-status">
        {outcome?.kind === 'busy' ? <p>{t('demo.busy')}</p> : null}
        {outcome?.kind === 'loaded' ? (
          <p className="success-box">
            {t('demo.loaded', {
              facilities: outcome.facilities,
              rounds: outcome.rounds,
              framework: outcome.framework,
              version: outcome.version,
            })}{' '}
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
