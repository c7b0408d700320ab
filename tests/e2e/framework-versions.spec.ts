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

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a finished 1.0.0 round carries into 1.1.0 as proposals; the trend shows the version break', async ({
  page,
  watched: _watched,
}) => {
  test.setTimeout(240_000);
  await page.goto('/zelfevaluatie');
  await page.getByLabel('Naam van de voorziening').fill('Voorziening Overgang');
  await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await page.getByRole('link', { name: 'Voorziening Overgang' }).click();
  const facilityUrl = page.url();

  // A 1.0.0 round with two levels, finalised.
  await page.getByLabel('Periode').fill('2026 voorjaar');
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await card(page, 'D1.1').getByRole('radio', { name: '3 – In uitvoering' }).check();
  await card(page, 'D1.3').getByRole('radio', { name: '4 – Uitgevoerd en geëvalueerd' }).check();
  await expect(page.getByText('2 van 64 criteria beantwoord of n.v.t.')).toBeVisible();
  const oldRound = page.url();
  await page.getByRole('button', { name: 'Afronden' }).click();
  await page.getByRole('button', { name: 'Ja, afronden' }).click();
  await expect(page.getByText(/^Afgerond op/)).toBeVisible();

  // A 1.1.0 round from it: the preview says what carries over.
  await page.goto(facilityUrl);
  await page.getByLabel('Kader en versie').selectOption('kwaliteitskader-tienerpooiers@1.1.0');
  await page.getByLabel('Periode').fill('2027 voorjaar');
  await page
    .getByLabel('Start vanuit vorige ronde')
    .selectOption({ label: '2026 voorjaar (Afgerond, versie 1.0.0)' });
  const preview = page.getByRole('region', { name: 'Wat gaat mee naar versie 1.1.0' });
  await expect(preview).toContainText('2 criteria krijgen een voorstel om te bevestigen.');
  await preview.getByText('Toon per criterium wat meegaat').click();
  const table = preview.getByRole('table');
  await expect(table.getByRole('row', { name: /^D1\.3 / })).toContainText('strenger');
  await expect(table.getByRole('row', { name: /^D1\.3 / })).toContainText(
    'Voorstel: 4 – Uitgevoerd en geëvalueerd',
  );
  for (const width of [390, 768, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await noHorizontalScroll(page);
  }
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ronde starten' }).click();

  // Nothing scored silently: two proposals, zero answered.
  await expect(page.getByText('0 van 72 criteria beantwoord of n.v.t.')).toBeVisible();
  const panel = page.getByRole('region', { name: 'Overgenomen niveaus bevestigen' });
  await expect(panel).toContainText('2 criteria hebben een niveau uit de vorige ronde');
  await expect(card(page, 'D1.1')).toContainText('te bevestigen');
  await expectNoAxeViolations(page);
  for (const width of [390, 768]) {
    await page.setViewportSize({ width, height: 800 });
    await noHorizontalScroll(page);
  }
  await page.setViewportSize({ width: 1366, height: 768 });

  // Bulk confirms the reworded D1.1 only; the stricter D1.3 is confirmed on its own, by keyboard.
  await panel
    .getByRole('button', { name: 'Bevestig 1 voorstel met ongewijzigde betekenis' })
    .click();
  await expect(page.getByText('1 van 72 criteria beantwoord of n.v.t.')).toBeVisible();
  await expect(card(page, 'D1.1').getByRole('radio', { name: /^3 – In uitvoering/ })).toBeChecked();
  const confirm = card(page, 'D1.3').getByRole('button', { name: 'Voorstel bevestigen' });
  await confirm.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('2 van 72 criteria beantwoord of n.v.t.')).toBeVisible();
  await expect(panel).toHaveCount(0);
  await page.getByRole('button', { name: 'Afronden' }).click();
  await page.getByRole('button', { name: 'Ja, afronden' }).click();
  await expect(page.getByText(/^Afgerond op/)).toBeVisible();

  // The old round never changed.
  await page.goto(oldRound);
  await expect(page.getByText('2 van 64 criteria beantwoord of n.v.t.')).toBeVisible();
  await expect(card(page, 'D1.1').getByRole('radio', { name: '3 – In uitvoering' })).toBeChecked();

  // The trend: D1.1 continues across the break; the stricter D1.3 does not.
  await page.goto(facilityUrl.replace('/zelfevaluatie/voorziening/', '/resultaten/trend/'));
  const across = page.getByRole('region', { name: /^Over de versies heen/ });
  await expect(across).toContainText('van versie 1.0.0 naar versie 1.1.0');
  await across.getByText('Toon ook de lijnen per criterium').click();
  const criteria = across.getByRole('table', { name: 'Score per criterium over de versies heen' });
  await expect(
    criteria.getByRole('row', { name: /^D1\.1 \(versie 1\.0\.0, 1\.1\.0\)/ }),
  ).toContainText('loopt door');
  await expect(criteria.getByRole('row', { name: /^D1\.3 \(versie 1\.0\.0\)/ })).toHaveCount(1);
  await expect(criteria.getByRole('row', { name: /^D1\.3 \(versie 1\.1\.0\)/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
  for (const width of [390, 768]) {
    await page.setViewportSize({ width, height: 800 });
    await noHorizontalScroll(page);
  }
});
