import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  boxPlotLayout,
  DistributionChart,
  type DistributionDatum,
} from '../../src/ui/charts/distribution-chart';

const datum = (
  label: string,
  values: number[],
  marked: number | null = null,
): DistributionDatum => {
  const [min, q1, median, q3, max] = values as [number, number, number, number, number];
  return { label, min, q1, median, q3, max, marked };
};

describe('axisTicks', () => {
  it('gives every level of a short level scale', () => {
    expect(axisTicks(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(axisTicks(0, 1)).toEqual([0, 1]);
  });

  it('gives five even steps for scores and long or fractional ranges', () => {
    expect(axisTicks(0, 100)).toEqual([0, 25, 50, 75, 100]);
    expect(axisTicks(0, 20)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(0.5, 2.5)).toEqual([0.5, 1, 1.5, 2, 2.5]);
  });

  it('gives one tick for an empty range', () => {
    expect(axisTicks(3, 3)).toEqual([3]);
  });
});

describe('boxPlotLayout', () => {
  const data = [datum('D1', [0, 25, 50, 75, 100], 60), datum('D2', [10, 20, 30, 40, 50])];

  it('places the five numbers and the marked value linearly on the plotting area', () => {
    const layout = boxPlotLayout(data, 488, 0, 100);
    // 64 px left for the labels, 24 px right: 400 px for 0..100.
    expect(layout.left).toBe(64);
    expect(layout.right).toBe(464);
    const [d1, d2] = layout.rows;
    expect([d1!.min, d1!.q1, d1!.median, d1!.q3, d1!.max]).toEqual([64, 164, 264, 364, 464]);
    expect(d1!.marked).toBe(304);
    expect(d2!.marked).toBeNull();
    expect([d2!.min, d2!.max]).toEqual([104, 264]);
    expect(layout.ticks.map((t) => t.x)).toEqual([64, 164, 264, 364, 464]);
  });

  it('gives each row its own band, in the order given, and grows with the rows', () => {
    const layout = boxPlotLayout(data, 488, 0, 100);
    const [d1, d2] = layout.rows;
    expect(d1!.y).toBeGreaterThan(layout.top);
    expect(d2!.y).toBeGreaterThan(d1!.y);
    expect(d2!.y).toBeLessThan(layout.bottom);
    const many = Array.from({ length: 20 }, (_, i) => datum(`C${i}`, [1, 2, 3, 4, 5]));
    expect(boxPlotLayout(many, 488, 1, 5).height).toBe(70 + 20 * 30);
  });

  it('holds values outside the axis at its edges', () => {
    const [row] = boxPlotLayout([datum('X', [-10, 0, 50, 100, 120], 130)], 488, 0, 100).rows;
    expect(row!.min).toBe(64);
    expect(row!.max).toBe(464);
    expect(row!.marked).toBe(464);
  });
});

describe('DistributionChart', () => {
  it('draws a labelled box per row, a dot for the marked value, and the numbers on hover', () => {
    const { container } = render(
      <DistributionChart
        data={[datum('D1', [10, 30, 50, 70, 90], 40), datum('D2', [20, 40, 60, 80, 95])]}
        summary="Spreiding per domein"
        labels={{ range: 'Bereik', box: 'Kwartielen', median: 'Mediaan', marked: 'Het Anker' }}
        formatValue={(v) => `${v} %`}
      />,
    );
    expect(container.querySelector('[role="img"]')).toHaveAttribute(
      'aria-label',
      'Spreiding per domein',
    );
    const titles = [...container.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles).toEqual([
      'D1: Bereik 10 %–90 %; Kwartielen 30 %–70 %; Mediaan 50 %; Het Anker: 40 %',
      'D2: Bereik 20 %–95 %; Kwartielen 40 %–80 %; Mediaan 60 %',
    ]);
    expect(container.querySelectorAll('circle')).toHaveLength(1);
    expect([...container.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      '0 %',
      '25 %',
      '50 %',
      '75 %',
      '100 %',
      'D1',
      'D2',
    ]);
  });
});
