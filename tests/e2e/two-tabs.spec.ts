import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, liveNavigation } from './fixtures';

/**
 * Two tabs of the app on one device share one database. An edit started in one tab before the
 * other tab saved is refused and shown, never applied silently over the newer version; the
 * user's own input stays in the form until they choose.
 */

async function facilityWithRound(page: Page): Promise<string> {
  await page.goto('/zelfevaluatie');
  await page.getByLabel('Naam van de voorziening').fill('De Wilg');
  await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await page.getByRole('link', { name: 'De Wilg', exact: true }).click();
  await page.getByLabel('Periode', { exact: true }).fill('2026 voorjaar');
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie\/ronde\/[^/?]+/);
  return page.url();
}

function readRound(page: Page, url: string) {
  const id = decodeURIComponent(url.split('/').pop()!);
  return page.evaluate(
    (roundId) =>
      new Promise<{ periodLabel: string; level: number | null }>((resolve, reject) => {
        const open = indexedDB.open('kwaliteitskader');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction('assessments')
            .objectStore('assessments')
            .get(roundId);
          get.onsuccess = () => {
            open.result.close();
            const round = get.result as {
              periodLabel: string;
              answers: Record<string, { level: number | null }>;
            };
            resolve({
              periodLabel: round.periodLabel,
              level: round.answers['signalen-herkennen']?.level ?? null,
            });
          };
        };
      }),
    id,
  );
}

test('round details: a stale edit in one tab is refused and shown; answers saved meanwhile are no conflict', async ({
  page,
  watched: _watched,
}) => {
  test.setTimeout(90_000);
  const url = await facilityWithRound(page);
  const tabB = liveNavigation(await page.context().newPage());
  await tabB.goto(url);

  // Tab A opens the details form.
  await page.getByText('Gegevens van de ronde (periode, deelnemers)').click();
  const periodA = page.getByLabel('Periode', { exact: true });
  await expect(periodA).toHaveValue('2026 voorjaar');

  // Tab B saves an answer: the round's revision rises, but the details did not change.
  await tabB
    .getByRole('region', { name: /^D1\.1 / })
    .getByRole('radio', { name: '2 – Gepland', exact: true })
    .check();
  await expect(tabB.getByText(/Alle wijzigingen opgeslagen/)).toBeVisible();
  await periodA.fill('2026 voorjaar (1)');
  await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(page.getByText('De gegevens van de ronde zijn opgeslagen.')).toBeVisible();

  // Tab B (reloaded, so its form shows the current details) changes the period; tab A, still
  // showing its own form, saves over it: refused.
  await tabB.reload();
  await tabB.getByText('Gegevens van de ronde (periode, deelnemers)').click();
  await tabB.getByLabel('Periode', { exact: true }).fill('2026 najaar');
  await tabB.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(tabB.getByText('De gegevens van de ronde zijn opgeslagen.')).toBeVisible();

  await periodA.fill('2026 voorjaar (2)');
  await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Een ander venster heeft de gegevens' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('periode ‘2026 najaar’');
  await expect(periodA).toHaveValue('2026 voorjaar (2)');
  expect((await readRound(page, url)).periodLabel).toBe('2026 najaar');
  expect((await readRound(page, url)).level).toBe(2);
  await expectNoAxeViolations(page);

  // The user chooses their own version knowingly.
  await alert.getByRole('button', { name: 'Toch mijn versie opslaan' }).click();
  await expect(page.getByText('De gegevens van de ronde zijn opgeslagen.')).toBeVisible();
  expect((await readRound(page, url)).periodLabel).toBe('2026 voorjaar (2)');
  expect((await readRound(page, url)).level).toBe(2);
  await tabB.close();
});

test('facility edit: a stale form in one tab is refused and shown, then the other version can be taken', async ({
  page,
  watched: _watched,
}) => {
  test.setTimeout(90_000);
  await facilityWithRound(page);
  await page.goto('/zelfevaluatie');
  const tabB = liveNavigation(await page.context().newPage());
  await tabB.goto('/zelfevaluatie');

  await page.getByRole('button', { name: /^Bewerken\W+De Wilg$/ }).click();
  await tabB.getByRole('button', { name: /^Bewerken\W+De Wilg$/ }).click();
  await tabB.getByLabel('Naam van de voorziening').fill('De Wilg (Mechelen)');
  await tabB.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(tabB.getByText('Voorziening ‘De Wilg (Mechelen)’ is bijgewerkt.')).toBeVisible();

  await page.getByLabel('Code (optioneel)').fill('GI-W');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'Een ander venster heeft deze voorziening' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('‘De Wilg (Mechelen)’');
  // Nothing was applied over the newer version: the name from tab B stands.
  await expect(page.getByRole('link', { name: 'De Wilg (Mechelen)', exact: true })).toBeVisible();
  await expect(page.getByLabel('Code (optioneel)')).toHaveValue('GI-W');
  await expectNoAxeViolations(page);

  await alert.getByRole('button', { name: 'Versie van het andere venster overnemen' }).click();
  await expect(page.getByLabel('Naam van de voorziening')).toHaveValue('De Wilg (Mechelen)');
  await expect(page.getByLabel('Code (optioneel)')).toHaveValue('');
  await page.getByLabel('Code (optioneel)').fill('GI-W');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText('Voorziening ‘De Wilg (Mechelen)’ is bijgewerkt.')).toBeVisible();
  await expect(page.getByRole('row', { name: /De Wilg \(Mechelen\)/ })).toContainText('GI-W');
  await tabB.close();
});
