import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

/**
 * A full disk: from a given moment every IndexedDB write (put, add, delete) fails with the
 * QuotaExceededError a full disk gives, while reads keep working. (Chromium's quota override
 * does not reliably refuse small writes, so the failure is injected at the IndexedDB API.) The
 * app says so and points to a backup; the backup must then download with everything in it, even
 * though recording its time fails.
 */
function simulateDiskFullSwitch(): void {
  const full = () => (window as unknown as { __diskFull?: boolean }).__diskFull === true;
  const proto = IDBObjectStore.prototype;
  for (const name of ['put', 'add', 'delete', 'clear'] as const) {
    const original = proto[name] as (...args: unknown[]) => IDBRequest;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function (this: IDBObjectStore, ...args: unknown[]) {
        if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      },
    });
  }
}
test('on a full disk, the backup the app points to still downloads, complete', async ({
  page,
  watched,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.addInitScript(simulateDiskFullSwitch);
  await page.goto('/zelfevaluatie');
  await page.getByLabel('Naam van de voorziening').fill('De Linde');
  await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await page.getByRole('link', { name: 'De Linde', exact: true }).click();
  await page.getByLabel('Periode', { exact: true }).fill('2026 voorjaar');
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie\/ronde\/[^/?]+/);
  const card = page.getByRole('region', { name: /^D1\.1 / });
  await card.getByRole('radio', { name: '2 – Gepland', exact: true }).check();
  await expect(page.getByText(/Alle wijzigingen opgeslagen/)).toBeVisible();

  // The disk fills up.
  await page.evaluate(() => {
    (window as unknown as { __diskFull?: boolean }).__diskFull = true;
  });
  await card.getByRole('radio', { name: '3 – In uitvoering', exact: true }).check();
  await expect(page.getByText(/Het toestel heeft geen opslagruimte meer/).first()).toBeVisible({
    timeout: 10_000,
  });
  // Failed writes are reported by the browser in the console; that is the point of this test.
  watched.consoleErrors.length = 0;

  await page
    .getByRole('link', { name: 'Naar Instellingen om een back-up te downloaden' })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Instellingen', exact: true }),
  ).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back-up downloaden' }).click();
  const download = await downloadPromise;
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const backup = JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    facilities: { name: string }[];
    assessments: { answers: Record<string, { level: number | null }> }[];
  };
  expect(backup.format).toBe('kwaliteitskader-backup');
  expect(backup.facilities.map((f) => f.name)).toEqual(['De Linde']);
  // What was saved before the disk filled up is in the file.
  expect(backup.assessments[0]!.answers['signalen-herkennen']!.level).toBe(2);
  await expect(page.getByRole('status').filter({ hasText: 'De back-up is klaar' })).toBeVisible();
  await expect(
    page.getByText('Het tijdstip van deze back-up kon niet op dit toestel bewaard worden', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  watched.consoleErrors.length = 0;
});
