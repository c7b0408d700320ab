import { useTranslation } from 'react-i18next';
import { ChartPanel as SharedChartPanel, type ChartPanelProps } from '../../shared/chart-panel';

/** The shared chart panel, worded from the compare catalogue, under a level-2 heading. */
export function ChartPanel(props: Omit<ChartPanelProps, 'labels' | 'headingLevel'>) {
  const { t } = useTranslation('compare');
  const labels = {
    showTable: t('chart.showTable'),
    loading: t('chart.loading'),
    failed: t('chart.failed'),
  };
  return <SharedChartPanel {...props} headingLevel={2} labels={labels} />;
}
