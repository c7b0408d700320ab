import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from './chart-frame';
import {
  CHART_COLOURS,
  CHART_WIDTH,
  SERIES_COLOURS,
  SERIES_DASHES as DASHES,
  prefersReducedMotion,
} from './chart-theme';

export interface MultiLineChartProps {
  /** Points on the horizontal axis (e.g. periods), each with one value per series. */
  data: readonly { label: string; values: readonly (number | null)[] }[];
  series: readonly string[];
  summary: string;
  formatValue: (value: number) => string;
  width?: number;
  /** A vertical marker at one point of the horizontal axis (e.g. a framework version break). */
  marker?: { at: string; label: string };
}

/** A few lines over time on 0..100; every line differs in colour and dash. */
export function MultiLineChart({
  data,
  series,
  summary,
  formatValue,
  width = CHART_WIDTH,
  marker,
}: MultiLineChartProps) {
  const animate = !prefersReducedMotion();
  const rows = data.map((d) => {
    const row: Record<string, string | number | null> = { label: d.label };
    d.values.forEach((v, i) => {
      row[`s${i}`] = v;
    });
    return row;
  });
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value) : '');
  return (
    <ChartFrame summary={summary} maxWidth={width}>
      {(drawWidth) => (
        <LineChart
          width={drawWidth}
          height={300}
          data={rows}
          accessibilityLayer={false}
          margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="2 4" />
          <XAxis
            dataKey="label"
            tick={{ fill: CHART_COLOURS.text, fontSize: 12 }}
            padding={{ left: 24, right: 24 }}
          />
          <YAxis
            domain={[0, 100]}
            tickFormatter={format}
            tick={{ fill: CHART_COLOURS.text, fontSize: 12 }}
            width={56}
          />
          {series.map((name, i) => (
            <Line
              key={name}
              dataKey={`s${i}`}
              name={name}
              stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              strokeDasharray={DASHES[i % DASHES.length]}
              strokeWidth={2}
              connectNulls
              isAnimationActive={animate}
            />
          ))}
          {marker ? (
            <ReferenceLine
              x={marker.at}
              stroke={CHART_COLOURS.text}
              strokeDasharray="4 4"
              label={{
                value: marker.label,
                position: 'insideTopLeft',
                fill: CHART_COLOURS.text,
                fontSize: 12,
              }}
            />
          ) : null}
          <Legend />
          <Tooltip formatter={format} isAnimationActive={animate} />
        </LineChart>
      )}
    </ChartFrame>
  );
}
