import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

// Each area is its own chunk, so the first screen loads only the shell and the start page.
const FrameworksArea = lazy(() =>
  import('../features/frameworks/frameworks-area').then((m) => ({ default: m.FrameworksArea })),
);
const AssessArea = lazy(() =>
  import('../features/assess/assess-area').then((m) => ({ default: m.AssessArea })),
);
const ResultsArea = lazy(() =>
  import('../features/results/results-area').then((m) => ({ default: m.ResultsArea })),
);
const CompareArea = lazy(() =>
  import('../features/compare/compare-area').then((m) => ({ default: m.CompareArea })),
);
const ReportsArea = lazy(() =>
  import('../features/reports/reports-area').then((m) => ({ default: m.ReportsArea })),
);
const SettingsArea = lazy(() =>
  import('../features/settings/settings-area').then((m) => ({ default: m.SettingsArea })),
);

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
