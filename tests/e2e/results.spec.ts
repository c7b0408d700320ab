import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/*
 * Results as a person reaches them: create a facility and a round through the self-assessment
 * screens, click levels, then read the results. Bundled framework, growth scale 1..5, norm 4.
 */

const D1_TITLE = 'Detectie en assessment';
const D1_1 = 'Signalen herkennen bij opname en tijdens het verblijf';

async function createFacility(page: Page, name: string): Promise<void> {
  await page.goto('/zelfevaluatie');
  await page.getByLabel('Naam van de voorziening').fill(name);
  await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie\/voorziening\//);
}

/** Starts a round from the facility page; ends on the scoring screen. Returns the round id. */
async function startRound(page: Page, period: string): Promise<string> {
  await page.getByLabel('Periode', { exact: true }).fill(period);
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie\/ronde\/[^/?]+/);
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** Clicks a level of one criterion on the scoring screen and waits until it is stored. */
async function chooseLevel(page: Page, criterionTitle: string, level: string): Promise<void> {
  const card = page.getByRole('region', { name: new RegExp(criterionTitle) });
  const radio = card.getByRole('radio', { name: level, exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByText(/Alle wijzigingen opgeslagen/)).toBeVisible();
}

function rowTexts(table: ReturnType<Page['getByRole']>) {
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((tr) =>
        [...tr.querySelectorAll('th, td')].map((c) =>
          (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
}

test('scored criteria show up in the results, with chart tables and links back to criteria', async ({
  page,
  watched: _watched,
}) => {
  await createFacility(page, 'De Haven');
  const roundId = await startRound(page, '2026 voorjaar');

  // D1: 2 (25%), 4 (75%), 5 (100%), 3 (50%) → 62.5%, gaps 50, 0, 0, 25 → mean 18.75.
  await chooseLevel(page, D1_1, '2 – Gepland');
  await chooseLevel(
    page,
    'Consult bij een erkend centrum mensenhandel',
    '4 – Uitgevoerd en geëvalueerd',
  );
  await chooseLevel(
    page,
    'Assessment van slachtofferschap en noden',
    '5 – Verankerd en continu verbeterd',
  );
  await chooseLevel(page, 'Aanmelden en registreren van vermoedens', '3 – In uitvoering');
  await waitUntilSaved(page);

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Resultaten' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Resultaten', exact: true }),
  ).toBeVisible();
  const rounds = page.getByRole('table', { name: 'Rondes van De Haven' });
  await expect(rounds).toContainText('2026 voorjaar');
  await expectNoAxeViolations(page);
  await rounds.getByRole('link', { name: '2026 voorjaar' }).click();
  await expect(page).toHaveURL(new RegExp(`/resultaten/ronde/${roundId}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Resultaten 2026 voorjaar' }),
  ).toBeVisible();

  const domains = page.getByRole('table', { name: 'Score, doel en kloof per domein' });
  await expect(domains).toBeVisible();
  const domainRows = await rowTexts(domains);
  expect(domainRows[1]).toEqual(['D1', D1_TITLE, '62,5%', '75%', '18,8', '50%', '4 van 4 (100%)']);
  expect(domainRows[2]?.slice(2, 4)).toEqual(['geen score', 'geen score']);

  const gaps = page.getByRole('table', { name: /criteria met de grootste kloof/ });
  const gapRows = await rowTexts(gaps);
  expect(gapRows.slice(1).map((r) => [r[0], r[2], r[5]])).toEqual([
    ['D1.1', '2 – Gepland', '50'],
    ['D1.4', '3 – In uitvoering', '25'],
  ]);

  // The radar chart is drawn (lazily loaded) and described; its table has the same numbers.
  const radar = page.getByRole('region', { name: 'Huidige score en doel per domein' });
  const chart = radar.getByRole('img', { name: /^Radardiagram/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', /Hoogste score: D1 \(62,5%\)/);
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  await expectNoAxeViolations(page);

  const toggle = radar.getByRole('button', { name: 'Toon als tabel' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const radarTable = radar.getByRole('table', { name: 'Huidige score en doel per domein' });
  expect((await rowTexts(radarTable))[1]).toEqual([`D1 ${D1_TITLE}`, '62,5%', '75%']);
  await expectNoAxeViolations(page);

  // Following a gap leads to that criterion on the scoring screen.
  await gaps.getByRole('link', { name: D1_1 }).click();
  await expect(page).toHaveURL(
    new RegExp(`/zelfevaluatie/ronde/${roundId}\\?.*criterium=signalen-herkennen`),
  );
  const card = page.getByRole('region', { name: new RegExp(D1_1) });
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  await expect(card.getByRole('radio', { name: '2 – Gepland', exact: true })).toBeChecked();
});

test('the trend view shows three rounds of one facility', async ({ page, watched: _watched }) => {
  await createFacility(page, 'De Brug');
  const facilityUrl = page.url();
  const levels = ['1 – Niet aanwezig', '3 – In uitvoering', '5 – Verankerd en continu verbeterd'];
  const periods = ['2025 najaar', '2026 voorjaar', '2026 najaar'];
  for (const [i, period] of periods.entries()) {
    if (i > 0) await page.goto(facilityUrl);
    await startRound(page, period);
    await chooseLevel(page, D1_1, levels[i]!);
    await waitUntilSaved(page);
  }

  await page.goto('/resultaten');
  await page.getByRole('link', { name: 'Verloop over de rondes van De Brug' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verloop: De Brug' })).toBeVisible();

  const group = page.getByRole('region', { name: /v1\.0\.0$/ });
  const domainTable = group.getByRole('table', { name: /^Score per domein en per ronde/ });
  const rows = await rowTexts(domainTable);
  expect(rows[0]).toHaveLength(5);
  expect(rows[0]?.slice(1, 4).map((h) => h.split(' ').slice(0, 2).join(' '))).toEqual(periods);
  expect(rows[0]?.[4]).toBe('Verschil met vorige ronde');
  expect(rows[1]).toEqual([
    `D1 ${D1_TITLE}`,
    '0%',
    '50%',
    '100%',
    '▲ +50 procentpunten hoger dan de vorige ronde',
  ]);

  const line = group.getByRole('region', { name: 'Totaalscore per ronde' });
  await expect(line.getByRole('img', { name: /^Lijndiagram/ })).toHaveAttribute(
    'aria-label',
    /over 3 rondes/,
  );
  await expect(line.locator('.recharts-line-dots').last().locator('circle')).toHaveCount(3);
  await expectNoAxeViolations(page);

  await line.getByRole('button', { name: 'Toon als tabel' }).click();
  const lineRows = await rowTexts(line.getByRole('table', { name: 'Totaalscore per ronde' }));
  expect(lineRows.slice(1).map((r) => [r[0], r[2]])).toEqual([
    ['2025 najaar', '0%'],
    ['2026 voorjaar', '50%'],
    ['2026 najaar', '100%'],
  ]);
  await expect(group.getByRole('region', { name: 'Meest verbeterd' })).toContainText(
    'D1 Detectie en assessment: +100 procentpunten',
  );
  await expectNoAxeViolations(page);
});

test('the scoring rules page explains the rules with its worked example', async ({
  page,
  watched: _watched,
}) => {
  await page.goto('/resultaten/scoreregels');
  await expect(page.getByRole('heading', { level: 1, name: 'Scoreregels' })).toBeVisible();
  await expect(page.getByText(/= 66,7%/)).toBeVisible();
  await expectNoAxeViolations(page);
});
