import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlainBarChart, fitLine, wrapLabel } from '../../src/ui/charts/plain-bar-chart';

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

describe('fitLine', () => {
  it('keeps a label that fits and ends a longer one in an ellipsis', () => {
    expect(fitLine('3. Demo  Ter Heide', 30)).toBe('3. Demo Ter Heide');
    expect(fitLine('een heel lange naam van een voorziening', 12)).toBe('een heel la…');
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

  it('on a phone, puts each full name on its own line above its bar', () => {
    const { container } = render(
      <PlainBarChart
        data={[
          { label: '1. Demo Voorziening Ter Heide', value: 80 },
          { label: '2. Demo Voorziening De Linde', value: 40 },
        ]}
        seriesLabel="Totaal"
        axisLabel="Totaalscore"
        summary="Rangschikking van 2 voorzieningen"
        formatValue={(v) => `${v} %`}
        width={360}
      />,
    );
    const labels = [...container.querySelectorAll('text[text-anchor="start"]')];
    expect(labels.map((t) => t.textContent)).toEqual([
      '1. Demo Voorziening Ter Heide',
      '2. Demo Voorziening De Linde',
    ]);
    const bars = [...container.querySelectorAll('rect:not([fill="transparent"])')];
    expect(bars).toHaveLength(2);
    bars.forEach((bar, i) => {
      // The bar starts at the label's left edge and lies below its label's baseline.
      expect(Number(bar.getAttribute('x'))).toBe(Number(labels[i]!.getAttribute('x')));
      expect(Number(bar.getAttribute('y'))).toBeGreaterThan(Number(labels[i]!.getAttribute('y')));
    });
    expect(Number(bars[0]!.getAttribute('width'))).toBeCloseTo(
      Number(bars[1]!.getAttribute('width')) * 2,
    );
    expect(Number(container.querySelector('svg')!.getAttribute('width'))).toBe(360);
  });
});
