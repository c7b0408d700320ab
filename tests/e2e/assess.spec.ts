import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, liveNavigation } from './fixtures';

// The same browser arguments as playwright.config.ts: a persistent context is launched by hand,
// because only a user-data directory survives closing the browser (normal contexts share nothing).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Session {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/** A browser on `userDataDir`, watched like the `watched` fixture watches the default page. */
async function openBrowser(userDataDir: string, baseURL: string): Promise<Session> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ARGS,
    baseURL,
    locale: 'nl-BE',
    viewport: { width: 1280, height: 800 },
  });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseURL).origin;
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  const page = liveNavigation(context.pages()[0] ?? (await context.newPage()));
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  return { context, page, consoleErrors, foreignRequests };
}

function expectClean(session: Session): void {
  expect(session.foreignRequests, 'requests leaving the origin').toEqual([]);
  expect(session.consoleErrors, 'console errors').toEqual([]);
}

const card = (page: Page, code: string): Locator =>
  page.getByRole('region', { name: new RegExp(`^${code.replace('.', '\\.')} `) });

test('a team scores a round; everything survives closing the browser right after typing', async ({
  baseURL,
  watched: _watched,
}) => {
  // Two browser launches and six axe runs take a while.
  test.setTimeout(240_000);
  const userDataDir = mkdtempSync(join(tmpdir(), 'kk-assess-'));
  try {
    // ---- First afternoon ------------------------------------------------------------------
    const first = await openBrowser(userDataDir, baseURL!);
    let page = first.page;
    await page.goto('/zelfevaluatie');
    await expect(page.getByRole('heading', { level: 1, name: 'Zelfevaluatie' })).toBeVisible();
    await expectNoAxeViolations(page);

    // An empty name is refused with a message at the field.
    await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
    await expect(page.getByLabel('Naam van de voorziening')).toHaveAccessibleDescription(
      'Vul de naam van de voorziening in.',
    );
    await page.getByLabel('Naam van de voorziening').fill('Gemeenschapsinstelling De Zande');
    await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
    await page.getByLabel('Provincie of regio').selectOption({ label: 'West-Vlaanderen' });
    await page.getByLabel('Code (optioneel)').fill('GI-ZA');
    await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
    const row = page.getByRole('row', { name: /Gemeenschapsinstelling De Zande/ });
    await expect(row).toContainText('GI-ZA');
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: 'Gemeenschapsinstelling De Zande' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Gemeenschapsinstelling De Zande' }),
    ).toBeVisible();
    await expect(page.getByLabel('Kader en versie')).toHaveValue(
      'kwaliteitskader-tienerpooiers@1.0.0',
    );
    await page.getByLabel('Periode').fill('2026 voorjaar');
    await page.getByRole('button', { name: 'Functie toevoegen' }).click();
    const participant = page.getByRole('group', { name: 'Deelnemer 1' });
    await participant.getByLabel('Functie').fill('begeleider');
    await participant.getByLabel('Aantal').fill('4');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ronde starten' }).click();

    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Gemeenschapsinstelling De Zande – 2026 voorjaar',
      }),
    ).toBeVisible();
    const roundUrl = page.url();
    await expect(page.getByText('0 van 64 criteria beantwoord of n.v.t.')).toBeVisible();
    await expectNoAxeViolations(page);

    // By mouse.
    await card(page, 'D1.1').getByRole('radio', { name: '3 – In uitvoering' }).check();
    await expect(
      page.getByRole('status').filter({ hasText: /Alle wijzigingen opgeslagen om/ }),
    ).toBeVisible();
    // By keyboard: "next unanswered" focuses the next card, number keys choose the level.
    await page.getByRole('button', { name: 'Volgende onbeantwoorde (J)' }).click();
    await expect(card(page, 'D1.2')).toBeFocused();
    await page.keyboard.press('4');
    await expect(
      card(page, 'D1.2').getByRole('radio', { name: '4 – Uitgevoerd en geëvalueerd' }),
    ).toBeChecked();
    await page.keyboard.press('j');
    await expect(card(page, 'D1.3')).toBeFocused();
    await page.keyboard.press('5');
    await expect(
      card(page, 'D1.3').getByRole('radio', { name: '5 – Verankerd en continu verbeterd' }),
    ).toBeChecked();
    // N/A with a reason.
    await page.keyboard.press('j');
    await expect(card(page, 'D1.4')).toBeFocused();
    await page.keyboard.press('n');
    const reason = card(page, 'D1.4').getByLabel('Waarom is dit niet van toepassing?');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await reason.fill('Aanmelden gebeurt centraal door de koepel');
    await expect(reason).not.toHaveAttribute('aria-invalid', 'true');

    // Evidence on D1.1.
    const d11 = card(page, 'D1.1');
    await d11.getByRole('button', { name: 'Bewijsstuk toevoegen' }).click();
    const evidence = d11.getByRole('group', { name: 'Bewijsstuk 1' });
    await expect(evidence.getByLabel('Notitie')).toBeFocused();
    await evidence.getByLabel('Soort').selectOption({ label: 'Document' });
    await evidence.getByLabel('Notitie').fill('Signalenlijst wordt bij elke opname overlopen');
    await evidence.getByLabel('Verwijzing (optioneel)').fill('procedure onthaal v3');

    // An improvement action on D1.2, typed last.
    const d12 = card(page, 'D1.2');
    await d12.getByRole('button', { name: 'Actie toevoegen' }).click();
    const action = d12.getByRole('group', { name: 'Actie 1' });
    await action.getByLabel('Verantwoordelijke (functie)').fill('teamverantwoordelijke');
    await action.getByLabel('Tegen').fill('2026-12-31');
    await action.getByLabel('Stand van zaken').selectOption({ label: 'Lopend' });
    await expectNoAxeViolations(page);
    await action
      .getByLabel('Wat gaat u doen?')
      .fill('Afspraak met het erkend centrum over consult');
    expectClean(first);
    // The browser goes away immediately after the last keystroke.
    await first.context.close();

    // ---- Weeks later, a new browser on the same device --------------------------------------
    const second = await openBrowser(userDataDir, baseURL!);
    page = second.page;
    await page.goto('/zelfevaluatie');
    const againRow = page.getByRole('row', { name: /Gemeenschapsinstelling De Zande/ });
    await expect(againRow).toContainText('2026 voorjaar');
    await page.goto(roundUrl);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Gemeenschapsinstelling De Zande – 2026 voorjaar',
      }),
    ).toBeVisible();
    await expect(
      card(page, 'D1.1').getByRole('radio', { name: '3 – In uitvoering' }),
    ).toBeChecked();
    await expect(
      card(page, 'D1.2').getByRole('radio', { name: '4 – Uitgevoerd en geëvalueerd' }),
    ).toBeChecked();
    await expect(
      card(page, 'D1.3').getByRole('radio', { name: '5 – Verankerd en continu verbeterd' }),
    ).toBeChecked();
    await expect(
      card(page, 'D1.4').getByRole('radio', { name: 'N.v.t. – Niet van toepassing' }),
    ).toBeChecked();
    await expect(card(page, 'D1.4').getByLabel('Waarom is dit niet van toepassing?')).toHaveValue(
      'Aanmelden gebeurt centraal door de koepel',
    );
    const ev = card(page, 'D1.1').getByRole('group', { name: 'Bewijsstuk 1' });
    await expect(ev.getByLabel('Notitie')).toHaveValue(
      'Signalenlijst wordt bij elke opname overlopen',
    );
    await expect(ev.getByLabel('Verwijzing (optioneel)')).toHaveValue('procedure onthaal v3');
    const act = card(page, 'D1.2').getByRole('group', { name: 'Actie 1' });
    await expect(act.getByLabel('Wat gaat u doen?')).toHaveValue(
      'Afspraak met het erkend centrum over consult',
    );
    await expect(act.getByLabel('Verantwoordelijke (functie)')).toHaveValue(
      'teamverantwoordelijke',
    );
    await expect(act.getByLabel('Tegen')).toHaveValue('2026-12-31');
    await expect(act.getByLabel('Stand van zaken')).toHaveValue('in-progress');
    await expect(page.getByText('4 van 64 criteria beantwoord of n.v.t.')).toBeVisible();
    // Whatever came back from the journal is in IndexedDB now, not only on screen.
    await expect(
      page.getByRole('status').filter({ hasText: /Niet alles is opgeslagen/ }),
    ).toHaveCount(0);

    // Finalise: everything locks.
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.getByRole('button', { name: 'Ja, afronden' }).click();
    await expect(page.getByText(/^Afgerond op /)).toBeVisible();
    await expect(card(page, 'D1.1').getByRole('radio', { name: '2 – Gepland' })).toBeDisabled();
    // No edit-only controls after finalising: what was entered reads as text.
    await expect(card(page, 'D1.1').getByLabel('Doel')).toHaveCount(0);
    await expect(card(page, 'D1.1').getByText(/^Doel: 4 – .* \(de norm\)$/)).toBeVisible();
    await expect(ev).toHaveCount(0);
    await expect(
      card(page, 'D1.1').getByText('Signalenlijst wordt bij elke opname overlopen'),
    ).toBeVisible();
    await expect(card(page, 'D1.2').getByLabel('Wat gaat u doen?')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Resultaten bekijken' })).toBeVisible();
    await expect(
      card(page, 'D1.1').getByRole('button', { name: 'Bewijsstuk toevoegen' }),
    ).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Reopen: a reason is required.
    await page.getByRole('button', { name: 'Heropenen' }).click();
    await page.getByRole('button', { name: 'Ronde heropenen' }).click();
    await expect(page.getByText('Geef een reden op om de ronde te heropenen.')).toBeVisible();
    await page.getByLabel('Reden om te heropenen').fill('Bijkomend bewijs van het teamoverleg');
    await page.getByRole('button', { name: 'Ronde heropenen' }).click();
    await expect(card(page, 'D1.1').getByRole('radio', { name: '2 – Gepland' })).toBeEnabled();
    await expect(ev.getByLabel('Notitie')).toBeEditable();
    await expect(page.getByText(/– Bijkomend bewijs van het teamoverleg$/)).toBeVisible();
    await card(page, 'D1.1').getByRole('radio', { name: '4 – Uitgevoerd en geëvalueerd' }).check();
    await expect(
      page.getByRole('status').filter({ hasText: /Alle wijzigingen opgeslagen om/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    expectClean(second);
    await second.context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
