import { CartesianGrid, LabelList, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { CHART_COLOURS, CHART_WIDTH, TARGET_DASH, prefersReducedMotion } from './chart-theme';

export interface LineDatum {
  /** Label on the horizontal axis, e.g. the period of a round. */
  label: string;
  /** 0..100, null when nothing was scored. */
  value: number | null;
  /** Optional second series drawn dashed, e.g. the target. */
  reference?: number | null;
}

export interface ScoreLineChartProps {
  data: readonly LineDatum[];
  seriesLabels: { value: string; reference?: string };
  summary: string;
  formatValue: (value: number) => string;
  width?: number;
  height?: number;
}

/** A score over time on 0..100; the optional reference line is dashed with square markers. */
export function ScoreLineChart({
  data,
  seriesLabels,
  summary,
  formatValue,
  width = CHART_WIDTH,
  height = 320,
}: ScoreLineChartProps) {
  const animate = !prefersReducedMotion();
  const rows = data.map((d) => ({ ...d }));
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value) : '');
  const withReference = seriesLabels.reference !== undefined;
  return (
    <ChartFrame summary={summary} maxWidth={width}>
      {(drawWidth) => (
        <LineChart
          width={drawWidth}
          height={height}
          data={rows}
          accessibilityLayer={false}
          margin={{ top: 28, right: 32, bottom: 8, left: 8 }}
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
          {withReference ? (
            <Line
              name={seriesLabels.reference}
              dataKey="reference"
              stroke={CHART_COLOURS.target}
              strokeWidth={2.5}
              strokeDasharray={TARGET_DASH}
              dot={{
                r: 4,
                fill: CHART_COLOURS.target,
                stroke: CHART_COLOURS.target,
                strokeDasharray: '',
              }}
              isAnimationActive={animate}
            />
          ) : null}
          <Line
            name={seriesLabels.value}
            dataKey="value"
            stroke={CHART_COLOURS.current}
            strokeWidth={3}
            dot={{ r: 5, fill: CHART_COLOURS.current, stroke: '#ffffff', strokeWidth: 2 }}
            connectNulls
            isAnimationActive={animate}
          >
            {/* Each point says its value, so the line can be read without hovering. */}
            <LabelList
              dataKey="value"
              position="top"
              offset={10}
              formatter={format}
              fill={CHART_COLOURS.text}
              fontSize={12}
            />
          </Line>
          <Legend wrapperStyle={{ color: CHART_COLOURS.text }} />
          <Tooltip formatter={format} isAnimationActive={animate} />
        </LineChart>
      )}
    </ChartFrame>
  );
}
