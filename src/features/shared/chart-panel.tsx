import { Component, Suspense, useId, useState } from 'react';
import type { ReactNode } from 'react';
import './chart-panel.css';

export interface ChartPanelLabels {
  showTable: string;
  loading: string;
  failed: string;
}

export interface ChartPanelProps {
  title: string;
  /** The chart (lazily loaded); replaced by `table` when the reader asks for it. */
  chart: ReactNode;
  /** An accessible table with the same numbers as the chart. */
  table: ReactNode;
  headingLevel?: 2 | 3;
  /** What the figures mean, under the chart and the table alike. */
  note?: ReactNode;
  /** Some views (the heatmap) are tables already. */
  initiallyTable?: boolean;
  /** Each area words its toggle in its own catalogue. */
  labels: ChartPanelLabels;
}

/**
 * A chart with its data table one button away. The button keeps its label and reports its
 * state with aria-pressed, as a toggle should.
 */
export function ChartPanel({
  title,
  chart,
  table,
  headingLevel = 3,
  note,
  initiallyTable = false,
  labels,
}: ChartPanelProps) {
  const [showTable, setShowTable] = useState(initiallyTable);
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <div className="chart-panel-header">
        <Heading id={headingId}>{title}</Heading>
        <button
          type="button"
          className="button small no-print"
          aria-pressed={showTable}
          onClick={() => setShowTable((v) => !v)}
        >
          {labels.showTable}
        </button>
      </div>
      {showTable ? (
        table
      ) : (
        <ChartBoundary fallback={<p className="notice">{labels.failed}</p>}>
          <Suspense fallback={<p className="muted chart-loading">{labels.loading}</p>}>
            {chart}
          </Suspense>
        </ChartBoundary>
      )}
      {note ? <p className="muted chart-note">{note}</p> : null}
    </section>
  );
}

/** If the chart code cannot load (e.g. a damaged offline cache), the table button still works. */
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
