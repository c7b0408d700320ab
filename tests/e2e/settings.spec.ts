import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, liveNavigation } from './fixtures';

/*
 * Backups are the users' lifeline: everything lives in one browser's IndexedDB. A backup made
 * in one browser profile must restore into an empty one with exactly the same records, and a
 * broken or foreign file must change nothing.
 */

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const D1_1 = 'Signalen herkennen bij opname en tijdens het verblijf';

interface StoredRecords {
  facilities: unknown[] | null;
  assessments: unknown[] | null;
  frameworks: unknown[] | null;
}

/**
 * Reads the app's stores with the raw IndexedDB API, independent of the app's own code. A
 * missing store reads as null (the app has not created its database yet).
 */
function readStores(page: Page): Promise<StoredRecords> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kwaliteitskader');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const sortKey = (record: unknown) => {
      const r = record as { id?: unknown; version?: unknown };
      return `${String(r.id)}@${String(r.version ?? '')}`;
    };
    const getAll = (store: string) =>
      new Promise<unknown[] | null>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve(null);
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () =>
          resolve(
            [...(request.result as unknown[])].sort((a, b) =>
              sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
            ),
          );
        request.onerror = () => reject(request.error);
      });
    try {
      return {
        facilities: await getAll('facilities'),
        assessments: await getAll('assessments'),
        frameworks: await getAll('frameworks'),
      };
    } finally {
      // Never hold a connection that could block the app's own version upgrades.
      db.close();
    }
  });
}

/** The same checks as the `watched` fixture, for a page in a second context. */
function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${String(err)}`));
  page.context().on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`foreign request: ${url}`);
  });
  return problems;
}

function fact(page: Page, term: string) {
  return page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
}

async function createFacilityWithRound(page: Page, name: string, period: string): Promise<void> {
  await page.goto('/zelfevaluatie');
  await page.getByLabel('Naam van de voorziening').fill(name);
  await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie\/voorziening\//);
  await page.getByLabel('Periode', { exact: true }).fill(period);
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie\/ronde\/[^/?]+/);
  const card = page.getByRole('region', { name: new RegExp(D1_1) });
  const radio = card.getByRole('radio', { name: '2 – Gepland', exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
  await expect(page.getByText(/Alle wijzigingen opgeslagen/)).toBeVisible();
}

async function loadLocalFramework(page: Page): Promise<void> {
  await page.goto('/kader');
  await page
    .getByLabel('Kaderbestand laden', { exact: true })
    .setInputFiles(fixture('framework-good.json'));
  await expect(page.getByRole('status').filter({ hasText: 'is geladen' })).toBeVisible();
}

test('a backup made in one browser context restores into an empty one with identical content', async ({
  page,
  browser,
  baseURL,
  watched: _watched,
}, testInfo) => {
  // Two browser profiles, UI data entry and four axe runs: more than the default budget.
  test.setTimeout(120_000);
  // Context A: data made through the UI.
  await createFacilityWithRound(page, 'De Haven', '2026 voorjaar');
  await loadLocalFramework(page);

  await page.goto('/instellingen');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Instellingen', exact: true }),
  ).toBeVisible();
  await expect(fact(page, 'Laatste back-up')).toHaveText('nog nooit');
  await expect(
    page.getByText('Er zijn wijzigingen die nog in geen enkele back-up zitten.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back-up downloaden' }).click();
  const download = await downloadPromise;
  const filename = download.suggestedFilename();
  expect(filename).toMatch(/^kwaliteitskader-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = testInfo.outputPath(filename);
  await download.saveAs(backupPath);
  await expect(page.getByRole('status').filter({ hasText: filename })).toContainText(
    'De back-up is klaar',
  );
  await expect(fact(page, 'Laatste back-up')).not.toHaveText('nog nooit');
  await expect(page.getByText('Alle wijzigingen zitten in de laatste back-up.')).toBeVisible();

  const recordsA = await readStores(page);
  expect(recordsA.facilities).toHaveLength(1);
  expect(recordsA.assessments).toHaveLength(1);
  expect(recordsA.frameworks).toHaveLength(1);
  const backupText = readFileSync(backupPath, 'utf8');
  expect(JSON.parse(backupText)).toMatchObject({
    format: 'kwaliteitskader-backup',
    formatVersion: 1,
  });

  // Context B: a fresh, empty browser profile.
  const origin = new URL(baseURL!).origin;
  const contextB: BrowserContext = await browser.newContext({ baseURL: baseURL!, locale: 'nl-BE' });
  try {
    const pageB = liveNavigation(await contextB.newPage());
    const problemsB = watchPage(pageB, origin);
    await pageB.goto('/instellingen');
    await expect(
      pageB.getByRole('heading', { level: 1, name: 'Instellingen', exact: true }),
    ).toBeVisible();
    await expect(fact(pageB, 'Laatste back-up')).toHaveText('nog nooit');
    const empty = { facilities: [], assessments: [], frameworks: [] };
    expect(await readStores(pageB)).toEqual(empty);

    const input = pageB.getByLabel('Back-upbestand kiezen', { exact: true });

    // A truncated copy is refused, with its location, and changes nothing.
    await input.setInputFiles({
      name: 'beschadigd.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupText.slice(0, Math.floor(backupText.length / 2))),
    });
    const alert = pageB.getByRole('alert');
    await expect(alert).toContainText(
      'Het bestand beschadigd.json kan niet teruggezet worden. Er werd niets gewijzigd.',
    );
    await expect(pageB.locator('.issue-list li')).toContainText([
      'Plaats in het bestand: het hele bestand',
    ]);
    await expect(pageB.locator('.issue-list li')).toContainText(['geen geldige JSON']);
    await expect(pageB.getByRole('button', { name: 'Terugzetten' })).toHaveCount(0);
    await expectNoAxeViolations(pageB);
    expect(await readStores(pageB)).toEqual(empty);

    // A framework file is not a backup.
    await input.setInputFiles(fixture('framework-good.json'));
    await expect(alert).toContainText(
      'Het bestand framework-good.json kan niet teruggezet worden.',
    );
    await expect(pageB.locator('.issue-list li')).toContainText(['lijkt een kaderbestand']);
    expect(await readStores(pageB)).toEqual(empty);

    // The real backup: preview, then restore.
    await input.setInputFiles(backupPath);
    const preview = pageB.getByRole('region', { name: 'Wat het terugzetten doet' });
    await expect(preview).toBeVisible();
    await expect(pageB.getByRole('alert')).toHaveCount(0);
    const summary = preview.getByRole('table', { name: 'Overzicht per soort gegevens' });
    const rows = await summary
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
      );
    // Frameworks: the loaded one is added; the bundled one the round uses is already in the app.
    expect(rows).toEqual([
      ['Voorzieningen', '1', '0', '0'],
      ['Zelfevaluaties', '1', '0', '0'],
      ['Kaders', '1', '0', '1'],
    ]);
    await expect(
      preview.getByRole('listitem').filter({ hasText: 'De Haven – 2026 voorjaar' }),
    ).toBeVisible();
    await expect(
      preview.getByRole('listitem').filter({ hasText: 'E2E-testkader 1.0.0' }),
    ).toBeVisible();
    await expectNoAxeViolations(pageB);
    expect(await readStores(pageB)).toEqual(empty);

    await preview.getByRole('button', { name: 'Terugzetten' }).click();
    await expect(pageB.getByRole('status').filter({ hasText: 'is teruggezet' })).toContainText(
      `(${filename}) is teruggezet.`,
    );
    await expect(
      pageB.getByText('Voorzieningen: 1 toegevoegd, 0 vervangen, 0 ongewijzigd.'),
    ).toBeVisible();

    const recordsB = await readStores(pageB);
    expect(recordsB).toEqual(recordsA);

    // And the app shows it.
    await pageB.goto('/zelfevaluatie');
    await expect(pageB.getByRole('link', { name: 'De Haven', exact: true })).toBeVisible();
    expect(problemsB).toEqual([]);
  } finally {
    await contextB.close();
  }
});

test('/instellingen#backup lands on the backup section', async ({ page, watched: _watched }) => {
  await page.goto('/');
  await page.goto('/instellingen#backup');
  const heading = page.getByRole('heading', { level: 2, name: 'Back-up', exact: true });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});
