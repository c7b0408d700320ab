import { ChartFrame } from './chart-frame';
import { axisTicks } from './distribution-chart';
import { CHART_COLOURS, CHART_WIDTH } from './chart-theme';
import type { HorizontalBarChartProps } from './bar-chart';

const ROW_HEIGHT = 30;
const BAR_HEIGHT = 18;
/** Narrow: a row is its label's line with the bar under it. */
const STACKED_ROW_HEIGHT = 38;
const STACKED_BAR_HEIGHT = 14;
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

/** A label on one line of about `maxChars` characters; what does not fit ends in "…". */
export function fitLine(text: string, maxChars: number): string {
  const limit = Math.max(4, Math.floor(maxChars));
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
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
  return (
    <ChartFrame summary={summary} maxWidth={width}>
      {(drawWidth) => {
        // Beside its bar on a phone, a label would get a few characters ("Demo…"): narrow
        // charts put each label on its own line above its bar, across the whole width.
        const stacked = drawWidth < WIDE_LABELS;
        const rowHeight = stacked ? STACKED_ROW_HEIGHT : ROW_HEIGHT;
        const height = Math.max(160, 70 + data.length * rowHeight);
        const labelWidth = stacked ? 0 : 150;
        const left = MARGIN.left + labelWidth;
        const right = Math.max(left + 1, drawWidth - MARGIN.right);
        const top = MARGIN.top;
        const bottom = height - MARGIN.bottom;
        const x = (value: number) =>
          left + (Math.min(Math.max(value, 0), max) / (max > 0 ? max : 1)) * (right - left);
        const step = data.length > 0 ? (bottom - top) / data.length : 0;
        const maxChars =
          ((stacked ? drawWidth - MARGIN.left * 2 : labelWidth) - 8) / (LABEL_FONT * GLYPH_EM);
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
              const label = d.name ?? d.label;
              const lines = stacked ? [fitLine(label, maxChars)] : wrapLabel(label, maxChars);
              // Stacked: the label's line at the top of the row, the bar in its lower part.
              const barY = stacked ? y + step / 2 - STACKED_BAR_HEIGHT - 3 : y - BAR_HEIGHT / 2;
              const barHeight = stacked ? STACKED_BAR_HEIGHT : BAR_HEIGHT;
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
                    x={stacked ? left : left - 8}
                    y={stacked ? y - step / 2 + LABEL_FONT + 2 : y}
                    textAnchor={stacked ? 'start' : 'end'}
                    fontSize={LABEL_FONT}
                    fill={CHART_COLOURS.text}
                  >
                    {lines.map((line, li) => (
                      <tspan
                        key={li}
                        x={stacked ? left : left - 8}
                        dy={
                          stacked ? 0 : li === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : '1.1em'
                        }
                      >
                        {line}
                      </tspan>
                    ))}
                  </text>
                  <rect
                    x={left}
                    y={barY}
                    width={Math.max(0, x(d.value) - left)}
                    height={barHeight}
                    fill={CHART_COLOURS.gap}
                  />
                  <text
                    x={x(d.value) + 5}
                    y={barY + barHeight / 2}
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
