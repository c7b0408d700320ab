import { beforeEach, describe, expect, it } from 'vitest';
import { barSvg, escapeXml, radarSvg, type RadarPoint } from '../../src/domain/report-charts';

interface SvgElement {
  tag: string;
  attrs: Record<string, string>;
  /** The element's own text, entities decoded. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

/**
 * The elements of an SVG document in order, after checking that it is well-formed XML of the
 * kind the chart writers make: one <svg> root, balanced tags, quoted attributes, no bare & or <,
 * and text only inside <text> and <title>.
 */
function parseSvg(svg: string): SvgElement[] {
  const tokens = svg.match(/<[^<>]*>|[^<]+/g) ?? [];
  const elements: SvgElement[] = [];
  const open: SvgElement[] = [];
  let roots = 0;
  for (const token of tokens) {
    if (!token.startsWith('<')) {
      const parent = open.at(-1);
      expect(parent && ['text', 'title'].includes(parent.tag), `stray text ${token}`).toBe(true);
      expect(token).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
      parent!.text += decode(token);
      continue;
    }
    if (token.startsWith('</')) {
      expect(open.pop()?.tag).toBe(token.slice(2, -1));
      continue;
    }
    const match = /^<([a-z]+)((?:\s+[a-z0-9:-]+="[^"<]*")*)\s*(\/?)>$/i.exec(token);
    expect(match, `malformed tag ${token}`).not.toBeNull();
    const [, tag, attrText, selfClosing] = match!;
    const attrs: Record<string, string> = {};
    for (const [, name, value] of attrText!.matchAll(/([a-z0-9:-]+)="([^"]*)"/gi)) {
      expect(attrs[name!], `attribute ${name} twice`).toBeUndefined();
      expect(value).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
      attrs[name!] = decode(value!);
    }
    const element = { tag: tag!, attrs, text: '' };
    if (open.length === 0) roots++;
    elements.push(element);
    if (!selfClosing) open.push(element);
  }
  expect(open).toEqual([]);
  expect(roots).toBe(1);
  expect(elements[0]?.tag).toBe('svg');
  return elements;
}

const num = (el: SvgElement, name: string) => {
  const value = el.attrs[name];
  // Coordinates are written with at most two decimals.
  expect(value).toMatch(/^-?\d+(\.\d{1,2})?$/);
  return Number(value);
};
const pointsOf = (el: SvgElement) =>
  el.attrs.points!.split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);
const HEX = /^#[0-9a-f]{6}$/;

function expectPoints(actual: [number, number][], expected: [number, number][]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach(([x, y], i) => {
    expect(x, `x of point ${i}`).toBeCloseTo(expected[i]![0], 2);
    expect(y, `y of point ${i}`).toBeCloseTo(expected[i]![1], 2);
  });
}

describe('escapeXml', () => {
  it('escapes the five XML special characters, & first so nothing is escaped twice', () => {
    expect(escapeXml(`<a title="Tom & Jerry's">&lt;</a>`)).toBe(
      '&lt;a title=&quot;Tom &amp; Jerry&apos;s&quot;&gt;&amp;lt;&lt;/a&gt;',
    );
    expect(escapeXml('gewoon')).toBe('gewoon');
  });
});

describe('radarSvg', () => {
  // Size 420: centre (210, 214), full radius 162, height 450. Four axes: up, right, down, left.
  const points: RadarPoint[] = [
    { label: 'Veiligheid', current: 50, target: 100 },
    { label: 'Zorg & <welzijn>', current: 150, target: 75 },
    { label: 'Participatie', current: null, target: -20 },
    { label: 'Beleid', current: 25, target: null },
  ];
  const labels = { title: 'Score "per" domein', current: 'Huidig & nu', target: 'Doel <norm>' };
  // Drawn before each test, not while the file is collected: a mutation run switches the
  // mutant on for the tests only.
  let elements: SvgElement[] = [];
  let root: SvgElement | undefined;
  let title: SvgElement | undefined;
  let background: SvgElement | undefined;
  let polygons: SvgElement[] = [];
  let texts: SvgElement[] = [];
  let lines: SvgElement[] = [];
  beforeEach(() => {
    elements = parseSvg(radarSvg(points, labels));
    [root, title, background] = elements;
    polygons = elements.filter((e) => e.tag === 'polygon');
    texts = elements.filter((e) => e.tag === 'text');
    lines = elements.filter((e) => e.tag === 'line');
  });

  it('is an SVG document of the given size plus room for the legend, titled and on white', () => {
    expect(root!.attrs).toMatchObject({
      xmlns: 'http://www.w3.org/2000/svg',
      width: '420',
      height: '450',
      viewBox: '0 0 420 450',
    });
    expect(title).toMatchObject({ tag: 'title', text: 'Score "per" domein' });
    expect(background).toMatchObject({
      tag: 'rect',
      attrs: { x: '0', y: '0', width: '420', height: '450', fill: '#ffffff' },
    });
    const other = parseSvg(radarSvg(points, labels, 300))[0]!;
    expect(other.attrs).toMatchObject({ width: '300', height: '330', viewBox: '0 0 300 330' });
  });

  it('draws grid rings at 25, 50, 75 and 100 % with a label on the first axis', () => {
    const rings = polygons.filter((p) => p.attrs.fill === 'none' && !p.attrs['stroke-dasharray']);
    expect(rings).toHaveLength(4);
    [25, 50, 75, 100].forEach((pct, k) => {
      const r = (162 * pct) / 100;
      expect(rings[k]!.attrs.stroke).toMatch(HEX);
      expectPoints(pointsOf(rings[k]!), [
        [210, 214 - r],
        [210 + r, 214],
        [210, 214 + r],
        [210 - r, 214],
      ]);
      const tick = texts.find((t) => t.text === `${pct}%`)!;
      expect(num(tick, 'x')).toBeCloseTo(213, 2);
      expect(num(tick, 'y')).toBeCloseTo(214 - r + 3, 2);
    });
  });

  it('draws one spoke per domain from the centre, clockwise from the top', () => {
    expect(lines.slice(0, 4).map((l) => [l.attrs.x1, l.attrs.y1])).toEqual(
      Array(4).fill(['210', '214']),
    );
    expectPoints(
      lines.slice(0, 4).map((l) => [num(l, 'x2'), num(l, 'y2')]),
      [
        [210, 52],
        [372, 214],
        [210, 376],
        [48, 214],
      ],
    );
    for (const line of lines.slice(0, 4)) expect(line.attrs.stroke).toMatch(HEX);
  });

  it('places each domain label just outside its spoke, anchored away from the chart', () => {
    const domainLabels = points.map((p) => texts.find((t) => t.text === p.label)!);
    expect(domainLabels.map((t) => t.attrs['text-anchor'])).toEqual([
      'middle',
      'start',
      'middle',
      'end',
    ]);
    // At 112 % of the radius (181.44), the baseline 4 lower.
    expectPoints(
      domainLabels.map((t) => [num(t, 'x'), num(t, 'y')]),
      [
        [210, 214 - 181.44 + 4],
        [210 + 181.44, 218],
        [210, 214 + 181.44 + 4],
        [210 - 181.44, 218],
      ],
    );
    for (const t of domainLabels) expect(t.attrs.fill).toMatch(HEX);
  });

  it('draws the target dashed and the current score filled, clamped to 0..100, nothing at the centre', () => {
    const target = polygons.find((p) => p.attrs['stroke-dasharray'])!;
    const current = polygons.find((p) => p.attrs.fill !== 'none')!;
    expectPoints(pointsOf(target), [
      [210, 52],
      [210 + 121.5, 214],
      [210, 214],
      [210, 214],
    ]);
    expectPoints(pointsOf(current), [
      [210, 214 - 81],
      [372, 214],
      [210, 214],
      [210 - 40.5, 214],
    ]);
    expect(target.attrs.stroke).toMatch(HEX);
    expect(current.attrs.fill).toMatch(HEX);
    expect(current.attrs.stroke).toBe(current.attrs.fill);
    expect(current.attrs.stroke).not.toBe(target.attrs.stroke);
    // The score is drawn over the target, so both stay visible.
    expect(polygons.indexOf(current)).toBeGreaterThan(polygons.indexOf(target));
  });

  it('has a legend under the chart whose swatches match the two series', () => {
    const target = polygons.find((p) => p.attrs['stroke-dasharray'])!;
    const current = polygons.find((p) => p.attrs.fill !== 'none')!;
    const swatch = elements.filter((e) => e.tag === 'rect')[1]!;
    expect(swatch.attrs).toMatchObject({ x: '12', y: '434', width: '14', height: '4' });
    expect(swatch.attrs.fill).toBe(current.attrs.fill);
    const currentText = texts.find((t) => t.text === 'Huidig & nu')!;
    expect(currentText.attrs).toMatchObject({ x: '32', y: '442' });
    const dash = lines.at(-1)!;
    expect(dash.attrs).toMatchObject({ x1: '142', y1: '436', x2: '156', y2: '436' });
    expect(dash.attrs.stroke).toBe(target.attrs.stroke);
    expect(dash.attrs['stroke-dasharray']).toBeTruthy();
    const targetText = texts.find((t) => t.text === 'Doel <norm>')!;
    expect(targetText.attrs).toMatchObject({ x: '162', y: '442' });
    for (const t of [currentText, targetText]) expect(t.attrs.fill).toMatch(HEX);
  });

  it('spaces any number of axes evenly', () => {
    const five = parseSvg(
      radarSvg(
        ['a', 'b', 'c', 'd', 'e'].map((label) => ({ label, current: 100, target: 100 })),
        labels,
      ),
    );
    const outer = five.filter((e) => e.tag === 'polygon')[3]!;
    const angles = pointsOf(outer).map(([x, y]) => {
      expect(Math.hypot(x - 210, y - 214)).toBeCloseTo(162, 1);
      return (Math.atan2(y - 214, x - 210) * 180) / Math.PI;
    });
    expect(angles[0]).toBeCloseTo(-90, 1);
    for (let i = 1; i < 5; i++) {
      expect((angles[i]! - angles[i - 1]! + 360) % 360).toBeCloseTo(72, 1);
    }
  });
});

describe('barSvg', () => {
  const format = (v: number) => `${v} pp`;
  // Width 480: bars from x 70 over 360 px. Largest value 42: axis up to 50, 7.2 px a point.
  let elements: SvgElement[] = [];
  let texts: SvgElement[] = [];
  let rects: SvgElement[] = [];
  let lines: SvgElement[] = [];
  beforeEach(() => {
    elements = parseSvg(
      barSvg(
        [
          { label: 'Veiligheid', value: 42 },
          { label: 'Zorg & <welzijn>', value: -5 },
          { label: 'Beleid', value: 0 },
        ],
        { title: 'Kloof "per" domein', axis: 'Procentpunten & meer' },
        format,
      ),
    );
    texts = elements.filter((e) => e.tag === 'text');
    rects = elements.filter((e) => e.tag === 'rect').slice(1);
    lines = elements.filter((e) => e.tag === 'line');
  });

  it('is an SVG document as high as its rows plus the axis, titled and on white', () => {
    expect(elements[0]!.attrs).toMatchObject({
      width: '480',
      height: '110',
      viewBox: '0 0 480 110',
    });
    expect(elements[1]).toMatchObject({ tag: 'title', text: 'Kloof "per" domein' });
    expect(elements[2]!.attrs).toMatchObject({ width: '480', height: '110', fill: '#ffffff' });
  });

  it('draws five grid lines from 0 to the next multiple of ten, labelled with the format', () => {
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => num(l, 'x1'))).toEqual([70, 160, 250, 340, 430]);
    for (const line of lines) {
      expect(line.attrs).toMatchObject({ y1: '10', y2: '70', x2: line.attrs.x1 });
      expect(line.attrs.stroke).toMatch(HEX);
    }
    const ticks = texts.filter((t) => t.attrs.y === '84');
    expect(ticks.map((t) => t.text)).toEqual(['0 pp', '12.5 pp', '25 pp', '37.5 pp', '50 pp']);
    expect(ticks.map((t) => num(t, 'x'))).toEqual([70, 160, 250, 340, 430]);
  });

  it('draws one row per domain: label left of the axis, bar to scale, value after the bar', () => {
    const label = (text: string) => texts.find((t) => t.text === text && t.attrs.y !== '84')!;
    expect(label('Veiligheid').attrs).toMatchObject({ x: '64', y: '24', 'text-anchor': 'end' });
    expect(label('Zorg & <welzijn>').attrs).toMatchObject({ x: '64', y: '44' });
    expect(label('Beleid').attrs).toMatchObject({ x: '64', y: '64' });
    expect(rects.map((r) => [r.attrs.x, r.attrs.y, r.attrs.height])).toEqual([
      ['70', '14', '12'],
      ['70', '34', '12'],
      ['70', '54', '12'],
    ]);
    // A negative value draws no bar.
    expect(rects.map((r) => num(r, 'width'))).toEqual([302.4, 0, 0]);
    for (const rect of rects) expect(rect.attrs.fill).toMatch(HEX);
    expect(label('42 pp').attrs).toMatchObject({ x: '376.4', y: '24' });
    expect(label('-5 pp').attrs).toMatchObject({ x: '74', y: '44' });
    expect(label('0 pp').attrs).toMatchObject({ x: '74', y: '64' });
  });

  it('names the axis under the middle of the bars', () => {
    const axis = texts.at(-1)!;
    expect(axis).toMatchObject({ text: 'Procentpunten & meer' });
    expect(axis.attrs).toMatchObject({ x: '250', y: '104', 'text-anchor': 'middle' });
  });

  it('keeps an axis of at least ten for small values, and scales to another width', () => {
    const small = parseSvg(
      barSvg([{ label: 'a', value: 3 }], { title: 't', axis: 'x' }, format, 280),
    );
    const ticks = small.filter((e) => e.tag === 'text' && e.attrs.y === '44');
    expect(ticks.map((t) => t.text)).toEqual(['0 pp', '2.5 pp', '5 pp', '7.5 pp', '10 pp']);
    // 160 px for 10 points.
    expect(num(small.filter((e) => e.tag === 'rect')[1]!, 'width')).toBe(48);
    expect(small[0]!.attrs).toMatchObject({ width: '280', height: '70' });
  });
});
