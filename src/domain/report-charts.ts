/**
 * The report's charts as SVG text: the PDF draws them as vector paths and the DOCX embeds them,
 * with no browser or chart library involved (the screen's Recharts charts need a DOM and a
 * measured width). Pure string building; every text is escaped.
 */

export interface RadarPoint {
  readonly label: string;
  /** 0..100 or null (nothing scored: drawn at the centre). */
  readonly current: number | null;
  readonly target: number | null;
}

export interface BarPoint {
  readonly label: string;
  readonly value: number;
}

const TEXT = '#1a1a1a';
const GRID = '#b8b8b8';
const CURRENT = '#1f4e79';
const TARGET = '#b35900';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function svg(width: number, height: number, body: string[], title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('');
}

function legend(x: number, y: number, labels: { current: string; target: string }): string[] {
  return [
    `<rect x="${x}" y="${y - 8}" width="14" height="4" fill="${CURRENT}"/>`,
    `<text x="${x + 20}" y="${y}" font-size="11" fill="${TEXT}">${escapeXml(labels.current)}</text>`,
    `<line x1="${x + 130}" y1="${y - 6}" x2="${x + 144}" y2="${y - 6}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="4 2"/>`,
    `<text x="${x + 150}" y="${y}" font-size="11" fill="${TEXT}">${escapeXml(labels.target)}</text>`,
  ];
}

/** Score against target per domain on 0..100, as the results page's radar. */
export function radarSvg(
  points: readonly RadarPoint[],
  labels: { title: string; current: string; target: string },
  size = 420,
): string {
  const height = size + 30;
  const cx = size / 2;
  const cy = size / 2 + 4;
  const radius = size / 2 - 48;
  const count = Math.max(points.length, 1);
  // Percent of the radius; the labels stand beyond 100 %, so the scores are clamped, not this.
  const at = (i: number, pct: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    const r = (radius * pct) / 100;
    return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), angle };
  };
  const score = (value: number | null) => Math.max(0, Math.min(100, value ?? 0));
  const body: string[] = [];
  for (const ring of [25, 50, 75, 100]) {
    const ringPoints = points.map((_, i) => at(i, ring)).map((p) => `${n(p.x)},${n(p.y)}`);
    body.push(
      `<polygon points="${ringPoints.join(' ')}" fill="none" stroke="${GRID}" stroke-width="0.7"/>`,
    );
    const tick = at(0, ring);
    body.push(
      `<text x="${n(tick.x + 3)}" y="${n(tick.y + 3)}" font-size="8" fill="${TEXT}">${ring}%</text>`,
    );
  }
  points.forEach((p, i) => {
    const edge = at(i, 100);
    body.push(
      `<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(edge.x)}" y2="${n(edge.y)}" stroke="${GRID}" stroke-width="0.7"/>`,
    );
    const label = at(i, 112);
    const cos = Math.cos(label.angle);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    body.push(
      `<text x="${n(label.x)}" y="${n(label.y + 4)}" font-size="11" text-anchor="${anchor}" fill="${TEXT}">${escapeXml(p.label)}</text>`,
    );
  });
  const polygon = (key: 'current' | 'target') =>
    points.map((p, i) => at(i, score(p[key]))).map((q) => `${n(q.x)},${n(q.y)}`);
  body.push(
    `<polygon points="${polygon('target').join(' ')}" fill="none" stroke="${TARGET}" stroke-width="2" stroke-dasharray="6 3"/>`,
    `<polygon points="${polygon('current').join(' ')}" fill="${CURRENT}" fill-opacity="0.25" stroke="${CURRENT}" stroke-width="2"/>`,
    ...legend(12, height - 8, labels),
  );
  return svg(size, height, body, labels.title);
}

/** Horizontal bars (e.g. the gap per domain in percentage points), largest first as given. */
export function barSvg(
  points: readonly BarPoint[],
  labels: { title: string; axis: string },
  format: (value: number) => string,
  width = 480,
): string {
  const rowHeight = 20;
  const left = 70;
  const right = 50;
  const top = 10;
  const height = top + points.length * rowHeight + 40;
  const max = Math.max(10, Math.ceil(Math.max(0, ...points.map((p) => p.value)) / 10) * 10);
  const scale = (v: number) => ((width - left - right) * Math.max(0, v)) / max;
  const body: string[] = [];
  for (let tick = 0; tick <= max; tick += max / 4) {
    const x = left + scale(tick);
    body.push(
      `<line x1="${n(x)}" y1="${top}" x2="${n(x)}" y2="${top + points.length * rowHeight}" stroke="${GRID}" stroke-width="0.7"/>`,
      `<text x="${n(x)}" y="${top + points.length * rowHeight + 14}" font-size="9" text-anchor="middle" fill="${TEXT}">${escapeXml(format(tick))}</text>`,
    );
  }
  points.forEach((p, i) => {
    const y = top + i * rowHeight;
    body.push(
      `<text x="${left - 6}" y="${y + 14}" font-size="11" text-anchor="end" fill="${TEXT}">${escapeXml(p.label)}</text>`,
      `<rect x="${left}" y="${y + 4}" width="${n(scale(p.value))}" height="${rowHeight - 8}" fill="${CURRENT}"/>`,
      `<text x="${n(left + scale(p.value) + 4)}" y="${y + 14}" font-size="10" fill="${TEXT}">${escapeXml(format(p.value))}</text>`,
    );
  });
  body.push(
    `<text x="${n(left + (width - left - right) / 2)}" y="${height - 6}" font-size="10" text-anchor="middle" fill="${TEXT}">${escapeXml(labels.axis)}</text>`,
  );
  return svg(width, height, body, labels.title);
}
