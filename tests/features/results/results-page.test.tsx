import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../src/i18n';
import {
  SCENARIO,
  renderResults,
  resetDatabase,
  seedFacility,
  seedFramework,
  seedRound,
  stubBrowserApis,
  tableRows,
} from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

/*
 * Scenario (growth scale 1..5, norm 4 = 75%):
 *   D1.1 w1 level 2 (25%), D1.2 w1 level 5 (100%, to discuss),
 *   D2.1 w2 level 3 (50%) with own target 5 (100%), D2.2 N/A, D2.3 unanswered.
 * D1: score (25 + 100) / 2 = 62.5, target 75, gap (50 + 0) / 2 = 25, at norm 1 of 2.
 * D2: score 50, target 100, gap 50, at norm 0 of 1, completeness 2 of 3.
 * Overall: (25 + 100 + 2 × 50) / 4 = 56.25; completeness 4 of 5; at norm 1 of 3.
 */
let assessmentId: string;
let facilityId: string;

beforeAll(() => {
  stubBrowserApis();
});

beforeEach(async () => {
  await i18n.changeLanguage('nl-BE');
  await resetDatabase();
  await seedFramework();
  const facility = await seedFacility();
  facilityId = facility.id;
  assessmentId = (await seedRound(facility.id, '2026 voorjaar', SCENARIO)).id;
});

async function openRound() {
  renderResults(`/resultaten/ronde/${assessmentId}`);
  return screen.findByRole(
    'heading',
    { level: 1, name: 'Resultaten 2026 voorjaar' },
    { timeout: 5000 },
  );
}

describe('results of one round', AREA_TEST, () => {
  it('shows the key figures, with completeness apart from the score', async () => {
    await openRound();
    const figures = screen.getByRole('region', { name: 'Kerncijfers' });
    const text = (label: string) =>
      within(figures).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(text('Totaalscore')).toBe('56,3%');
    expect(text('Volledigheid')).toBe('80% 4 van 5 criteria beantwoord of niet van toepassing');
    expect(text('Criteria op of boven de norm')).toBe('33,3% 1 van 3 gescoorde criteria');
    // The gap says what it means, with the rule one link away.
    expect(text('Kloof tot het doel')).toMatch(
      /^37,5 procentpunten De kloof telt per criterium het tekort tot het doel .* compenseert dat niet\. Hoe wordt de kloof berekend\?$/,
    );
    expect(
      within(figures).getByRole('link', { name: 'Hoe wordt de kloof berekend?' }),
    ).toHaveAttribute('href', '/resultaten/scoreregels#rule-gap');
    expect(text('Kader')).toBe('Resultatenkader v1.0.0');
    expect(text('Scoremethode')).toBe('versie 1.0.0');
    expect(text('Status')).toBe('Bezig');
    expect(within(figures).getByText(/tellen niet als nul/)).toBeInTheDocument();
  });

  it('lists score, target, gap, % at norm and completeness per domain', async () => {
    await openRound();
    const table = screen.getByRole('table', { name: 'Score, doel en kloof per domein' });
    expect(tableRows(table)).toEqual([
      [
        'Code',
        'Domein',
        'Score',
        'Doel',
        'Kloof (procentpunten)',
        'Op of boven de norm',
        'Volledigheid',
      ],
      ['D1', 'Detectie', '62,5%', '75%', '25', '50%', '2 van 2 (100%)'],
      ['D2', 'Begeleiding', '50%', '100%', '50', '0%', '2 van 3 (66,7%)'],
    ]);
    // A domain title opens the scoring screen at the domain's first criterion.
    expect(within(table).getByRole('link', { name: 'Begeleiding' })).toHaveAttribute(
      'href',
      `/zelfevaluatie/ronde/${assessmentId}?criterium=d2-jongere`,
    );
  });

  it('lists the largest criterion gaps with their actions, linked to the criterion', async () => {
    await openRound();
    const gaps = screen.getByRole('table', {
      name: 'De 2 criteria met de grootste kloof tot het doel',
    });
    const rows = tableRows(gaps);
    expect(rows[1]).toEqual([
      'D2.1',
      'Jongere betrokken',
      '3 – In uitvoering',
      '5 – Verankerd en continu verbeterd (eigen doel)',
      '2',
      '50',
      'Nog geen verbeteractie',
    ]);
    expect(rows[2]?.slice(0, 6)).toEqual([
      'D1.1',
      'Signalen herkennen',
      '2 – Gepland',
      '4 – Uitgevoerd en geëvalueerd',
      '2',
      '50',
    ]);
    expect(rows[2]?.[6]).toContain('Vormingsmoment over signalen plannen');
    expect(rows[2]?.[6]).toContain('verantwoordelijke: teamcoach');
    expect(rows[2]?.[6]).toContain('nog te starten');

    const user = userEvent.setup({ delay: null });
    const link = within(gaps).getByRole('link', { name: 'Signalen herkennen' });
    expect(link).toHaveAttribute(
      'href',
      `/zelfevaluatie/ronde/${assessmentId}?criterium=d1-signalen`,
    );
    await user.click(link);
    expect(screen.getByTestId('location')).toHaveTextContent(
      `/zelfevaluatie/ronde/${assessmentId}?criterium=d1-signalen`,
    );
  });

  it('lists criteria to discuss and N/A criteria with their reason', async () => {
    await openRound();
    const discuss = screen.getByRole('region', { name: 'Te bespreken' });
    expect(within(discuss).getByRole('link', { name: 'D1.2 Meldpunt bekend' })).toHaveAttribute(
      'href',
      `/zelfevaluatie/ronde/${assessmentId}?criterium=d1-meldpunt`,
    );
    const na = screen.getByRole('table', {
      name: 'Criteria die niet van toepassing zijn, met de reden',
    });
    expect(tableRows(na)[1]).toEqual([
      'D2.2',
      'Netwerk betrokken',
      'Geen netwerkpartners in deze regio',
    ]);
  });

  it('swaps each chart for a table with the same numbers', async () => {
    await openRound();
    const user = userEvent.setup({ delay: null });

    const radar = screen.getByRole('region', { name: 'Huidige score en doel per domein' });
    const radarToggle = within(radar).getByRole('button', { name: 'Toon als tabel' });
    expect(radarToggle).toHaveAttribute('aria-pressed', 'false');
    // The chart loads lazily and describes itself for screen readers.
    const img = await within(radar).findByRole('img', {}, { timeout: 10000 });
    expect(img).toHaveAccessibleName(
      /voor 2 domeinen.*Laagste score: D2 \(50%\)\. Hoogste score: D1 \(62,5%\)/,
    );
    await user.click(radarToggle);
    expect(radarToggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(radar).queryByRole('img')).not.toBeInTheDocument();
    expect(
      tableRows(within(radar).getByRole('table', { name: 'Huidige score en doel per domein' })),
    ).toEqual([
      ['Domein', 'Huidige score', 'Doel'],
      ['D1 Detectie', '62,5%', '75%'],
      ['D2 Begeleiding', '50%', '100%'],
    ]);
    await user.click(radarToggle);
    expect(await within(radar).findByRole('img')).toBeInTheDocument();

    const bars = screen.getByRole('region', {
      name: 'Kloof tot het doel per domein, grootste eerst',
    });
    await user.click(within(bars).getByRole('button', { name: 'Toon als tabel' }));
    expect(tableRows(within(bars).getByRole('table'))).toEqual([
      ['Domein', 'Kloof (procentpunten)'],
      ['D2 Begeleiding', '50'],
      ['D1 Detectie', '25'],
    ]);
  }, 20000);

  it('is available in English', async () => {
    await i18n.changeLanguage('en');
    renderResults(`/resultaten/ronde/${assessmentId}`);
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Results 2026 voorjaar' },
      { timeout: 5000 },
    );
    const table = screen.getByRole('table', { name: 'Score, target and gap per domain' });
    expect(tableRows(table)[1]).toEqual([
      'D1',
      'Detection',
      '62.5%',
      '75%',
      '25',
      '50%',
      '2 of 2 (100%)',
    ]);
    expect(screen.getAllByRole('button', { name: 'Show as table' })).toHaveLength(2);
  });

  it('says when the round does not exist', async () => {
    renderResults('/resultaten/ronde/bestaat-niet');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ronde niet gevonden' }),
    ).toBeInTheDocument();
  });

  it('shows the trend link for the facility', async () => {
    await openRound();
    expect(screen.getByRole('link', { name: 'Verloop over de rondes' })).toHaveAttribute(
      'href',
      `/resultaten/trend/${facilityId}`,
    );
  });
});

describe('overview of results', AREA_TEST, () => {
  it('lists facilities with their rounds, completeness and a trend link', async () => {
    renderResults('/resultaten');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Resultaten' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Rondes van De Vlinder' });
    await waitFor(() => expect(tableRows(table)[1]?.[4]).toBe('4 van 5 (80%)'));
    const row = tableRows(table)[1]!;
    // Each round shows its total score.
    expect(row.slice(0, 4)).toEqual(['2026 voorjaar', 'Resultatenkader v1.0.0', 'Bezig', '56,3%']);
    expect(within(table).getByRole('link', { name: '2026 voorjaar' })).toHaveAttribute(
      'href',
      `/resultaten/ronde/${assessmentId}`,
    );
    expect(
      screen.getByRole('link', { name: 'Verloop over de rondes van De Vlinder' }),
    ).toHaveAttribute('href', `/resultaten/trend/${facilityId}`);
    expect(screen.getByRole('link', { name: 'Hoe worden de scores berekend?' })).toHaveAttribute(
      'href',
      '/resultaten/scoreregels',
    );
  });

  it('says so when nothing exists yet, with a link to start', async () => {
    await resetDatabase();
    renderResults('/resultaten');
    expect(await screen.findByText(/nog geen zelfevaluatie op dit toestel/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start een zelfevaluatie' })).toHaveAttribute(
      'href',
      '/zelfevaluatie',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Resultaten$/);
  });
});
