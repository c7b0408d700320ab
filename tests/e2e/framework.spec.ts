import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, expectNoAxeViolations } from './fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const BUNDLED = '/kader/kwaliteitskader-tienerpooiers/1.0.0';

test('browse the bundled framework: list, detail, search, plan-action filter, deep link', async ({
  page,
  watched: _watched,
}) => {
  await page.goto('/kader');
  await expect(page.getByRole('heading', { level: 1, name: 'Kader' })).toBeVisible();
  const link = page.getByRole('link', {
    name: /^Kwaliteitskader zorg voor minderjarige slachtoffers.*versie 1\.0\.0$/,
  });
  await expect(link).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: link });
  await expect(card).toContainText('kwaliteitskader-tienerpooiers');
  await expect(card).toContainText('meegeleverd');
  await expect(card).toContainText('concept');
  await expectNoAxeViolations(page);

  await link.click();
  await expect(page).toHaveURL(new RegExp(`${BUNDLED.replace(/\./g, '\\.')}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: /^Kwaliteitskader zorg voor minderjarige/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Schalen' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Niveaus van de schaal/ }).first()).toContainText(
    /uitgevoerd en geëvalueerd/i,
  );
  await expectNoAxeViolations(page);

  // A domain opens from the keyboard.
  const summary = page.locator('summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details').first()).toHaveAttribute('open', '');
  await expect(page.getByRole('heading', { level: 4 }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Alle domeinen openklappen' }).click();
  await expect(page.locator('details:not([open])')).toHaveCount(0);

  const status = page.getByRole('status').filter({ hasText: /criteri/ });
  const search = page.getByLabel('Zoeken in criteria', { exact: true });
  await search.fill('medisch');
  await expect(status).toHaveText(/^\d+ criteria gevonden$/);
  await expect(
    page.getByRole('heading', { level: 4, name: /Medisch onthaal bij opname/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: /Vaste mentor/ })).toHaveCount(0);

  await search.fill('');
  await page.getByLabel('Filter op actie uit het actieplan').selectOption({ label: 'Actie 3.1' });
  await expect(status).toHaveText(/^\d+ criteria gevonden$/);
  for (const name of [
    /Methodiek voor de dader-slachtofferrelatie/,
    /Ambivalentie en loyaliteit erkennen/,
    /Psycho-educatie over de werkwijze van tienerpooiers/,
    /Omgaan met contactpogingen/,
  ]) {
    await expect(page.getByRole('heading', { level: 4, name })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 4, name: /Signalen herkennen/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A deep link to one criterion opens its domain and scrolls to it.
  await page.goto(`${BUNDLED}#contactpogingen-van-daders`);
  const target = page.locator('article#contactpogingen-van-daders');
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
});

test('load a framework file: errors with JSON paths, then a good file that survives a reload', async ({
  page,
  watched: _watched,
}) => {
  await page.goto('/kader');
  await expect(page.getByRole('heading', { level: 1, name: 'Kader' })).toBeVisible();
  const input = page.getByLabel('Kaderbestand laden', { exact: true });

  await input.setInputFiles({
    name: 'framework-bad.json',
    mimeType: 'application/json',
    buffer: readFileSync(fixture('framework-bad.json')),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Het bestand framework-bad.json kon niet geladen worden');
  await expect(alert).toContainText('Er zijn 2 problemen gevonden');
  const issues = page.locator('.issue-list li');
  await expect(issues).toHaveCount(2);
  await expect(issues.filter({ hasText: '$.domains[0].criteria' })).toContainText(
    'Dit domein heeft geen criteria',
  );
  await expect(page.locator('.issue-list code').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Not JSON at all.
  await input.setInputFiles({
    name: 'framework-not-json.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "id": '),
  });
  await expect(alert).toContainText('Het bestand framework-not-json.json kon niet geladen worden');

  await input.setInputFiles(fixture('framework-good.json'));
  await expect(page.getByRole('status').filter({ hasText: 'is geladen' })).toContainText(
    'Het kader ‘E2E-testkader’ versie 1.0.0 uit framework-good.json is geladen',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  const link = page.getByRole('link', { name: 'E2E-testkader versie 1.0.0' });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(link).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: link });
  await expect(card).toContainText('lokaal geladen');

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E-testkader' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Removing it asks first, and works from the keyboard.
  await page.goto('/kader');
  await card.getByRole('button', { name: /^Verwijderen/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /Wilt u het kader ‘E2E-testkader’/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Het kader ‘E2E-testkader’ versie 1.0.0 is verwijderd.'),
  ).toBeVisible();
  await expect(link).toHaveCount(0);
});
