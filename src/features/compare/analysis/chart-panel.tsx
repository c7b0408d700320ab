import { Component, Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartPanelProps {
  title: string;
  /** The chart (lazily loaded); replaced by `table` when the reader asks for it. */
  chart: ReactNode;
  /** A sortable table with the same numbers as the chart. */
  table: ReactNode;
  note?: ReactNode;
  /** Some views (the heatmap) are tables already; they start as the chart all the same. */
  initiallyTable?: boolean;
}

/** A chart with its data table one toggle away (aria-pressed tells which one shows). */
export function ChartPanel({ title, chart, table, note, initiallyTable = false }: ChartPanelProps) {
  const { t } = useTranslation('compare');
  const [showTable, setShowTable] = useState(initiallyTable);
  const headingId = useId();
  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <div className="chart-panel-header">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="button small no-print"
          aria-pressed={showTable}
          onClick={() => setShowTable((v) => !v)}
        >
          {t('chart.showTable')}
        </button>
      </div>
      {showTable ? (
        table
      ) : (
        <ChartBoundary fallback={<p className="notice">{t('chart.failed')}</p>}>
          <Suspense fallback={<p className="muted chart-loading">{t('chart.loading')}</p>}>
            {chart}
          </Suspense>
        </ChartBoundary>
      )}
      {note ? <p className="muted chart-note">{note}</p> : null}
    </section>
  );
}

class ChartBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
