import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../../src/db/assessments-repo';
import { createAssessment, finaliseAssessment } from '../../../src/flows/assessments';
import { i18n } from '../../../src/i18n';
import { emptyAnswer } from '../../../src/schemas/records';
import { HEAVY_TEST } from '../../timeouts';
import { renderResults, resetDatabase, seedFacility, stubBrowserApis, tableRows } from './helpers';

// About the bundled frameworks on purpose: 1.1.0's lineage to 1.0.0 decides which lines continue.
const ID = 'kwaliteitskader-tienerpooiers';

beforeAll(stubBrowserApis);

let facilityId: string;

beforeEach(async () => {
  await i18n.changeLanguage('nl-BE');
  await resetDatabase();
  facilityId = (await seedFacility()).id;
});

async function round(
  version: string,
  period: string,
  levels: Record<string, number>,
  previousAssessmentId: string | null = null,
  finalise = true,
) {
  const created = await createAssessment({
    facilityId,
    frameworkId: ID,
    frameworkVersion: version,
    periodLabel: period,
    participants: [],
    previousAssessmentId,
  });
  if (!created.ok) throw new Error('round not created');
  for (const [criterionId, level] of Object.entries(levels)) {
    const saved = await saveAnswer(
      created.value.id,
      criterionId,
      { ...emptyAnswer('2026-01-01T00:00:00.000Z'), level },
      null,
    );
    if (!saved.ok) throw new Error(`answer ${criterionId} not saved`);
  }
  if (!finalise) return created.value;
  const done = await finaliseAssessment(created.value.id);
  if (!done.ok) throw new Error('round not finalised');
  return done.value;
}

describe('trend across the 1.0.0 → 1.1.0 version break', HEAVY_TEST, () => {
  it('continues only the lines whose meaning did not change', async () => {
    const user = userEvent.setup({ delay: null });
    await round('1.0.0', '2026 voorjaar', {
      'signalen-herkennen': 3, // reworded in 1.1.0
      'medische-zorg-bij-opname': 4, // stricter in 1.1.0
      'draaiboek-toepassen': 2, // D13: every criterion reworded
    });
    await round('1.1.0', '2027 voorjaar', {
      'signalen-herkennen': 4,
      'medische-zorg-bij-opname': 3,
      'draaiboek-toepassen': 4,
    });
    renderResults(`/resultaten/trend/${facilityId}`);

    const section = await screen.findByRole('region', {
      name: /^Over de versies heen: Kwaliteitskader/,
    });
    expect(
      within(section).getByText(
        /^Tussen 2026 voorjaar en 2027 voorjaar gaat het kader van versie 1\.0\.0 naar versie 1\.1\.0\./,
      ),
    ).toBeInTheDocument();

    const domains = within(section).getByRole('table', {
      name: 'Score per domein over de versies heen',
    });
    const rows = tableRows(domains);
    expect(rows[0]).toEqual([
      'Lijn',
      '2026 voorjaar (versie 1.0.0)',
      'Versiegrens 1.0.0 → 1.1.0',
      '2027 voorjaar (versie 1.1.0)',
    ]);
    const row = (start: string) => rows.find((r) => r[0]!.startsWith(start));
    // D13: all its criteria reworded → one line across the break.
    expect(row('D13 (versie 1.0.0, 1.1.0)')).toEqual([
      'D13 (versie 1.0.0, 1.1.0) Informatiedoorstroom en beroepsgeheim',
      '25%',
      'loopt door',
      '75%',
    ]);
    // D1 gained a stricter criterion: two lines, apart at the break.
    expect(row('D1 (versie 1.0.0)')?.slice(1)).toEqual(['50%', 'stopt of begint hier', '–']);
    expect(row('D1 (versie 1.1.0)')?.slice(1)).toEqual(['–', 'stopt of begint hier', '75%']);

    await user.click(within(section).getByText('Toon ook de lijnen per criterium'));
    const criteria = tableRows(
      within(section).getByRole('table', { name: 'Score per criterium over de versies heen' }),
    );
    const crit = (start: string) => criteria.filter((r) => r[0]!.startsWith(start));
    expect(crit('D1.1 ')).toHaveLength(1);
    expect(crit('D1.1 ')[0]?.slice(1)).toEqual(['50%', 'loopt door', '75%']);
    expect(crit('D3.1 ').map((r) => r.slice(1))).toEqual([
      ['75%', 'stopt of begint hier', '–'],
      ['–', 'stopt of begint hier', '50%'],
    ]);

    // The chart's table for a chosen domain shows the same lines.
    await user.selectOptions(
      within(section).getByLabelText('Domein in de grafiek'),
      'informatiedoorstroom-en-beroepsgeheim',
    );
    await user.click(within(section).getByRole('button', { name: /tabel/i }));
    const chartTable = within(section).getByRole('table', {
      name: 'D13 Informatiedoorstroom en beroepsgeheim',
    });
    expect(tableRows(chartTable)).toHaveLength(2);
  });
});

describe('results of a round with carried proposals', HEAVY_TEST, () => {
  it('counts them as unanswered and says so', async () => {
    const old = await round('1.0.0', '2026 voorjaar', { 'signalen-herkennen': 3 });
    const next = await round('1.1.0', '2027 voorjaar', {}, old.id, false);
    renderResults(`/resultaten/ronde/${next.id}`);
    expect(
      await screen.findByText(
        /^1 niveau uit een ronde op een vorige kaderversie wacht nog op bevestiging/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bevestigen in de zelfevaluatie' })).toHaveAttribute(
      'href',
      `/zelfevaluatie/ronde/${next.id}`,
    );
  });
});
