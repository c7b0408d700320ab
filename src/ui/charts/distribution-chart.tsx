import { ChartFrame } from './chart-frame';
import { CHART_COLOURS, CHART_WIDTH } from './chart-theme';

export interface DistributionDatum {
  label: string;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** The chosen facility's value, drawn as a dot; null when none. */
  marked: number | null;
}

export interface DistributionChartProps {
  data: readonly DistributionDatum[];
  summary: string;
  labels: { range: string; box: string; median: string; marked: string };
  formatValue: (value: number) => string;
  min?: number;
  max?: number;
  width?: number;
}

const ROW_HEIGHT = 30;
const MARGIN = { top: 8, right: 24, bottom: 28, left: 64 };
const BOX_HEIGHT = 16;
const WHISKER_HEIGHT = 4;

/**
 * Where the axis ticks go: every value of a short level scale (1..5, 0..1), else five even
 * steps (0, 25, …, 100 for scores).
 */
export function axisTicks(min: number, max: number): number[] {
  if (!(max > min)) return [min];
  if (Number.isInteger(min) && Number.isInteger(max) && max - min <= 10) {
    return Array.from({ length: max - min + 1 }, (_, i) => min + i);
  }
  return [0, 1, 2, 3, 4].map((i) => min + ((max - min) * i) / 4);
}

export interface BoxRow {
  datum: DistributionDatum;
  /** Vertical centre of the row. */
  y: number;
  /** Horizontal positions of the five numbers and of the marked value (null: none). */
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  marked: number | null;
}

export interface BoxPlotLayout {
  width: number;
  height: number;
  /** The plotting area, left to right. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  ticks: { value: number; x: number }[];
  rows: BoxRow[];
}

/**
 * The geometry of the box plot: one row per datum, values placed linearly between `min` (left)
 * and `max` (right) of the plotting area; values outside are held at its edges.
 */
export function boxPlotLayout(
  data: readonly DistributionDatum[],
  width: number,
  min: number,
  max: number,
): BoxPlotLayout {
  const height = Math.max(160, 70 + data.length * ROW_HEIGHT);
  const left = MARGIN.left;
  const right = Math.max(left + 1, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const span = max > min ? max - min : 1;
  const x = (value: number) =>
    left + (Math.min(Math.max(value, min), max) - min) * ((right - left) / span);
  const step = data.length > 0 ? (bottom - top) / data.length : 0;
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    ticks: axisTicks(min, max).map((value) => ({ value, x: x(value) })),
    rows: data.map((datum, i) => ({
      datum,
      y: top + step * (i + 0.5),
      min: x(datum.min),
      q1: x(datum.q1),
      median: x(datum.median),
      q3: x(datum.q3),
      max: x(datum.max),
      marked: datum.marked === null ? null : x(datum.marked),
    })),
  };
}

/**
 * One horizontal box per category: a thin bar from min to max, a thick one from the first to
 * the third quartile with a break at the median, and a dot for the chosen facility. Plain SVG:
 * a box plot needs none of a chart library's machinery, and a comparison draws one per domain
 * and one per criterion of a domain, each time the evaluator opens the view.
 */
export function DistributionChart({
  data,
  summary,
  labels,
  formatValue,
  min = 0,
  max = 100,
  width = CHART_WIDTH,
}: DistributionChartProps) {
  return (
    <ChartFrame summary={summary} maxWidth={width}>
      {(drawWidth) => {
        const layout = boxPlotLayout(data, drawWidth, min, max);
        return (
          <svg
            className="box-plot"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
          >
            <g stroke={CHART_COLOURS.grid} strokeDasharray="2 4">
              {layout.ticks.map((tick) => (
                <line key={tick.value} x1={tick.x} x2={tick.x} y1={layout.top} y2={layout.bottom} />
              ))}
            </g>
            <g fill={CHART_COLOURS.text} fontSize={12} textAnchor="middle">
              <line
                x1={layout.left}
                x2={layout.right}
                y1={layout.bottom}
                y2={layout.bottom}
                stroke={CHART_COLOURS.grid}
              />
              {layout.ticks.map((tick) => (
                <text key={tick.value} x={tick.x} y={layout.bottom + 18}>
                  {formatValue(tick.value)}
                </text>
              ))}
            </g>
            {layout.rows.map((row) => {
              const d = row.datum;
              return (
                <g key={d.label}>
                  {/* A pointer over the row shows its numbers, as the chart's tooltip. */}
                  <title>
                    {`${d.label}: ${labels.range} ${formatValue(d.min)}–${formatValue(d.max)}; ${labels.box} ${formatValue(d.q1)}–${formatValue(d.q3)}; ${labels.median} ${formatValue(d.median)}${d.marked === null ? '' : `; ${labels.marked}: ${formatValue(d.marked)}`}`}
                  </title>
                  <rect
                    x={layout.left - MARGIN.left}
                    y={row.y - ROW_HEIGHT / 2}
                    width={layout.right}
                    height={ROW_HEIGHT}
                    fill="transparent"
                  />
                  <text
                    x={layout.left - 8}
                    y={row.y}
                    dy="0.35em"
                    textAnchor="end"
                    fontSize={13}
                    fill={CHART_COLOURS.text}
                  >
                    {d.label}
                  </text>
                  <rect
                    x={row.min}
                    y={row.y - WHISKER_HEIGHT / 2}
                    width={Math.max(0, row.max - row.min)}
                    height={WHISKER_HEIGHT}
                    fill={CHART_COLOURS.grid}
                  />
                  <rect
                    x={row.q1}
                    y={row.y - BOX_HEIGHT / 2}
                    width={Math.max(0, row.q3 - row.q1)}
                    height={BOX_HEIGHT}
                    fill={CHART_COLOURS.current}
                  />
                  {/* The break at the median; a dark mark where the box is too narrow for it. */}
                  <line
                    x1={row.median}
                    x2={row.median}
                    y1={row.y - BOX_HEIGHT / 2}
                    y2={row.y + BOX_HEIGHT / 2}
                    stroke={row.q3 - row.q1 >= 6 ? '#fff' : CHART_COLOURS.text}
                    strokeWidth={2}
                  />
                  {row.marked === null ? null : (
                    <circle
                      cx={row.marked}
                      cy={row.y}
                      r={6}
                      fill={CHART_COLOURS.target}
                      stroke={CHART_COLOURS.text}
                      strokeWidth={1.5}
                    />
                  )}
                </g>
              );
            })}
          </svg>
        );
      }}
    </ChartFrame>
  );
}
