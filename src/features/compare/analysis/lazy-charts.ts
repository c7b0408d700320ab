import { lazy } from 'react';

// Recharts is large: the chart wrappers load on demand, in their own chunks.
const loaders = {
  distribution: () => import('../../../ui/charts/distribution-chart'),
  bar: () => import('../../../ui/charts/bar-chart'),
  groupedBar: () => import('../../../ui/charts/grouped-bar-chart'),
  multiLine: () => import('../../../ui/charts/multi-line-chart'),
};

export const LazyDistributionChart = lazy(() =>
  loaders.distribution().then((m) => ({ default: m.DistributionChart })),
);
export const LazyBarChart = lazy(() =>
  loaders.bar().then((m) => ({ default: m.HorizontalBarChart })),
);
export const LazyGroupedBarChart = lazy(() =>
  loaders.groupedBar().then((m) => ({ default: m.GroupedBarChart })),
);
export const LazyMultiLineChart = lazy(() =>
  loaders.multiLine().then((m) => ({ default: m.MultiLineChart })),
);

/**
 * Fetches and evaluates every chart chunk ahead of need (the comparison calls this once its
 * data is ready and the browser is idle), so choosing a view does not wait for chart code. A
 * failure is ignored here: the view's own load reports it (its table still works).
 */
export function preloadCharts(): void {
  for (const load of Object.values(loaders)) void load().catch(() => undefined);
}
