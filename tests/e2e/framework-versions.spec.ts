import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

const card = (page: Page, code: string): Locator =>
  page.getByRole('region', { name: new RegExp(`^${code.replace('.', '\\.')} `) });
const NA = 'N.v.t. – Niet van toepassing';

test('a team starts a round on concept 1.1.0 beside a 1.0.0 round; N/A follows each version', async ({
  page,
  watched: _watched,
}) => {
  test.setTimeout(180_000);
  await page.goto('/zelfevaluatie');
  await page.getByLabel('Naam van de voorziening').fill('Voorziening Versies');
  await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await page.getByRole('link', { name: 'Voorziening Versies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voorziening Versies' })).toBeVisible();
  const facilityUrl = page.url();

  // The draft revision is offered but not preselected.
  const framework = page.getByLabel('Kader en versie');
  await expect(framework).toHaveValue('kwaliteitskader-tienerpooiers@1.0.0');
  await expect(framework.locator('option')).toHaveText([
    /versie 1\.1\.0 \(concept\)$/,
    /versie 1\.0\.0 \(concept\)$/,
  ]);

  // A 1.0.0 round first.
  await page.getByLabel('Periode').fill('2026 voorjaar');
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(page.getByText('0 van 64 criteria beantwoord of n.v.t.')).toBeVisible();
  await expect(card(page, 'D1.1').getByRole('radio', { name: NA })).toHaveCount(1);
  await card(page, 'D1.1').getByRole('radio', { name: '3 – In uitvoering' }).check();
  await expect(page.getByText('1 van 64 criteria beantwoord of n.v.t.')).toBeVisible();
  const oldRound = page.url();

  // Then a round on 1.1.0, chosen by the team.
  await page.goto(facilityUrl);
  // The facility continues on its latest round's version unless the team picks another.
  await expect(framework).toHaveValue('kwaliteitskader-tienerpooiers@1.0.0');
  await framework.selectOption('kwaliteitskader-tienerpooiers@1.1.0');
  await page.getByLabel('Periode').fill('2026 najaar');
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(page.getByText('0 van 72 criteria beantwoord of n.v.t.')).toBeVisible();
  // Signals (D1.1) can never be N/A in 1.1.0; D1.4 still can, with a reason.
  await expect(card(page, 'D1.1').getByRole('radio', { name: NA })).toHaveCount(0);
  await expect(card(page, 'D1.4').getByRole('radio', { name: NA })).toHaveCount(1);
  await expect(card(page, 'D1.1')).toContainText('Of: de werkwijze wordt volledig toegepast');
  await expectNoAxeViolations(page);

  // The 1.0.0 round is untouched and still opens on its own version.
  await page.goto(oldRound);
  await expect(page.getByText('1 van 64 criteria beantwoord of n.v.t.')).toBeVisible();
  await expect(card(page, 'D1.1').getByRole('radio', { name: '3 – In uitvoering' })).toBeChecked();
});

test('the framework page shows 1.1.0 with its N/A rules, references per kind and linked sources', async ({
  page,
  watched: _watched,
}) => {
  await page.goto('/kader/kwaliteitskader-tienerpooiers/1.1.0');
  await expect(
    page.getByRole('heading', { level: 1, name: /^Kwaliteitskader zorg voor minderjarige/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Alle domeinen openklappen' }).click();
  const d132 = page.locator('article#afwegingskader-beroepsgeheim');
  await expect(d132).toContainText('Wettelijke bepalingen');
  await expect(d132).toContainText('art. 458bis Sw.');
  await expect(d132).toContainText('niet toegestaan');
  await expect(page.locator('article#meisjesgroepen')).toContainText(
    'alleen als: De voorziening werkt niet met leefgroepen',
  );
  await expect(page.getByRole('link', { name: /Bron openen/ }).first()).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
  await page.getByLabel('Filter op verwijzing').selectOption({ label: 'art. 458bis Sw.' });
  await expect(page.getByRole('status').filter({ hasText: /criteri/ })).toHaveText(
    '1 criterium gevonden',
  );
  await expectNoAxeViolations(page);
});
