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
  /** A longer label (code and short name), shown where the drawing is wide enough. */
  name?: string;
  /** A second line under the label, e.g. "no score". */
  note?: string;
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

/** From this drawing width the axes carry the longer names. */
const WIDE_LABELS = 520;

interface AngleTickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: string;
  payload?: { value?: unknown };
}

/** An axis label: the code (or code and short name), with a note such as "no score" under it. */
function AngleTick({
  x,
  y,
  textAnchor,
  payload,
  rows,
  wide,
}: AngleTickProps & { rows: readonly RadarDatum[]; wide: boolean }) {
  const datum = rows.find((r) => r.label === payload?.value);
  const label = wide && datum?.name ? datum.name : String(payload?.value ?? '');
  const anchor = textAnchor === 'start' || textAnchor === 'end' ? textAnchor : 'middle';
  return (
    <text x={x} y={y} textAnchor={anchor} fill={CHART_COLOURS.text} fontSize={wide ? 12 : 11}>
      <tspan x={x} dy="0.3em">
        {label}
      </tspan>
      {datum?.note ? (
        <tspan x={x} dy="1.2em" fontStyle="italic">
          {datum.note}
        </tspan>
      ) : null}
    </text>
  );
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
          margin={
            drawWidth >= WIDE_LABELS
              ? { top: 24, right: 96, bottom: 24, left: 96 }
              : { top: 16, right: 28, bottom: 16, left: 28 }
          }
        >
          <PolarGrid stroke={CHART_COLOURS.grid} />
          <PolarAngleAxis
            dataKey="label"
            tick={(props: AngleTickProps) => (
              <AngleTick {...props} rows={rows} wide={drawWidth >= WIDE_LABELS} />
            )}
          />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            // Between the first two spokes, so tick labels never sit on a category label.
            angle={90 - 180 / Math.max(1, rows.length)}
            tick={{ fill: CHART_COLOURS.text, fontSize: 11 }}
            // The outer ring is 100%: its label would stand on the top axis labels.
            tickFormatter={(value: unknown) => (value === 100 ? '' : format(value))}
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
