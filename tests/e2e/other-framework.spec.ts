import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

// A well-formed framework that is not the bundled one: another scale (0–3, norm 2), N/A
// forbidden on its scale but allowed under a condition on one criterion, a yes/no scale, and
// references to standards instead of plan actions.
const FILE = fileURLToPath(
  new URL('../fixtures/frameworks/kader-veilige-opvang-2.0.0.json', import.meta.url),
);
const card = (page: Page, code: string): Locator =>
  page.getByRole('region', { name: new RegExp(`^${code} `) });

/**
 * Nothing on the screen speaks of the bundled framework's subject or of an action plan, apart
 * from `others`: places that list every framework on the device (the bundled ones are there too).
 */
async function speaksOfItsOwnFramework(page: Page, others: Locator[] = []): Promise<void> {
  await page.waitForLoadState('networkidle');
  let text = await page.locator('body').innerText();
  for (const other of others) {
    for (const part of await other.allInnerTexts()) text = text.replace(part, '');
  }
  expect(text).not.toMatch(/tienerpooier|loverboy|actieplan|action plan|Actie \d|plan actions?/i);
}

/** No sideways page scroll at this size. */
async function fitsTheWidth(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('another framework loaded from disk is scored and shown in results in its own terms', async ({
  page,
  watched: _watched,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto('/kader');
  await page.getByLabel('Kaderbestand laden', { exact: true }).setInputFiles(FILE);
  await expect(page.getByRole('status').filter({ hasText: 'is geladen' })).toContainText(
    'Kader veilige opvang (testkader)',
  );
  await page
    .getByRole('link', { name: /^Kader veilige opvang \(testkader\) versie 2\.0\.0/ })
    .click();
  await page.getByRole('button', { name: 'Alle domeinen openklappen' }).click();
  const a1 = page.locator('article#onthaalprocedure');
  await expect(a1).toContainText('Normen uit het referentiekader');
  await expect(a1).toContainText('N-1.2');
  await expect(a1).toContainText('2 – Voldoet');
  await speaksOfItsOwnFramework(page);

  // The start page and the scoring rules name this framework with its own scale and norm.
  await page.goto('/');
  const atHand = page.getByRole('region', { name: 'Kaders op dit toestel' });
  await expect(atHand).toContainText('Kader veilige opvang (testkader), versie 2.0.0');
  await expect(atHand).toContainText('Vierpuntsschaal: niveaus 0 tot 3, norm 2 – Voldoet.');
  await page.goto('/resultaten/scoreregels');
  await expect(
    page.getByRole('table', { name: 'Kader veilige opvang (testkader), versie 2.0.0' }),
  ).toContainText('2 Voldoet (66,7%)');

  // A facility scores a round on it.
  await page.goto('/zelfevaluatie');
  await page.getByLabel('Naam van de voorziening').fill('Huis Elders');
  // The framework declares its own facility types; the form offers them.
  await page.getByLabel('Type voorziening').selectOption({ label: 'Crisisopvang' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await page.getByRole('link', { name: 'Huis Elders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Huis Elders' })).toBeVisible();
  await expect(page.locator('body')).toContainText('Crisisopvang');
  const facilityId = page.url().split('/').pop()!;
  await page.getByLabel('Kader en versie').selectOption('kader-veilige-opvang@2.0.0');
  await page.getByLabel('Periode').fill('2026 najaar');
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(
    page.getByRole('progressbar', { name: 'Voortgang: 0 van 4 criteria' }),
  ).toBeVisible();
  const roundId = page.url().split('/').pop()!;
  // N/A: not on A1 (forbidden by its scale), on A2 only under its condition.
  await expect(card(page, 'A1').getByRole('radio', { name: /Niet van toepassing/ })).toHaveCount(0);
  await expect(card(page, 'A2')).toContainText('De voorziening biedt geen verblijf aan.');
  await card(page, 'A1').getByRole('radio', { name: '2 – Voldoet' }).check();
  await card(page, 'A2').getByRole('radio', { name: '1 – Deels' }).check();
  await speaksOfItsOwnFramework(page);
  await expectNoAxeViolations(page);
  // The sidebar on a laptop, the compact domain picker on a tablet or phone.
  if (testInfo.project.name !== 'desktop') await page.locator('.domain-picker > summary').click();
  await page
    .getByRole('navigation', { name: 'Domeinen' })
    .getByRole('link', { name: /^B Kwaliteitszorg/ })
    .click();
  await card(page, 'B1').getByRole('radio', { name: '1 – Ja' }).check();
  await card(page, 'B2').getByRole('radio', { name: '3 – Voorbeeldig' }).check();
  await expect(
    page.getByRole('progressbar', { name: 'Voortgang: 4 van 4 criteria' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Afronden' }).click();
  await page.getByRole('button', { name: 'Ja, afronden' }).click();
  await expect(page.getByText(/^Afgerond op/)).toBeVisible();

  // Results in its own terms: A1 at norm 2 = 66.7%, A2 (weight 2) 33.3%, B1 100%, B2 100%.
  await page.getByRole('link', { name: 'Resultaten bekijken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2026 najaar');
  await expect(page.locator('body')).toContainText('Huis Elders');
  await expect(page.locator('body')).toContainText('Kader veilige opvang (testkader)');
  await speaksOfItsOwnFramework(page);
  await expectNoAxeViolations(page);
  await fitsTheWidth(page);
  const frameworksHere = page.getByRole('region', { name: 'Kaders op dit toestel' });
  const screens: { url: string; ready: Locator; others?: Locator[] }[] = [
    {
      url: '/',
      ready: frameworksHere,
      others: [frameworksHere],
    },
    {
      url: `/zelfevaluatie/voorziening/${facilityId}`,
      ready: page.getByRole('heading', { level: 1, name: 'Huis Elders' }),
      // The new-round form offers every framework on the device.
      others: [page.getByLabel('Kader en versie')],
    },
    {
      url: `/zelfevaluatie/ronde/${roundId}`,
      ready: page.getByText(/^Afgerond op/),
    },
    { url: `/resultaten/trend/${facilityId}`, ready: page.getByRole('heading', { level: 1 }) },
    {
      url: '/resultaten/scoreregels',
      ready: page.getByRole('table', { name: 'Kader veilige opvang (testkader), versie 2.0.0' }),
      others: [page.getByRole('table', { name: /tienerpooiers/ })],
    },
    { url: '/rapporten', ready: page.getByRole('heading', { level: 1 }) },
    { url: '/vergelijken/overzicht', ready: page.getByRole('heading', { level: 1 }) },
  ];
  for (const screen of screens) {
    await page.goto(screen.url);
    await expect(screen.ready.first()).toBeVisible();
    await speaksOfItsOwnFramework(page, screen.others);
    await expectNoAxeViolations(page);
    await fitsTheWidth(page);
  }
});
