import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, liveNavigation } from './fixtures';

/*
 * Issue 12 as an evaluator uses it: demo data from Settings, a set chosen with filters, every
 * comparison view read (and checked with axe), names hidden on screen and in print, and a
 * sector benchmark exported. A facility in another browser context imports that file and sees
 * where it stands.
 */
test.use({ actionTimeout: 15_000 });

const D1_1 = 'Signalen herkennen bij opname en tijdens het verblijf';
const LEVEL_5 = '5 – Verankerd en continu verbeterd';

const VIEWS = [
  ['heatmap', 'Overzicht per domein'],
  ['rangschikking', 'Rangschikking'],
  ['verdeling', 'Spreiding'],
  ['zwakke-criteria', 'Zwakke criteria'],
  ['naast-elkaar', 'Naast elkaar'],
  ['verloop', 'Verloop'],
  ['benchmark', 'Sectorbenchmark'],
] as const;

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal page scroll').toBeLessThanOrEqual(0);
}

/** goto for pages outside the fixture: waits until the prerendered page is live. */
async function view(page: Page, id: string, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Weergaven' })
    .getByRole('link', { name: title })
    .click();
  await expect(page).toHaveURL(new RegExp(`/vergelijken/overzicht/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Vergelijken: ${title}`);
}

test('an evaluator compares the demo set, anonymises it and exports a sector benchmark', async ({
  page,
  watched,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  void watched;
  await page.goto('/instellingen');
  // Two bundled versions: the current one (1.0.0) is preselected, not the concept 1.1.0.
  await expect(page.getByLabel('Kaderversie voor de demogegevens')).toHaveValue(
    'kwaliteitskader-tienerpooiers@1.0.0',
  );
  await page.getByRole('button', { name: 'Demogegevens laden' }).click();
  await expect(
    page.getByText(/^Demogegevens geladen: 40 voorzieningen met 80 rondes, op .+ versie 1\.0\.0\./),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Naar Vergelijken' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Vergelijken: Overzicht per domein',
  );
  await expect(page.getByText(/^40 voorzieningen in de set/)).toBeVisible();
  await expect(page.getByText('Demogegevens.', { exact: false }).first()).toBeVisible();

  // Filter: only Antwerpen (every sixth demo facility: 7 of 40).
  await page.getByRole('checkbox', { name: 'Antwerpen' }).check();
  await expect(page.getByText(/^7 voorzieningen in de set/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Antwerpen' }).uncheck();
  await expect(page.getByText(/^40 voorzieningen in de set/)).toBeVisible();

  // Heatmap: 40 rows, a facility name, cells marked incomplete; the table is one toggle away.
  const grid = page.getByRole('table', { name: /Score per domein van 40 rondes/ });
  await expect(grid.getByRole('row')).toHaveCount(41);
  await expect(grid.getByRole('rowheader', { name: /Demo De Linde 01/ })).toBeVisible();
  await expect(grid.getByText('(onvolledig)').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Als tabel tonen' }).click();
  const table = page.getByRole('table', { name: /Score per domein, volledigheid/ });
  await table.getByRole('button', { name: 'Sorteren op Totaalscore' }).click();
  await expect(table.getByRole('columnheader', { name: /Totaalscore/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expectNoAxeViolations(page);

  // Ranking: ranked rows and the ones listed apart.
  await view(page, 'rangschikking', 'Rangschikking');
  await page.getByRole('button', { name: 'Als tabel tonen' }).click();
  const ranking = page.getByRole('table', { name: 'Rangschikking van best naar minst goed' });
  await expect(ranking.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(/^1/);
  await expect(page.getByRole('heading', { name: /Apart vermeld \(\d+\)/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Distributions with a marked facility.
  await view(page, 'verdeling', 'Spreiding');
  await page.getByLabel('Voorziening markeren').selectOption({ label: 'Demo Het Anker 02' });
  await expect(
    page.getByRole('img', { name: /Spreiding van de domeinscores over 40/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Als tabel tonen' }).first().click();
  const domains = page.getByRole('table', { name: 'Spreiding per domein (scores 0–100 %)' });
  await expect(domains.getByRole('columnheader', { name: /Demo Het Anker 02/ })).toBeVisible();
  await expect(domains.getByRole('row')).toHaveCount(17);
  await expectNoAxeViolations(page);

  // Weak criteria, with N/A reasons grouped.
  await view(page, 'zwakke-criteria', 'Zwakke criteria');
  await expect(page.getByRole('table', { name: 'Criteria met de laagste mediaan' })).toBeVisible();
  await expect(
    page.getByText(/Geen residentiële opvang in deze voorziening \(\d+\)/).first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await view(page, 'naast-elkaar', 'Naast elkaar');
  await page.getByRole('checkbox', { name: 'Demo De Linde 01' }).check();
  await page.getByRole('checkbox', { name: 'Demo Het Anker 02' }).check();
  await expect(page.getByRole('img', { name: /Domeinscores naast elkaar/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await view(page, 'verloop', 'Verloop');
  await page.getByRole('button', { name: 'Als tabel tonen' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Mediaan van de sector per periode en per domein' })
      .getByRole('row'),
  ).toHaveCount(3);
  await expectNoAxeViolations(page);

  // Anonymise: no facility name or code anywhere, in any view, nor in print.
  await page.getByRole('switch', { name: /Anoniem/ }).check();
  for (const [id, title] of VIEWS) {
    await view(page, id, title);
    const text = await page.locator('body').innerText();
    expect(text, `names on ${id}`).not.toMatch(/Demo [A-Z][a-z]+|DEMO-\d/);
    expect(await page.title()).not.toMatch(/Demo |DEMO-/);
    await expectNoAxeViolations(page);
  }
  await view(page, 'rangschikking', 'Rangschikking');
  await expect(page.getByText(/Voorziening [A-Z]/).first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  expect(printed).toMatch(/Voorziening [A-Z]/);
  expect(printed).not.toMatch(/Demo [A-Z][a-z]+|DEMO-\d/);
  await page.emulateMedia({ media: 'screen' });

  // Export the benchmark.
  await view(page, 'benchmark', 'Sectorbenchmark');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sectorbenchmark downloaden' }).click();
  const file = await download;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const text = readFileSync(path, 'utf8');
  expect(text).not.toMatch(/Demo |DEMO-|demo-f/);
  expect(JSON.parse(text)).toMatchObject({
    format: 'kwaliteitskader-benchmark',
    facilityCount: 40,
  });

  for (const width of [390, 768]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [id, title] of VIEWS.slice(0, 3)) {
      await view(page, id, title);
      await noHorizontalScroll(page);
    }
  }

  // As a facility on another device: its own round, then the benchmark from the evaluator.
  const facility = await browser.newContext({ baseURL, locale: 'nl-BE' });
  const own = liveNavigation(await facility.newPage());
  await own.setViewportSize({ width: 1280, height: 800 });
  await own.goto('/zelfevaluatie');
  await own.getByLabel('Naam van de voorziening').fill('De Haven');
  await own.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await own.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await own.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await own.getByRole('link', { name: 'De Haven', exact: true }).click();
  await own.getByLabel('Periode', { exact: true }).fill('2026');
  await own.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(own).toHaveURL(/\/zelfevaluatie\/ronde\/[^/?]+/);
  const roundId = new URL(own.url()).pathname.split('/').pop() ?? '';
  const card = own.getByRole('region', { name: new RegExp(D1_1) });
  await card.getByRole('radio', { name: LEVEL_5, exact: true }).check();
  await expect(own.getByText(/Alle wijzigingen opgeslagen/)).toBeVisible();
  await own.goto(`/resultaten/ronde/${roundId}`);
  await expect(own.getByRole('heading', { name: 'Tegenover de sector' })).toBeVisible();
  await own.getByLabel('Sectorbenchmark inlezen').setInputFiles(path);
  await expect(own.getByText('De sectorbenchmark is ingelezen.')).toBeVisible();
  await expect(
    own.getByText('Sectorbenchmark van 40 voorzieningen', { exact: false }),
  ).toBeVisible();
  const criteria = own.getByRole('table', { name: 'Uw niveau per criterium tegenover de sector' });
  const row = criteria.getByRole('row', { name: new RegExp(D1_1) });
  await expect(row.getByRole('cell').first()).toHaveText('5');
  await expect(row).toContainText(/Op of boven de mediaan|Bij de hoogste kwart van de sector/);
  const domainsTable = own.getByRole('table', { name: 'Uw score per domein tegenover de sector' });
  await expect(domainsTable.getByRole('row')).toHaveCount(17);
  await expectNoAxeViolations(own);

  // A file that is not a benchmark is refused with its reason; the stored one stays.
  await own.getByLabel('Sectorbenchmark inlezen').setInputFiles({
    name: 'iets.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"iets anders"}'),
  });
  await expect(own.getByRole('alert')).toContainText('Dit bestand is geen sectorbenchmark');
  await expect(criteria).toBeVisible();
  await facility.close();
});
