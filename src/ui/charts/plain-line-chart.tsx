import { ChartFrame } from './chart-frame';
import { axisTicks } from './distribution-chart';
import { CHART_COLOURS, CHART_WIDTH, SERIES_COLOURS, SERIES_DASHES } from './chart-theme';
import type { MultiLineChartProps } from './multi-line-chart';

const HEIGHT = 300;
const MARGIN = { top: 16, right: 24, bottom: 60, left: 64 };
/** Room on either side of the first and last point, as the axis padding of the other charts. */
const PAD = 24;

/**
 * The points of each series, left to right, skipping the gaps (a line connects the points it
 * has, as the other line charts do).
 */
export function linePoints(
  data: MultiLineChartProps['data'],
  series: number,
  width: number,
): { x: number; y: number; value: number; label: string }[][] {
  const left = MARGIN.left + PAD;
  const right = Math.max(left, width - MARGIN.right - PAD);
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const x = (i: number) =>
    data.length < 2 ? (left + right) / 2 : left + (i * (right - left)) / (data.length - 1);
  const y = (v: number) => bottom - (Math.min(Math.max(v, 0), 100) / 100) * (bottom - top);
  return Array.from({ length: series }, (_, s) =>
    data.flatMap((d, i) => {
      const value = d.values[s] ?? null;
      return value === null ? [] : [{ x: x(i), y: y(value), value, label: d.label }];
    }),
  );
}

/**
 * A few lines over time on 0..100, each with its own colour and dash, and a legend: the
 * picture of MultiLineChart in plain SVG (no chart library to load and run for two lines).
 */
export function PlainLineChart({
  data,
  series,
  summary,
  formatValue,
  width = CHART_WIDTH,
}: Omit<MultiLineChartProps, 'marker'>) {
  return (
    <ChartFrame summary={summary} maxWidth={width}>
      {(drawWidth) => {
        const lines = linePoints(data, series.length, drawWidth);
        const top = MARGIN.top;
        const bottom = HEIGHT - MARGIN.bottom;
        const left = MARGIN.left;
        const right = Math.max(left + 1, drawWidth - MARGIN.right);
        const y = (v: number) => bottom - (v / 100) * (bottom - top);
        const xs = linePoints(
          data.map((d) => ({ label: d.label, values: [0] })),
          1,
          drawWidth,
        )[0]!;
        // The legend: one series a line under the axis, so long names never overlap.
        const height = bottom + 30 + series.length * 18;
        return (
          <svg
            className="line-list"
            width={drawWidth}
            height={height}
            viewBox={`0 0 ${drawWidth} ${height}`}
          >
            <g stroke={CHART_COLOURS.grid} strokeDasharray="2 4">
              {axisTicks(0, 100).map((tick) => (
                <line key={`y${tick}`} x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
              ))}
              {xs.map((p) => (
                <line key={`x${p.label}`} x1={p.x} x2={p.x} y1={top} y2={bottom} />
              ))}
            </g>
            <g fill={CHART_COLOURS.text} fontSize={12}>
              {axisTicks(0, 100).map((tick) => (
                <text key={tick} x={left - 8} y={y(tick)} dy="0.35em" textAnchor="end">
                  {formatValue(tick)}
                </text>
              ))}
              {xs.map((p) => (
                <text key={p.label} x={p.x} y={bottom + 18} textAnchor="middle">
                  {p.label}
                </text>
              ))}
            </g>
            {lines.map((points, s) => {
              const colour = SERIES_COLOURS[s % SERIES_COLOURS.length]!;
              return (
                <g key={series[s]}>
                  {points.length > 1 ? (
                    <polyline
                      points={points.map((p) => `${p.x},${p.y}`).join(' ')}
                      fill="none"
                      stroke={colour}
                      strokeWidth={2}
                      strokeDasharray={SERIES_DASHES[s % SERIES_DASHES.length]}
                    />
                  ) : null}
                  {points.map((p) => (
                    <circle
                      key={p.label}
                      cx={p.x}
                      cy={p.y}
                      r={4}
                      fill="#fff"
                      stroke={colour}
                      strokeWidth={2}
                    >
                      <title>{`${p.label} · ${series[s]}: ${formatValue(p.value)}`}</title>
                    </circle>
                  ))}
                </g>
              );
            })}
            <g fontSize={12} fill={CHART_COLOURS.text}>
              {series.map((name, s) => {
                const x0 = left;
                const yl = bottom + 38 + s * 18;
                return (
                  <g key={name}>
                    <line
                      x1={x0}
                      x2={x0 + 24}
                      y1={yl}
                      y2={yl}
                      stroke={SERIES_COLOURS[s % SERIES_COLOURS.length]}
                      strokeWidth={2}
                      strokeDasharray={SERIES_DASHES[s % SERIES_DASHES.length]}
                    />
                    <text x={x0 + 30} y={yl} dy="0.35em">
                      {name}
                    </text>
                  </g>
                );
              })}
            </g>
          </svg>
        );
      }}
    </ChartFrame>
  );
}
