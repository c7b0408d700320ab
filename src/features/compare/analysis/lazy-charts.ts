import { lazy } from 'react';

// Recharts is large: the chart wrappers load on demand, in their own chunk.
export const LazyDistributionChart = lazy(() =>
  import('../../../ui/charts/distribution-chart').then((m) => ({ default: m.DistributionChart })),
);
export const LazyBarChart = lazy(() =>
  import('../../../ui/charts/bar-chart').then((m) => ({ default: m.HorizontalBarChart })),
);
export const LazyGroupedBarChart = lazy(() =>
  import('../../../ui/charts/grouped-bar-chart').then((m) => ({ default: m.GroupedBarChart })),
);
export const LazyMultiLineChart = lazy(() =>
  import('../../../ui/charts/multi-line-chart').then((m) => ({ default: m.MultiLineChart })),
);
