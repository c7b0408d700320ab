import './charts.css';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { CHART_WIDTH } from './chart-theme';

export interface ChartFrameProps {
  /** One or two sentences that say what the chart shows; read instead of the drawing. */
  summary: string;
  /** The widest the drawing gets (print and wide screens). */
  maxWidth?: number;
  /** Draws the chart at the width the frame has. */
  children: (width: number) => ReactNode;
}

/**
 * The drawing is a picture to assistive technology: the summary names it and the data table
 * next to it (one button away) carries the numbers. The drawing takes the width of its
 * container (up to `maxWidth`), so it is never cut off and never widens the page.
 */
export function ChartFrame({ summary, maxWidth = CHART_WIDTH, children }: ChartFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setMeasured(Math.floor(el.clientWidth));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Before the first measurement (and where nothing is laid out, as in tests) the full width.
  const width = measured > 0 ? Math.min(measured, maxWidth) : maxWidth;
  return (
    <div ref={ref} className="chart-frame" role="img" aria-label={summary}>
      {/* The drawing's own labels (axis ticks, legend icons) would only repeat the summary. */}
      <div aria-hidden="true">{children(width)}</div>
    </div>
  );
}
