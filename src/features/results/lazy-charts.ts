import { lazy } from 'react';

// Recharts is large: the chart wrappers (the only modules importing it) load on demand, so the
// library lands in its own chunk and only when a chart is actually shown.
export const LazyRadarChart = lazy(() =>
  import('../../ui/charts/radar-chart').then((m) => ({ default: m.ScoreRadarChart })),
);
export const LazyBarChart = lazy(() =>
  import('../../ui/charts/bar-chart').then((m) => ({ default: m.HorizontalBarChart })),
);
export const LazyLineChart = lazy(() =>
  import('../../ui/charts/line-chart').then((m) => ({ default: m.ScoreLineChart })),
);
export const LazyMultiLineChart = lazy(() =>
  import('../../ui/charts/multi-line-chart').then((m) => ({ default: m.MultiLineChart })),
);
