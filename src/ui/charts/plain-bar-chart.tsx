import { ChartFrame } from './chart-frame';
import { axisTicks } from './distribution-chart';
import { CHART_COLOURS, CHART_WIDTH } from './chart-theme';
import type { HorizontalBarChartProps } from './bar-chart';

const ROW_HEIGHT = 30;
const BAR_HEIGHT = 18;
/** From this drawing width the categories carry their longer names. */
const WIDE_LABELS = 420;
const MARGIN = { top: 8, right: 56, bottom: 44, left: 8 };
const LABEL_FONT = 13;
/** A generous average glyph width (em) for the label font: a label is broken by estimate. */
const GLYPH_EM = 0.6;

/**
 * A label broken into at most two lines of about `maxChars` characters, at spaces; what does
 * not fit ends in "…". An estimate, not a measurement: measuring text in the page forces a
 * layout per label, and a ranking has fifty of them.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= limit || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  const fitted = lines.slice(0, 2).map((l) => (l.length > limit ? `${l.slice(0, limit - 1)}…` : l));
  if (lines.length > 2) {
    const last = fitted[1]!;
    fitted[1] = last.endsWith('…') ? last : `${last.slice(0, limit - 1)}…`;
  }
  return fitted;
}

/**
 * One bar per category, top to bottom in the given order, with its value at the end: the
 * same picture as HorizontalBarChart, drawn as plain SVG. For long lists (a ranking page of
 * fifty facilities) a chart library's layout passes and text measuring cost more than the
 * drawing itself.
 */
export function PlainBarChart({
  data,
  seriesLabel,
  axisLabel,
  summary,
  formatValue,
  max = 100,
  width = CHART_WIDTH,
}: HorizontalBarChartProps) {
  const height = Math.max(160, 70 + data.length * ROW_HEIGHT);
  return (
    <ChartFrame summary={summary} maxWidth={width}>
      {(drawWidth) => {
        const wide = drawWidth >= WIDE_LABELS;
        const labelWidth = wide ? 150 : 48;
        const left = MARGIN.left + labelWidth;
        const right = Math.max(left + 1, drawWidth - MARGIN.right);
        const top = MARGIN.top;
        const bottom = height - MARGIN.bottom;
        const x = (value: number) =>
          left + (Math.min(Math.max(value, 0), max) / (max > 0 ? max : 1)) * (right - left);
        const step = data.length > 0 ? (bottom - top) / data.length : 0;
        const maxChars = (labelWidth - 8) / (LABEL_FONT * GLYPH_EM);
        return (
          <svg
            className="bar-list"
            width={drawWidth}
            height={height}
            viewBox={`0 0 ${drawWidth} ${height}`}
          >
            <g stroke={CHART_COLOURS.grid} strokeDasharray="2 4">
              {axisTicks(0, max).map((tick) => (
                <line key={tick} x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} />
              ))}
            </g>
            <g fill={CHART_COLOURS.text} fontSize={12} textAnchor="middle">
              <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={CHART_COLOURS.grid} />
              {axisTicks(0, max).map((tick) => (
                <text key={tick} x={x(tick)} y={bottom + 18}>
                  {formatValue(tick)}
                </text>
              ))}
              <text x={(left + right) / 2} y={bottom + 36}>
                {axisLabel}
              </text>
            </g>
            {data.map((d, i) => {
              const y = top + step * (i + 0.5);
              const label = wide ? (d.name ?? d.label) : d.label;
              const lines = wrapLabel(label, maxChars);
              return (
                <g key={`${i}-${d.label}`}>
                  <title>{`${label}: ${seriesLabel} ${formatValue(d.value)}`}</title>
                  <rect
                    x={0}
                    y={y - ROW_HEIGHT / 2}
                    width={right}
                    height={ROW_HEIGHT}
                    fill="transparent"
                  />
                  <text
                    x={left - 8}
                    y={y}
                    textAnchor="end"
                    fontSize={LABEL_FONT}
                    fill={CHART_COLOURS.text}
                  >
                    {lines.map((line, li) => (
                      <tspan
                        key={li}
                        x={left - 8}
                        dy={li === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : '1.1em'}
                      >
                        {line}
                      </tspan>
                    ))}
                  </text>
                  <rect
                    x={left}
                    y={y - BAR_HEIGHT / 2}
                    width={Math.max(0, x(d.value) - left)}
                    height={BAR_HEIGHT}
                    fill={CHART_COLOURS.gap}
                  />
                  <text
                    x={x(d.value) + 5}
                    y={y}
                    dy="0.35em"
                    fontSize={12}
                    fill={CHART_COLOURS.text}
                  >
                    {formatValue(d.value)}
                  </text>
                </g>
              );
            })}
          </svg>
        );
      }}
    </ChartFrame>
  );
}
