import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Tooltip,
} from 'recharts';
import { ChartFrame } from './chart-frame';
import { CHART_COLOURS, CHART_WIDTH, TARGET_DASH, prefersReducedMotion } from './chart-theme';

export interface RadarDatum {
  /** Short axis label, e.g. a domain code. */
  label: string;
  /** 0..100, null when nothing was scored. */
  current: number | null;
  target: number | null;
}

export interface ScoreRadarChartProps {
  data: readonly RadarDatum[];
  /** Translated series names. */
  seriesLabels: { current: string; target: string };
  summary: string;
  formatValue: (value: number) => string;
  width?: number;
  height?: number;
}

/** Current score against target per axis, both on 0..100. */
export function ScoreRadarChart({
  data,
  seriesLabels,
  summary,
  formatValue,
  width = CHART_WIDTH,
  height = 440,
}: ScoreRadarChartProps) {
  const animate = !prefersReducedMotion();
  const rows = data.map((d) => ({ ...d }));
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value) : '');
  return (
    <ChartFrame summary={summary} maxWidth={width}>
      {(drawWidth) => (
        <RadarChart
          width={drawWidth}
          // A narrow drawing is less tall too, so the radar stays round.
          height={Math.min(height, Math.max(280, drawWidth))}
          data={rows}
          outerRadius="72%"
          accessibilityLayer={false}
          margin={{ top: 16, right: 32, bottom: 16, left: 32 }}
        >
          <PolarGrid stroke={CHART_COLOURS.grid} />
          <PolarAngleAxis dataKey="label" tick={{ fill: CHART_COLOURS.text, fontSize: 13 }} />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            // Between the first two spokes, so tick labels never sit on a category label.
            angle={90 - 180 / Math.max(1, rows.length)}
            tick={{ fill: CHART_COLOURS.text, fontSize: 11 }}
            tickFormatter={format}
          />
          <Radar
            name={seriesLabels.target}
            dataKey="target"
            stroke={CHART_COLOURS.target}
            strokeWidth={2.5}
            strokeDasharray={TARGET_DASH}
            fill="none"
            dot={{ r: 3, fill: CHART_COLOURS.target, stroke: CHART_COLOURS.target }}
            connectNulls
            isAnimationActive={animate}
          />
          <Radar
            name={seriesLabels.current}
            dataKey="current"
            stroke={CHART_COLOURS.current}
            strokeWidth={2.5}
            fill={CHART_COLOURS.current}
            fillOpacity={0.25}
            dot={{ r: 4, fill: CHART_COLOURS.current, stroke: '#ffffff' }}
            connectNulls
            isAnimationActive={animate}
          />
          <Legend wrapperStyle={{ color: CHART_COLOURS.text }} />
          <Tooltip formatter={format} isAnimationActive={animate} />
        </RadarChart>
      )}
    </ChartFrame>
  );
}
