import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StartState } from '../flows/start-state';
import { Page } from '../ui/page';
import { AREAS } from './areas';

type StepKey = 'framework' | 'facility' | 'round';

/**
 * How far the user got, read after the first render: this page is prerendered and hydrated,
 * so its first render must be what the server (no IndexedDB) renders. The database code is
 * loaded lazily, keeping it out of the first screen's JavaScript.
 */
function useStartState(): StartState | null {
  const [state, setState] = useState<StartState | null>(null);
  useEffect(() => {
    let live = true;
    import('../flows/start-state')
      .then((m) => m.readStartState())
      .then(
        (next) => {
          if (live) setState(next);
        },
        () => {
          // Unreadable data: the steps still lead the way, without "done" marks.
        },
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

export function HomePage() {
  const { t, i18n } = useTranslation();
  const state = useStartState();
  // Framework texts in the UI language, else Dutch (nl-BE is always present).
  const text = (value: { 'nl-BE'?: string | undefined; en?: string | undefined }) =>
    (i18n.language === 'en' ? value.en : undefined) ?? value['nl-BE'] ?? '';

  const done: Record<StepKey, boolean> = {
    framework: false,
    facility: (state?.facilityCount ?? 0) > 0,
    round: (state?.roundCount ?? 0) > 0,
  };
  // The next step is only named once the data is read: before that nobody knows it. A first
  // visit starts with the framework; reading it leaves no trace, so creating a facility passes it.
  let next: StepKey | null = null;
  if (state && !done.facility) next = state.roundCount === 0 ? 'framework' : 'facility';
  else if (state && !done.round) next = 'round';
  const stepPath: Record<StepKey, string> = {
    framework: '/kader',
    facility: '/zelfevaluatie',
    round: state?.onlyFacilityId
      ? `/zelfevaluatie/voorziening/${encodeURIComponent(state.onlyFacilityId)}`
      : '/zelfevaluatie',
  };
  const last = state?.lastRound ?? null;
  // Intl directly, as features/shared/use-formatters does (en = en-GB): importing that module
  // here splits the first screen's JavaScript into more files.
  const changedAt =
    last && !Number.isNaN(Date.parse(last.updatedAt))
      ? new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : i18n.language, {
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(new Date(last.updatedAt))
      : (last?.updatedAt ?? '');

  return (
    <Page title={t('home.title')} lead={t('home.intro')}>
      {last ? (
        <section className="home-continue" aria-labelledby="home-continue-title">
          <h2 id="home-continue-title">{t('home.continue.title')}</h2>
          <p>
            {t('home.continue.round', {
              facility: last.facilityName,
              period: last.periodLabel,
              status:
                last.status === 'afgerond'
                  ? t('home.continue.finished')
                  : t('home.continue.inProgress'),
              date: changedAt,
            })}
          </p>
          <Link
            className="button primary"
            to={
              last.status === 'afgerond'
                ? `/resultaten/ronde/${encodeURIComponent(last.id)}`
                : `/zelfevaluatie/ronde/${encodeURIComponent(last.id)}`
            }
          >
            {last.status === 'afgerond' ? t('home.continue.results') : t('home.continue.scoring')}
            <span className="visually-hidden">
              : {last.facilityName} – {last.periodLabel}
            </span>
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="home-steps-title">
        <h2 id="home-steps-title">{t('home.steps.title')}</h2>
        <ol className="home-steps">
          {(['framework', 'facility', 'round'] as const).map((key) => (
            <li
              key={key}
              className={
                done[key] ? 'home-step done' : next === key ? 'home-step next' : 'home-step'
              }
              aria-current={next === key ? 'step' : undefined}
            >
              <Link className={next === key ? 'button primary' : 'button'} to={stepPath[key]}>
                {t(`home.steps.${key}.link`)}
              </Link>
              <span className="home-step-text">{t(`home.steps.${key}.text`)}</span>
              {done[key] ? <span className="home-step-mark">{t('home.steps.done')}</span> : null}
              {next === key ? <span className="home-step-mark">{t('home.steps.next')}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      {state && state.frameworks.length > 0 ? (
        <section aria-labelledby="home-frameworks-title">
          <h2 id="home-frameworks-title">{t('home.frameworks.title')}</h2>
          <ul className="home-frameworks">
            {state.frameworks.map((fw) => (
              <li key={`${fw.id}@${fw.version}`}>
                <Link to={`/kader/${encodeURIComponent(fw.id)}/${encodeURIComponent(fw.version)}`}>
                  {t('home.frameworks.item', {
                    title: text(fw.title),
                    version: fw.version,
                    status: t(`home.frameworks.status.${fw.status}`),
                    count: fw.criteria,
                  })}
                </Link>
                <ul>
                  {fw.scales.map((scale) => (
                    <li key={scale.id}>
                      {t('home.frameworks.scale', {
                        scale: text(scale.label),
                        min: scale.min,
                        max: scale.max,
                        norm: scale.normLabel
                          ? `${scale.norm} – ${text(scale.normLabel)}`
                          : String(scale.norm),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="notice">{t('home.privacy')}</p>
      <p>{t('home.local')}</p>
      <h2>{t('home.areasTitle')}</h2>
      <ul className="area-list">
        {AREAS.filter((a) => a.key !== 'home').map((area) => (
          <li key={area.key}>
            <Link to={area.path}>{t(`nav.${area.key}`)}</Link>
            <span> — {t(`home.areas.${area.key}`)}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
