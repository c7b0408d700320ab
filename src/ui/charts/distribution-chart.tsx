import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { CHART_COLOURS, CHART_WIDTH, prefersReducedMotion } from './chart-theme';

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
  labels: { range: string; box: string; marked: string };
  formatValue: (value: number) => string;
  min?: number;
  max?: number;
  width?: number;
}

const ROW_HEIGHT = 30;

/**
 * One horizontal box per category: a thin bar from min to max, a thick one from the first to
 * the third quartile with a break at the median, and a dot for the chosen facility.
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
  const animate = !prefersReducedMotion();
  const rows = data.map((d) => ({
    label: d.label,
    base: d.min - min,
    lower: d.q1 - d.min,
    boxLow: d.median - d.q1,
    boxHigh: d.q3 - d.median,
    upper: d.max - d.q3,
    marked: d.marked === null ? null : d.marked - min,
    raw: d,
  }));
  const height = Math.max(160, 70 + rows.length * ROW_HEIGHT);
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value + min) : '');
  return (
    <ChartFrame summary={summary} maxWidth={width}>
      {(drawWidth) => (
        <ComposedChart
          width={drawWidth}
          height={height}
          data={rows}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="2 4" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, max - min]}
            tickFormatter={format}
            tick={{ fill: CHART_COLOURS.text, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={56}
            tick={{ fill: CHART_COLOURS.text, fontSize: 13 }}
          />
          <Bar dataKey="base" stackId="d" fill="transparent" isAnimationActive={false} />
          <Bar
            dataKey="lower"
            name={labels.range}
            stackId="d"
            fill={CHART_COLOURS.grid}
            barSize={4}
            isAnimationActive={animate}
          />
          <Bar
            dataKey="boxLow"
            name={labels.box}
            stackId="d"
            fill={CHART_COLOURS.current}
            stroke="#fff"
            barSize={16}
            isAnimationActive={animate}
          />
          <Bar
            dataKey="boxHigh"
            name={labels.box}
            stackId="d"
            fill={CHART_COLOURS.current}
            stroke="#fff"
            barSize={16}
            isAnimationActive={animate}
          />
          <Bar
            dataKey="upper"
            name={labels.range}
            stackId="d"
            fill={CHART_COLOURS.grid}
            barSize={4}
            isAnimationActive={animate}
          />
          <Line
            dataKey="marked"
            name={labels.marked}
            stroke="none"
            dot={{ r: 6, fill: CHART_COLOURS.target, stroke: CHART_COLOURS.text, strokeWidth: 1.5 }}
            isAnimationActive={false}
          />
          <Tooltip
            isAnimationActive={animate}
            content={({ payload }) => {
              const row = payload?.[0]?.payload as (typeof rows)[number] | undefined;
              if (!row) return null;
              const d = row.raw;
              return (
                <div className="chart-tooltip">
                  <strong>{d.label}</strong>
                  <div>
                    {formatValue(d.min)} · {formatValue(d.q1)} · <b>{formatValue(d.median)}</b> ·{' '}
                    {formatValue(d.q3)} · {formatValue(d.max)}
                  </div>
                  {d.marked !== null ? (
                    <div>
                      {labels.marked}: {formatValue(d.marked)}
                    </div>
                  ) : null}
                </div>
              );
            }}
          />
        </ComposedChart>
      )}
    </ChartFrame>
  );
}
