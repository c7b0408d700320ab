import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

// Each area is its own chunk, so the first screen loads only the shell and the start page.
const loadFrameworks = () => import('../features/frameworks/frameworks-area');
const loadAssess = () => import('../features/assess/assess-area');
const loadResults = () => import('../features/results/results-area');
const loadCompare = () => import('../features/compare/compare-area');
const loadReports = () => import('../features/reports/reports-area');
const loadSettings = () => import('../features/settings/settings-area');

const FrameworksArea = lazy(() => loadFrameworks().then((m) => ({ default: m.FrameworksArea })));
const AssessArea = lazy(() => loadAssess().then((m) => ({ default: m.AssessArea })));
const ResultsArea = lazy(() => loadResults().then((m) => ({ default: m.ResultsArea })));
const CompareArea = lazy(() => loadCompare().then((m) => ({ default: m.CompareArea })));
const ReportsArea = lazy(() => loadReports().then((m) => ({ default: m.ReportsArea })));
const SettingsArea = lazy(() => loadSettings().then((m) => ({ default: m.SettingsArea })));

/**
 * Loads the area chunks once the first screen is idle, so moving to an area does not wait
 * for its code (the service worker has them cached; this also parses them).
 */
export function prefetchAreas(): void {
  for (const load of [
    loadAssess,
    loadFrameworks,
    loadResults,
    loadSettings,
    loadCompare,
    loadReports,
  ]) {
    void load().catch(() => {
      // A failed prefetch is retried by the real navigation, which shows its own error.
    });
  }
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'kader/*', element: <FrameworksArea /> },
      { path: 'zelfevaluatie/*', element: <AssessArea /> },
      { path: 'resultaten/*', element: <ResultsArea /> },
      { path: 'vergelijken/*', element: <CompareArea /> },
      { path: 'rapporten/*', element: <ReportsArea /> },
      { path: 'instellingen/*', element: <SettingsArea /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
