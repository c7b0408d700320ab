import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { i18n } from '../../../src/i18n';
import {
  FRAMEWORK_ID,
  answer,
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

beforeAll(() => {
  stubBrowserApis();
});

let facilityId: string;

beforeEach(async () => {
  await i18n.changeLanguage('nl-BE');
  await resetDatabase();
  await seedFramework('1.0.0');
  facilityId = (await seedFacility()).id;
});

/*
 * Three rounds on v1.0.0 (norm 4 = 75% everywhere):
 *   2025 najaar: D1.1=1 (0), D1.2=2 (25), D2.1=2 (25)  → D1 12.5, D2 25, overall 18.75
 *   2026 voorjaar: D1.1=3, D1.2=3, D2.1=4 (75)          → D1 50,   D2 75, overall 62.5
 *   2026 najaar: D1.1=4, D1.2=5, D2.1=3 (50)            → D1 87.5, D2 50, overall 68.75
 */
async function seedThreeRounds() {
  await seedRound(
    facilityId,
    '2025 najaar',
    {
      'd1-signalen': answer(1),
      'd1-meldpunt': answer(2),
      'd2-jongere': answer(2),
    },
    { finalise: true },
  );
  await seedRound(
    facilityId,
    '2026 voorjaar',
    {
      'd1-signalen': answer(3),
      'd1-meldpunt': answer(3),
      'd2-jongere': answer(4),
    },
    { finalise: true },
  );
  await seedRound(facilityId, '2026 najaar', {
    'd1-signalen': answer(4),
    'd1-meldpunt': answer(5),
    'd2-jongere': answer(3),
  });
}

describe('trend across rounds', AREA_TEST, () => {
  it('shows three rounds in order, per domain, with most improved and areas of concern', async () => {
    await seedThreeRounds();
    renderResults(`/resultaten/trend/${facilityId}`);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Verloop: De Vlinder' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const group = screen.getByRole('region', { name: 'Resultatenkader v1.0.0' });

    const domains = within(group).getByRole('table', {
      name: 'Score per domein en per ronde (Resultatenkader v1.0.0)',
    });
    const rows = tableRows(domains);
    expect(rows[0]?.[0]).toBe('Domein');
    expect(rows[0]?.slice(1).map((h) => h.split(' ').slice(0, 2).join(' '))).toEqual([
      '2025 najaar',
      '2026 voorjaar',
      '2026 najaar',
      'Verschil met',
    ]);
    // The last column: the change since the round before, with ▲ or ▼.
    expect(rows.slice(1)).toEqual([
      ['D1 Detectie', '12,5%', '50%', '87,5%', '▲ +37,5 procentpunten hoger dan de vorige ronde'],
      ['D2 Begeleiding', '25%', '75%', '50%', '▼ -25 procentpunten lager dan de vorige ronde'],
    ]);

    const improved = within(group).getByRole('region', { name: 'Meest verbeterd' });
    const improvedItems = within(improved)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(improvedItems).toEqual([
      'D1 Detectie: +75 procentpunten sinds de eerste ronde (van 12,5% naar 87,5%)',
      'D2 Begeleiding: +25 procentpunten sinds de eerste ronde (van 25% naar 50%)',
    ]);
    const concerns = within(group).getByRole('region', { name: 'Aandachtspunten' });
    expect(
      within(concerns)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'D2 Begeleiding: gedaald met 25 procentpunten sinds de vorige ronde (van 75% naar 50%)',
    ]);

    // The line chart has its table one button away: three points.
    const line = within(group).getByRole('region', { name: 'Totaalscore per ronde' });
    expect(await within(line).findByRole('img', {}, { timeout: 10000 })).toHaveAccessibleName(
      /over 3 rondes\. Van 18,8% in 2025 najaar naar 68,8% in 2026 najaar\./,
    );
    await userEvent
      .setup({ delay: null })
      .click(within(line).getByRole('button', { name: 'Toon als tabel' }));
    const lineRows = tableRows(within(line).getByRole('table', { name: 'Totaalscore per ronde' }));
    expect(lineRows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      ['2025 najaar', '18,8%', '75%', '60%', '–'],
      ['2026 voorjaar', '62,5%', '75%', '60%', '▲ +43,8 procentpunten hoger dan de vorige ronde'],
      ['2026 najaar', '68,8%', '75%', '60%', '▲ +6,3 procentpunten hoger dan de vorige ronde'],
    ]);
  }, 20000);

  it('shows rounds on different framework versions apart, each labelled with its version', async () => {
    await seedFramework('2.0.0');
    await seedRound(facilityId, '2025 najaar', { 'd1-signalen': answer(2) }, { finalise: true });
    await seedRound(facilityId, '2026 voorjaar', { 'd1-signalen': answer(3) }, { finalise: true });
    await seedRound(facilityId, '2026 najaar', { 'd1-signalen': answer(5) }, { version: '2.0.0' });
    renderResults(`/resultaten/trend/${facilityId}`);
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Verloop: De Vlinder' },
      { timeout: 5000 },
    );

    expect(screen.getByText(/daarom staat elke versie apart/)).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Resultatenkader v1.0.0', 'Resultatenkader v2.0.0']);

    const v1 = screen.getByRole('region', { name: 'Resultatenkader v1.0.0' });
    const v1Rows = tableRows(
      within(v1).getByRole('table', { name: /^Score per domein en per ronde/ }),
    );
    // Two rounds and the change between them; the v2 round is not in this line.
    expect(v1Rows[0]).toHaveLength(4);
    expect(v1Rows[1]).toEqual([
      'D1 Detectie',
      '25%',
      '50%',
      '▲ +25 procentpunten hoger dan de vorige ronde',
    ]);

    const v2 = screen.getByRole('region', { name: 'Resultatenkader v2.0.0' });
    const v2Rows = tableRows(
      within(v2).getByRole('table', { name: /^Score per domein en per ronde/ }),
    );
    expect(v2Rows[0]).toHaveLength(2);
    expect(v2Rows[1]).toEqual(['D1 Detectie', '100%']);
    expect(within(v2).getByText(/minstens twee rondes/)).toBeInTheDocument();
  });

  it('names rounds whose framework version is not on this device', async () => {
    await seedFramework('3.0.0');
    await seedRound(facilityId, '2026 voorjaar', { 'd1-signalen': answer(2) });
    await seedRound(facilityId, '2026 najaar', { 'd1-signalen': answer(4) }, { version: '3.0.0' });
    // As after restoring a backup from a device that had that framework file.
    await db.frameworks.delete([FRAMEWORK_ID, '3.0.0']);
    renderResults(`/resultaten/trend/${facilityId}`);
    expect(
      await screen.findByText(/1 ronde staat er niet bij/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(`2026 najaar: ${FRAMEWORK_ID} v3.0.0`)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Resultatenkader v1.0.0',
    ]);
  });
});
