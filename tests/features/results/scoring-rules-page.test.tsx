import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../src/i18n';
import { scoreExample } from '../../../src/features/results/scoring-example';
import { renderResults, tableRows } from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

beforeEach(async () => {
  await i18n.changeLanguage('nl-BE');
});

describe('scoring rules help page', AREA_TEST, () => {
  it('computes the worked example with the real scoring code (numbers used in the README)', () => {
    const result = scoreExample();
    expect(result.overall.score).toBeCloseTo(66.667, 2);
    expect(result.overall.target).toBeCloseTo(75, 5);
    expect(result.overall.gap).toBeCloseTo(16.667, 2);
    expect(result.overall.completeness).toMatchObject({
      total: 4,
      answered: 2,
      notApplicable: 1,
      unanswered: 1,
      ratio: 0.75,
    });
    expect(result.overall.pctAtOrAboveNorm).toBeCloseTo(50, 5);
    expect(result.domains.map((d) => [d.code, d.score, d.gap, d.completeness.ratio])).toEqual([
      ['X', 50, 25, 1],
      ['Y', 100, 0, 0.5],
    ]);
  });

  it('explains the rules with the worked example, in Dutch and English', async () => {
    renderResults('/resultaten/scoreregels');
    expect(screen.getByRole('heading', { level: 1, name: 'Scoreregels' })).toBeInTheDocument();
    for (const name of [
      'Niet van toepassing',
      'Nog niet beantwoord',
      'Kloof',
      'Versie van de scoremethode',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByText(/Deze regels zijn scoremethode versie 1\.0\.0/)).toBeInTheDocument();
    const rows = tableRows(screen.getByRole('table', { name: 'Rekenvoorbeeld met vier criteria' }));
    expect(rows.slice(1)).toEqual([
      ['Criterium A', 'Domein X', '2', 'niveau 3', '50%', '75%', '25', 'nee'],
      ['Criterium B', 'Domein Y', '1', 'niveau 5', '100%', '75%', '0', 'ja'],
      ['Criterium C', 'Domein X', '1', 'niet van toepassing', 'weggelaten', '75%', '–', '–'],
      ['Criterium D', 'Domein Y', '1', 'nog niet beantwoord', 'weggelaten', '75%', '–', '–'],
    ]);
    expect(screen.getByText(/= 66,7%/)).toBeInTheDocument();
    expect(screen.getByText(/= 16,7 procentpunten/)).toBeInTheDocument();

    await i18n.changeLanguage('en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Scoring rules' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Completeness: 3 of 4 criteria answered or not applicable \(75%\)/),
    ).toBeInTheDocument();
  });
});
