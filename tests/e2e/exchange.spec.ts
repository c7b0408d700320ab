import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { test, expect, expectNoAxeViolations, liveNavigation } from './fixtures';

/*
 * Exchange files as people use them: facilities export rounds in their own browsers, an
 * evaluator reads all their files at once in another, by drag and drop and by the file picker.
 * Each browser context is a separate device (its own IndexedDB).
 */

// A stuck action fails within seconds instead of using up the whole test budget.
test.use({ actionTimeout: 15_000 });

const D1_1 = 'Signalen herkennen bij opname en tijdens het verblijf';
const PASSPHRASE = 'geheim-voor-de-evaluator';

interface Saved {
  path: string;
  name: string;
}

async function newDevice(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'nl-BE', acceptDownloads: true });
}

function watchPage(page: Page, origin: string): string[] {
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

async function createFacility(page: Page, name: string, code: string): Promise<void> {
  await page.goto('/zelfevaluatie');
  await page.getByLabel('Naam van de voorziening').fill(name);
  await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await page.getByLabel('Code (optioneel)').fill(code);
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie\/voorziening\//);
}

async function addRound(page: Page, period: string, level: string): Promise<void> {
  await page.getByLabel('Periode', { exact: true }).fill(period);
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie\/ronde\/[^/?]+/);
  await setLevel(page, level);
  await page.getByRole('link', { name: 'Naar de voorziening' }).click();
}

async function setLevel(page: Page, level: string): Promise<void> {
  const card = page.getByRole('region', { name: new RegExp(D1_1) });
  const radio = card.getByRole('radio', { name: level, exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
  await expect(page.getByText(/Alle wijzigingen opgeslagen/)).toBeVisible();
}

/** On the facility page: the round's "Exporteren" button, options, download. */
async function exportRound(
  page: Page,
  period: string,
  testInfo: TestInfo,
  options: { passphrase?: string; as: string },
): Promise<Saved> {
  await page.getByRole('button', { name: new RegExp(`^Exporteren\\W+${period}$`) }).click();
  const section = page.getByRole('region', { name: 'Uitwisselingsbestand maken' });
  await expect(section.getByRole('heading', { name: 'Uitwisselingsbestand maken' })).toBeFocused();
  await expect(section.getByRole('checkbox', { name: new RegExp(period) })).toBeChecked();
  await expect(section.getByRole('checkbox', { name: 'Naam meesturen' })).toBeChecked();
  if (options.passphrase) {
    await section.getByLabel('Wachtwoord (optioneel)').fill(options.passphrase);
  }
  const downloadPromise = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Bestand maken' }).click();
  const download = await downloadPromise;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^kwaliteitskader-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath(`${options.as}-${name}`);
  await download.saveAs(path);
  await expect(section.getByRole('status')).toContainText('werd gemaakt');
  return { path, name: `${options.as}-${name}` };
}

/** Drops files onto the page the way a browser does: a DataTransfer with File objects. */
async function dropFiles(page: Page, files: readonly Saved[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, text: readFileSync(f.path, 'utf8') }));
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const item of items) {
      data.items.add(new File([item.text], item.name, { type: 'application/json' }));
    }
    return data;
  }, payload);
  const target = page.locator('main');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

function fileLine(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
}

async function pickFiles(page: Page, files: readonly Saved[]): Promise<void> {
  await page.getByLabel('Bestanden kiezen').setInputFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: 'application/json',
      buffer: readFileSync(f.path),
    })),
  );
}

test('facilities export rounds; an evaluator imports them all at once, with updates and a conflict', async ({
  page,
  browser,
  baseURL,
  watched: _watched,
}, testInfo) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;

  // Facility A: two rounds, one exported in the clear, one encrypted.
  const contextA = await newDevice(browser, baseURL!);
  const contextB = await newDevice(browser, baseURL!);
  const contextA2 = await newDevice(browser, baseURL!);
  try {
    const pageA = liveNavigation(await contextA.newPage());
    const problemsA = watchPage(pageA, origin);
    await createFacility(pageA, 'De Kempen', 'GI-K');
    await addRound(pageA, '2025 najaar', '2 – Gepland');
    await addRound(pageA, '2026 voorjaar', '3 – In uitvoering');
    const a1 = await exportRound(pageA, '2025 najaar', testInfo, { as: 'a1' });
    const a2 = await exportRound(pageA, '2026 voorjaar', testInfo, {
      as: 'a2',
      passphrase: PASSPHRASE,
    });
    expect(readFileSync(a2.path, 'utf8')).not.toContain('De Kempen');
    expect(JSON.parse(readFileSync(a2.path, 'utf8')).encryption).toMatchObject({
      cipher: 'AES-GCM',
      kdf: 'PBKDF2',
      iterations: 600000,
    });
    await expectNoAxeViolations(pageA);

    // A second laptop of facility A starts from a backup taken now.
    await pageA.goto('/instellingen');
    const backupDownload = pageA.waitForEvent('download');
    await pageA.getByRole('button', { name: 'Back-up downloaden' }).click();
    const backupPath = testInfo.outputPath('backup-a.json');
    await (await backupDownload).saveAs(backupPath);

    // Facility B: one round.
    const pageB = liveNavigation(await contextB.newPage());
    const problemsB = watchPage(pageB, origin);
    await createFacility(pageB, 'Het Anker', 'HA-1');
    await addRound(pageB, '2026 voorjaar', '4 – Uitgevoerd en geëvalueerd');
    const b1 = await exportRound(pageB, '2026 voorjaar', testInfo, { as: 'b1' });

    // The evaluator: all three files at once, dropped onto the page.
    await page.goto('/vergelijken');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vergelijken: bestanden inlezen', exact: true }),
    ).toBeVisible();
    await dropFiles(page, [a1, a2, b1]);
    await expect(page.getByRole('heading', { name: 'Overzicht vóór het inlezen' })).toBeVisible();
    await expect(page.getByText('3 bestanden gelezen. Er werd nog niets bewaard.')).toBeVisible();
    await expect(fileLine(page, a1.name)).toContainText('Nieuw');
    await expect(fileLine(page, a1.name)).toContainText('De Kempen · Gemeenschapsinstelling');
    await expect(fileLine(page, b1.name)).toContainText('1 nieuwe ronde');
    const locked = fileLine(page, a2.name);
    await expect(locked).toContainText('Versleuteld');
    await expect(locked).toContainText('Geef het wachtwoord');

    // A wrong passphrase is refused in plain words; the right one opens the file.
    await locked.getByLabel(`Wachtwoord voor ${a2.name}`).fill('fout wachtwoord');
    await locked.getByRole('button', { name: 'Openen' }).click();
    await expect(fileLine(page, a2.name)).toContainText('Het wachtwoord is niet juist');
    await fileLine(page, a2.name).getByLabel(`Wachtwoord voor ${a2.name}`).fill(PASSPHRASE);
    await fileLine(page, a2.name).getByRole('button', { name: 'Openen' }).click();
    await expect(fileLine(page, a2.name)).toContainText('1 nieuwe ronde');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Inlezen bevestigen' }).click();
    await expect(page.getByText('3 bestanden ingelezen.')).toBeVisible();
    await page.getByRole('link', { name: 'Ingelezen voorzieningen bekijken' }).click();
    await expect(page.getByLabel('Herkomst')).toHaveValue('ingelezen');
    await expect(page.getByRole('link', { name: 'Het Anker', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'De Kempen', exact: true }).click();
    await expect(
      page.getByText(/Deze voorziening werd ingelezen uit uitwisselingsbestanden/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ronde starten' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Exporteren/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /^Bekijken\W+2025 najaar$/ }).click();
    await expect(page.getByText(/is alleen-lezen/)).toBeVisible();
    const card = page.getByRole('region', { name: new RegExp(D1_1) });
    await expect(card.getByRole('radio', { name: '2 – Gepland', exact: true })).toBeChecked();
    await expect(
      card.getByRole('radio', { name: '4 – Uitgevoerd en geëvalueerd', exact: true }),
    ).toBeDisabled();

    // Reading the same three files again, with the file picker: no change.
    await page.goto('/vergelijken');
    await pickFiles(page, [a1, a2, b1]);
    await expect(page.getByText('3 bestanden gelezen. Er werd nog niets bewaard.')).toBeVisible();
    await expect(fileLine(page, a1.name)).toContainText('Geen wijziging');
    await expect(fileLine(page, b1.name)).toContainText('Geen wijziging');
    await fileLine(page, a2.name).getByLabel(`Wachtwoord voor ${a2.name}`).fill(PASSPHRASE);
    await fileLine(page, a2.name).getByRole('button', { name: 'Openen' }).click();
    await expect(fileLine(page, a2.name)).toContainText('Geen wijziging');
    await expect(page.getByText('Er is niets in te lezen')).toBeVisible();

    // Facility A edits the first round and exports it again: an update.
    await pageA.goto('/zelfevaluatie');
    await pageA.getByRole('link', { name: 'De Kempen', exact: true }).click();
    await pageA.getByRole('link', { name: /^Verder scoren\W+2025 najaar$/ }).click();
    await setLevel(pageA, '4 – Uitgevoerd en geëvalueerd');
    await pageA.getByRole('link', { name: 'Naar de voorziening' }).click();
    const a1b = await exportRound(pageA, '2025 najaar', testInfo, { as: 'a1b' });

    await page.goto('/vergelijken');
    await pickFiles(page, [a1b]);
    await expect(fileLine(page, a1b.name)).toContainText('Update');
    await expect(fileLine(page, a1b.name)).toContainText('bijgewerkt naar een nieuwere revisie');
    await page.getByRole('button', { name: 'Inlezen bevestigen' }).click();
    await expect(page.getByText('1 bestand ingelezen.')).toBeVisible();

    // The second laptop edits the same round differently: a conflict at the evaluator.
    const pageA2 = liveNavigation(await contextA2.newPage());
    const problemsA2 = watchPage(pageA2, origin);
    await pageA2.goto('/instellingen');
    await pageA2.getByLabel('Back-upbestand kiezen', { exact: true }).setInputFiles(backupPath);
    await pageA2.getByRole('button', { name: 'Terugzetten' }).click();
    await expect(pageA2.getByRole('status').filter({ hasText: 'is teruggezet' })).toBeVisible();
    await pageA2.goto('/zelfevaluatie');
    await pageA2.getByRole('link', { name: 'De Kempen', exact: true }).click();
    await pageA2.getByRole('link', { name: /^Verder scoren\W+2025 najaar$/ }).click();
    await setLevel(pageA2, '1 – Niet aanwezig');
    await pageA2.getByRole('link', { name: 'Naar de voorziening' }).click();
    const a1c = await exportRound(pageA2, '2025 najaar', testInfo, { as: 'a1c' });

    await page.goto('/vergelijken');
    await dropFiles(page, [a1c]);
    await expect(fileLine(page, a1c.name)).toContainText('Conflict');
    // Both versions, per criterion that differs: here the level, 4 on this device, 1 in the file.
    const conflict = page.getByRole('region', { name: /^De Kempen – 2025 najaar/ });
    const criterion = conflict.getByRole('table', { name: new RegExp(D1_1) });
    await expect(criterion.getByRole('row', { name: /^Niveau/ })).toHaveText(/Niveau\s*4\s*1/);
    await expect(conflict.getByRole('table', { name: /in beide versies$/ })).toContainText(
      'Revisie',
    );
    const confirm = page.getByRole('button', { name: 'Inlezen bevestigen' });
    await expect(confirm).toBeDisabled();
    await expectNoAxeViolations(page);
    // On a phone the comparison stacks instead of widening the page.
    await page.setViewportSize({ width: 390, height: 800 });
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(
      await criterion
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td).display),
    ).toBe('block');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await conflict.getByRole('radio', { name: 'De versie uit het bestand' }).check();
    await confirm.click();
    await expect(page.getByText('1 bestand ingelezen.')).toBeVisible();

    await page.goto('/zelfevaluatie?herkomst=ingelezen');
    await page.getByRole('link', { name: 'De Kempen', exact: true }).click();
    await page.getByRole('link', { name: /^Bekijken\W+2025 najaar$/ }).click();
    await expect(
      page
        .getByRole('region', { name: new RegExp(D1_1) })
        .getByRole('radio', { name: '1 – Niet aanwezig', exact: true }),
    ).toBeChecked();

    expect(problemsA).toEqual([]);
    expect(problemsB).toEqual([]);
    expect(problemsA2).toEqual([]);
  } finally {
    await contextA.close();
    await contextB.close();
    await contextA2.close();
  }
});

for (const width of [390, 768]) {
  test(`the import screen fits a ${width} px screen without horizontal scrolling`, async ({
    page,
    watched: _watched,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/vergelijken');
    await page.getByLabel('Bestanden kiezen').setInputFiles([
      {
        name: 'een-heel-lang-bestandsnaam-zonder-spaties-dat-niet-mag-uitsteken-2026-12-01.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"kwaliteitskader-uitwisseling","formatVersion":9}'),
      },
      { name: 'leeg.json', mimeType: 'application/json', buffer: Buffer.from('') },
    ]);
    await expect(page.getByText('2 bestanden gelezen.')).toBeVisible();
    await expect(page.getByText(/nieuwere versie van de app \(formaat 9/)).toBeVisible();
    await expect(page.getByText('Het bestand is leeg.')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}
