import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { CHART_COLOURS, CHART_WIDTH, prefersReducedMotion } from './chart-theme';

export interface BarDatum {
  /** Category label, e.g. a domain code. */
  label: string;
  /** A longer label (code and short name), shown where the drawing is wide enough. */
  name?: string;
  value: number;
}

export interface HorizontalBarChartProps {
  /** Drawn top to bottom in the given order. */
  data: readonly BarDatum[];
  seriesLabel: string;
  /** Translated title of the value axis. */
  axisLabel: string;
  summary: string;
  formatValue: (value: number) => string;
  /** Upper end of the value axis. */
  max?: number;
  width?: number;
}

const ROW_HEIGHT = 30;
/** From this drawing width the categories carry their longer names. */
const WIDE_LABELS = 420;

/** One bar per category, laid out horizontally so long lists stay readable. */
export function HorizontalBarChart({
  data,
  seriesLabel,
  axisLabel,
  summary,
  formatValue,
  max = 100,
  width = CHART_WIDTH,
}: HorizontalBarChartProps) {
  const animate = !prefersReducedMotion();
  const rows = data.map((d) => ({ ...d, axisName: d.name ?? d.label }));
  const height = Math.max(160, 70 + rows.length * ROW_HEIGHT);
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
          margin={{ top: 8, right: 56, bottom: 28, left: 8 }}
        >
          <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="2 4" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, max]}
            tickFormatter={format}
            tick={{ fill: CHART_COLOURS.text, fontSize: 12 }}
            label={{
              value: axisLabel,
              position: 'insideBottom',
              offset: -16,
              fill: CHART_COLOURS.text,
            }}
          />
          <YAxis
            type="category"
            dataKey={drawWidth >= WIDE_LABELS ? 'axisName' : 'label'}
            width={drawWidth >= WIDE_LABELS ? 150 : 48}
            tick={{ fill: CHART_COLOURS.text, fontSize: 13 }}
          />
          <Bar
            name={seriesLabel}
            dataKey="value"
            fill={CHART_COLOURS.gap}
            barSize={18}
            isAnimationActive={animate}
          >
            <LabelList
              dataKey="value"
              position="right"
              formatter={format}
              fill={CHART_COLOURS.text}
              fontSize={12}
            />
          </Bar>
          <Tooltip formatter={format} isAnimationActive={animate} />
        </BarChart>
      )}
    </ChartFrame>
  );
}
