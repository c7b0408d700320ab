import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import { useCompareStore } from '../../../store/compare-store';
import { Page } from '../../../ui/page';
import { PrintButton } from '../../shared/print-button';
import { BenchmarkExport } from './benchmark-export';
import { preloadCharts } from './lazy-charts';
import { SetChooser } from './set-chooser';
import { useComparison, type Comparison } from './use-comparison';
import {
  DistributionView,
  HeatmapView,
  OverTimeView,
  RankingView,
  SideBySideView,
  WeakView,
} from './views';

export const VIEWS = [
  'heatmap',
  'rangschikking',
  'verdeling',
  'zwakke-criteria',
  'naast-elkaar',
  'verloop',
  'benchmark',
] as const;
export type ViewId = (typeof VIEWS)[number];

function isView(value: string | undefined): value is ViewId {
  return (VIEWS as readonly string[]).includes(value ?? '');
}

/**
 * /vergelijken/overzicht/<view>: the evaluator chooses a set of rounds once and reads it in
 * several views. The anonymise switch replaces names and codes with aliases in every view, the
 * page title and print.
 */
export function AnalysisPage() {
  const { t } = useTranslation(['compare', 'assess']);
  const params = useParams();
  const view: ViewId = isView(params.view) ? params.view : 'heatmap';
  const state = useComparison();
  const anonymise = useCompareStore((s) => s.anonymise);
  const setAnonymise = useCompareStore((s) => s.setAnonymise);
  const title = t(`views.${view}`);

  return (
    <Page title={t('title', { view: title })} lead={t('lead')} actions={<PrintButton />}>
      <div className="compare-toolbar">
        <label className="switch no-print-control">
          <input
            type="checkbox"
            role="switch"
            checked={anonymise}
            onChange={(event) => setAnonymise(event.target.checked)}
          />{' '}
          {t('anonymise.label')}
        </label>
        {anonymise ? <p className="anonymised-note">{t('anonymise.on')}</p> : null}
      </div>
      {state.kind === 'loading' ? (
        <p role="status">{t('loading')}</p>
      ) : state.kind === 'empty' ? (
        <div className="notice">
          <p>{t('empty')}</p>
          <p>
            <Link to="/vergelijken/inlezen">{t('nav.import')}</Link> ·{' '}
            <Link to="/instellingen#demo">{t('emptyDemo')}</Link>
          </p>
        </div>
      ) : (
        <>
          <SetChooser
            filter={state.kind === 'ready' ? state.comparison.filter : state.filter}
            records={state.kind === 'ready' ? state.comparison.records : state.records}
          />
          {state.kind === 'framework-missing' ? (
            <p className="notice" role="alert">
              {t('frameworkMissing', {
                id: state.filter.frameworkId,
                version: state.filter.frameworkVersion,
              })}
            </p>
          ) : (
            <Ready comparison={state.comparison} view={view} />
          )}
        </>
      )}
    </Page>
  );
}

function Ready({ comparison, view }: { comparison: Comparison; view: ViewId }) {
  const { t } = useTranslation('compare');
  const count = comparison.scored.length;
  // With the data on screen (effects run after the paint), fetch the views' chart code while
  // the evaluator reads, so the first chart they open is drawn at once. Not on an idle
  // callback: on a busy machine that came seconds later, after the first click.
  useEffect(preloadCharts, []);
  return (
    <>
      {comparison.hasDemo ? (
        <p className="notice demo-notice">
          <strong>{t('demo.label')}</strong> {t('demo.note')}
        </p>
      ) : null}
      <p role="status" className="set-summary">
        {comparison.filter.latestOnly
          ? t('setSummary', { count, apart: comparison.ranking.apart.length })
          : t('setSummaryRounds', {
              count,
              facilities: new Set(comparison.scored.map((s) => s.facility.id)).size,
              apart: comparison.ranking.apart.length,
            })}
      </p>
      <nav aria-label={t('views.label')} className="view-nav no-print">
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <NavLink
                to={`/vergelijken/overzicht/${v}`}
                aria-current={v === view ? 'page' : undefined}
              >
                {t(`views.${v}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {count === 0 ? (
        <p className="notice">{t('noneInSet')}</p>
      ) : view === 'heatmap' ? (
        <HeatmapView comparison={comparison} />
      ) : view === 'rangschikking' ? (
        <RankingView comparison={comparison} />
      ) : view === 'verdeling' ? (
        <DistributionView comparison={comparison} />
      ) : view === 'zwakke-criteria' ? (
        <WeakView comparison={comparison} />
      ) : view === 'naast-elkaar' ? (
        <SideBySideView comparison={comparison} />
      ) : view === 'verloop' ? (
        <OverTimeView comparison={comparison} />
      ) : (
        <BenchmarkExport comparison={comparison} />
      )}
    </>
  );
}
