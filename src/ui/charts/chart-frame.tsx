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
  // null until the layout effect has measured the frame. The drawing waits for that: drawing it
  // at a guessed width first and again at the real one (before the browser paints either)
  // would double the chart library's work for nothing.
  const [measured, setMeasured] = useState<number | null>(null);
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
  // Where nothing is laid out (width 0, as in tests) the full width.
  const width = measured ? Math.min(measured, maxWidth) : maxWidth;
  return (
    <div ref={ref} className="chart-frame" role="img" aria-label={summary}>
      {/* The drawing's own labels (axis ticks, legend icons) would only repeat the summary. */}
      <div aria-hidden="true">{measured === null ? null : children(width)}</div>
    </div>
  );
}
