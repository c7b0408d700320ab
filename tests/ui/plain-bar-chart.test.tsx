import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlainBarChart, wrapLabel } from '../../src/ui/charts/plain-bar-chart';

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('1. De Linde', 20)).toEqual(['1. De Linde']);
  });

  it('breaks at spaces into two lines', () => {
    expect(wrapLabel('12. Demo Ter Heide 12', 12)).toEqual(['12. Demo Ter', 'Heide 12']);
  });

  it('ends what does not fit in two lines with an ellipsis', () => {
    expect(wrapLabel('een heel lange naam van een voorziening', 10)).toEqual([
      'een heel',
      'lange naa…',
    ]);
    expect(wrapLabel('Voorzieningscentrumnaam', 10)).toEqual(['Voorzieni…']);
  });
});

describe('PlainBarChart', () => {
  it('draws a bar per row in the given order, its value printed, the numbers on hover', () => {
    const { container } = render(
      <PlainBarChart
        data={[
          { label: '1. Het Anker', value: 80 },
          { label: '2. De Linde', value: 40 },
        ]}
        seriesLabel="Totaal"
        axisLabel="Totaalscore"
        summary="Rangschikking van 2 voorzieningen"
        formatValue={(v) => `${v} %`}
      />,
    );
    expect(container.querySelector('[role="img"]')).toHaveAttribute(
      'aria-label',
      'Rangschikking van 2 voorzieningen',
    );
    expect([...container.querySelectorAll('title')].map((t) => t.textContent)).toEqual([
      '1. Het Anker: Totaal 80 %',
      '2. De Linde: Totaal 40 %',
    ]);
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['1. Het Anker', '80 %', '2. De Linde', '40 %']));
    expect(texts).toContain('Totaalscore');
    // The bars: 80 is twice as long as 40.
    const bars = [...container.querySelectorAll('rect:not([fill="transparent"])')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(bars).toHaveLength(2);
    expect(bars[0]).toBeCloseTo(bars[1]! * 2);
  });
});
