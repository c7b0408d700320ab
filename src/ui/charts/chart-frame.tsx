import './charts.css';
import type { ReactNode } from 'react';

export interface ChartFrameProps {
  /** One or two sentences that say what the chart shows; read instead of the drawing. */
  summary: string;
  children: ReactNode;
}

/**
 * The drawing is a picture to assistive technology: the summary names it and the data table
 * next to it (one button away) carries the numbers.
 */
export function ChartFrame({ summary, children }: ChartFrameProps) {
  return (
    <div className="chart-frame" role="img" aria-label={summary}>
      {/* The drawing's own labels (axis ticks, legend icons) would only repeat the summary. */}
      <div aria-hidden="true">{children}</div>
    </div>
  );
}
