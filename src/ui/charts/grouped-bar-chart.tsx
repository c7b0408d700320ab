import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { CHART_COLOURS, CHART_WIDTH, prefersReducedMotion } from './chart-theme';

export interface GroupedBarChartProps {
  /** Categories (e.g. domain codes), each with one value per series (null: no score). */
  data: readonly { label: string; values: readonly (number | null)[] }[];
  series: readonly string[];
  summary: string;
  formatValue: (value: number) => string;
  width?: number;
}

// Okabe–Ito, distinguishable for common colour blindness; the legend names every series.
const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

/** Up to four series side by side per category, on 0..100. */
export function GroupedBarChart({
  data,
  series,
  summary,
  formatValue,
  width = CHART_WIDTH,
}: GroupedBarChartProps) {
  const animate = !prefersReducedMotion();
  const rows = data.map((d) => {
    const row: Record<string, string | number | null> = { label: d.label };
    d.values.forEach((v, i) => {
      row[`s${i}`] = v;
    });
    return row;
  });
  const height = Math.max(200, 80 + data.length * (12 + series.length * 10));
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value) : '');
  return (
    <ChartFrame summary={summary} maxWidth={width}>
      {(drawWidth) => (
        <BarChart
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
            domain={[0, 100]}
            tickFormatter={format}
            tick={{ fill: CHART_COLOURS.text, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={48}
            tick={{ fill: CHART_COLOURS.text, fontSize: 13 }}
          />
          {series.map((name, i) => (
            <Bar
              key={name}
              dataKey={`s${i}`}
              name={name}
              fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              barSize={8}
              isAnimationActive={animate}
            />
          ))}
          <Legend />
          <Tooltip formatter={format} isAnimationActive={animate} />
        </BarChart>
      )}
    </ChartFrame>
  );
}
