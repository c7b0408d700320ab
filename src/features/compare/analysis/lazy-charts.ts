import { preloadable } from '../../../ui/preloadable';

// Recharts is large: the chart wrappers load on demand, in their own chunks.
const groupedBar = preloadable(() =>
  import('../../../ui/charts/grouped-bar-chart').then((m) => m.GroupedBarChart),
);

export const LazyGroupedBarChart = groupedBar.Component;

/**
 * Fetches and evaluates every chart chunk ahead of need (the comparison calls this once its
 * data is on screen), so choosing a view draws its chart at once instead
 * of showing "loading" first. A failure is ignored here: the view's own load reports it (its
 * table still works).
 */
export function preloadCharts(): void {
  for (const chart of [groupedBar]) {
    void chart.preload().catch(() => undefined);
  }
}
