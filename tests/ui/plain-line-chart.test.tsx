import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { linePoints, PlainLineChart } from '../../src/ui/charts/plain-line-chart';

describe('linePoints', () => {
  const data = [
    { label: '2024', values: [50, null] },
    { label: '2025', values: [100, 0] },
    { label: '2026', values: [0, 25] },
  ];

  it('spreads the periods evenly, 100 at the top and 0 at the bottom', () => {
    const [first] = linePoints(data, 2, 600);
    expect(first!.map((p) => p.label)).toEqual(['2024', '2025', '2026']);
    const xs = first!.map((p) => p.x);
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!);
    expect(first![1]!.y).toBeLessThan(first![0]!.y);
    expect(first![2]!.y).toBeGreaterThan(first![0]!.y);
    expect(first![0]!.y).toBeCloseTo((first![1]!.y + first![2]!.y) / 2);
  });

  it('leaves out the gaps of a series', () => {
    const [, second] = linePoints(data, 2, 600);
    expect(second!.map((p) => [p.label, p.value])).toEqual([
      ['2025', 0],
      ['2026', 25],
    ]);
  });

  it('puts a single period in the middle', () => {
    const [only] = linePoints([{ label: '2025', values: [40] }], 1, 600);
    const [a, b] = [linePoints(data, 1, 600)[0]![0]!.x, linePoints(data, 1, 600)[0]![2]!.x];
    expect(only![0]!.x).toBeCloseTo((a + b) / 2);
  });
});

describe('PlainLineChart', () => {
  it('draws a line per series with its legend and the values on hover', () => {
    const { container } = render(
      <PlainLineChart
        data={[
          { label: '2025', values: [50, 40] },
          { label: '2026', values: [60, null] },
        ]}
        series={['Totaal (mediaan)', 'D1 (mediaan)']}
        summary="De sector over 2 periodes"
        formatValue={(v) => `${v} %`}
      />,
    );
    expect(container.querySelector('[role="img"]')).toHaveAttribute(
      'aria-label',
      'De sector over 2 periodes',
    );
    // A line needs two points: the second series has one.
    expect(container.querySelectorAll('polyline')).toHaveLength(1);
    expect([...container.querySelectorAll('circle title')].map((t) => t.textContent)).toEqual([
      '2025 · Totaal (mediaan): 50 %',
      '2026 · Totaal (mediaan): 60 %',
      '2025 · D1 (mediaan): 40 %',
    ]);
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Totaal (mediaan)', 'D1 (mediaan)', '2025']));
  });
});
