import { useTranslation } from 'react-i18next';
import { ChartPanel as SharedChartPanel, type ChartPanelProps } from '../shared/chart-panel';

/** The shared chart panel, worded from the results catalogue. */
export function ChartPanel(props: Omit<ChartPanelProps, 'labels' | 'initiallyTable'>) {
  const { t } = useTranslation('results');
  const labels = {
    showTable: t('chart.showTable'),
    loading: t('chart.loading'),
    failed: t('chart.failed'),
  };
  return <SharedChartPanel {...props} labels={labels} />;
}
