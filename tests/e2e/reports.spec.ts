import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { docxContent, holds, pdfText } from '../features/reports/read-files';
import { test, expect, expectNoAxeViolations } from './fixtures';

/*
 * Reports as a team makes them: a round scored through the screens (one level, one action whose
 * text starts like a formula), then under Rapporten one click per format. Each downloaded file is
 * read back: the PDF with pdf.js, the Word file's XML, the CSV with a parser. The fixture fails
 * the test on any console error or CSP violation, so pdfmake and docx run under the strict CSP
 * of the production build.
 */
test.use({ actionTimeout: 20_000 });

const D1_1 = 'Signalen herkennen bij opname en tijdens het verblijf';
const ACTION = '=SUM(1;2) Signalenlijst bespreken met het team';

async function createRound(page: Page): Promise<void> {
  await page.goto('/zelfevaluatie');
  await page.getByLabel('Naam van de voorziening').fill('De Vlinder');
  await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'Antwerpen' });
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  await page.getByRole('link', { name: 'De Vlinder', exact: true }).click();
  await page.getByLabel('Periode', { exact: true }).fill('2026 voorjaar');
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie\/ronde\/[^/?]+/);
  const card = page.getByRole('region', { name: new RegExp(D1_1) });
  await card.getByRole('radio', { name: '2 – Gepland', exact: true }).check();
  await card.getByRole('button', { name: 'Actie toevoegen' }).click();
  await card.getByLabel('Wat gaat u doen?').fill(ACTION);
  await card.getByLabel('Verantwoordelijke (functie)').fill('Teamcoördinator');
  await card.getByLabel('Tegen').fill('2027-03-15');
  // Below 62em the save status uses its short wording ("Opgeslagen 10:15").
  await expect(
    page.getByText(/^(Alle wijzigingen opgeslagen om|Opgeslagen) \d\d:\d\d$/),
  ).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const path = await file.path();
  await expect(
    page.getByRole('status').filter({ hasText: 'is gemaakt en gedownload' }),
  ).toBeVisible();
  return { file, bytes: readFileSync(path) };
}

test('a team downloads its round as PDF, Word and CSV and reads each file', async ({
  page,
  watched,
}) => {
  test.setTimeout(180_000);
  void watched;
  await createRound(page);

  await page.goto('/rapporten');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapporten');
  await expect(page.getByLabel('Voorziening', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('Ronde', { exact: true })).toContainText('2026 voorjaar');
  await expectNoAxeViolations(page);
  // Teams make reports on a shared tablet or a phone too: the page must not scroll sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  const pdf = await download(page, 'PDF maken');
  expect(pdf.file.suggestedFilename()).toMatch(
    /^rapport-de-vlinder-2026-voorjaar-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const { text } = await pdfText(new Uint8Array(pdf.bytes));
  expect(text).toContain('De Vlinder');
  expect(text).toContain('v1.0.0');
  expect(holds(text, 'Detectie en assessment')).toBe(true);
  expect(holds(text, 'Kwaliteitszorg en evaluatie')).toBe(true);
  expect(holds(text, ACTION)).toBe(true);

  const docx = await download(page, 'Word-bestand maken');
  expect(docx.file.suggestedFilename()).toMatch(/^rapport-de-vlinder-2026-voorjaar-.*\.docx$/);
  const word = docxContent(new Uint8Array(docx.bytes));
  expect(word.text).toContain('De Vlinder');
  expect(word.footerXml).toContain('v1.0.0');
  expect(word.text).toContain('Detectie en assessment');
  expect(word.text).toContain(ACTION);
  // The charts: SVG with the PNG the browser drew as fallback.
  expect(word.files.some((f) => f.endsWith('.svg'))).toBe(true);
  expect(word.files.some((f) => f.endsWith('.png'))).toBe(true);

  const csv = await download(page, 'CSV maken');
  expect(csv.file.suggestedFilename()).toMatch(/\.csv$/);
  const { readCsv, UTF8_BOM } = await import('../../src/io/reports/csv');
  const csvText = csv.bytes.toString('utf8');
  expect(csvText.startsWith(UTF8_BOM)).toBe(true);
  const [head, ...rows] = readCsv(csvText, ';');
  expect(rows).toHaveLength(64);
  const first = rows[0]!;
  expect(first[head!.indexOf('kader_versie')]).toBe('1.0.0');
  expect(first[head!.indexOf('voorziening')]).toBe('De Vlinder');
  expect(first[head!.indexOf('score_pct')]).toBe('25');
  expect(first[head!.indexOf('verbeteracties')]).toMatch(/^'=SUM/);

  // The board version and English: fewer sections, another language.
  await page.getByRole('button', { name: 'Korte versie voor het bestuur' }).click();
  await expect(page.getByRole('checkbox', { name: 'Grafieken' })).not.toBeChecked();
  await page.getByLabel('Taal van het rapport').selectOption('en');
  const board = await download(page, 'PDF maken');
  const boardText = (await pdfText(new Uint8Array(board.bytes))).text;
  expect(boardText).toContain('Summary');
  expect(boardText).toContain('Improvement plan');
  expect(boardText).not.toContain('Appendix: scoring rules');

  // Improvement plan on its own.
  await page.getByRole('radio', { name: /Verbeterplan/ }).check();
  const plan = await download(page, 'PDF maken');
  expect(plan.file.suggestedFilename()).toMatch(/^improvement-plan-de-vlinder-/);
  expect(holds((await pdfText(new Uint8Array(plan.bytes))).text, ACTION)).toBe(true);
});

test('the results page prints with the print stylesheet', async ({ page, watched }) => {
  void watched;
  await createRound(page);
  await page.goto('/resultaten');
  await page
    .getByRole('link', { name: /2026 voorjaar/ })
    .first()
    .click();
  const print = page.getByRole('button', { name: 'Afdrukken / opslaan als PDF' });
  await expect(print).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await print.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(print).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an evaluator downloads an anonymised comparison report in every format', async ({
  page,
  watched,
}) => {
  test.setTimeout(180_000);
  void watched;
  await page.goto('/instellingen');
  await page.getByRole('button', { name: 'Demogegevens laden' }).click();
  await expect(page.getByText(/Demogegevens geladen: 40 voorzieningen/)).toBeVisible();

  await page.goto('/rapporten');
  await expect(
    page.getByText('Er is nog geen ronde om over te rapporteren.', { exact: false }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ook demogegevens tonen' }).check();
  await page.getByRole('radio', { name: /Vergelijkingsrapport/ }).check();
  await page.getByRole('checkbox', { name: /Namen en codes verbergen/ }).check();
  await expectNoAxeViolations(page);

  const secrets = [/Demo [A-Z]/, /DEMO-\d/];
  const pdf = await download(page, 'PDF maken');
  expect(pdf.file.suggestedFilename()).toMatch(/^vergelijking-kwaliteitskader-tienerpooiers-/);
  const { text } = await pdfText(new Uint8Array(pdf.bytes));
  expect(text).toContain('Voorziening A');
  expect(text).toContain('Rangschikking');
  for (const secret of secrets) expect(text).not.toMatch(secret);

  const docx = docxContent(new Uint8Array((await download(page, 'Word-bestand maken')).bytes));
  expect(docx.text).toContain('Voorziening A');
  for (const secret of secrets) expect(docx.xml + docx.footerXml).not.toMatch(secret);

  const csv = (await download(page, 'CSV maken')).bytes.toString('utf8');
  expect(csv).toContain('Voorziening A');
  for (const secret of secrets) expect(csv).not.toMatch(secret);
});
