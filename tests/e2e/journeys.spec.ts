import { mkdirSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

// The main journeys, run in three projects (desktop 1280×800, tablet 768×1024 with touch, phone
// 390×844 with touch): every page is checked with axe and for horizontal page scroll, and the
// scoring, results and trend screens are photographed into screenshots/ (git-ignored).
const SHOTS = 'screenshots';

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(size.scrollWidth, 'no horizontal page scroll').toBeLessThanOrEqual(size.innerWidth);
}

async function screenshot(page: Page, info: TestInfo, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  // The pointer of the last click or tap would leave a chart's tooltip over the picture.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/${name}-${info.project.name}.png` });
}

/** A tap on a touch screen, a click elsewhere, at a point; returns that point. */
async function tapAt(page: Page, target: Locator, touch: boolean) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('not visible');
  const point = { x: box.x + Math.min(box.width / 2, 60), y: box.y + box.height / 2 };
  if (touch) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
  return point;
}

const card = (page: Page, code: string): Locator =>
  page.getByRole('region', { name: new RegExp(`^${code.replace('.', '\\.')} `) });

test('create a facility, start a round, score by tap, N/A with a reason, results, trend, settings', async ({
  page,
  watched: _watched,
}, testInfo) => {
  // Axe at every step and three screenshots take a while on a busy machine.
  test.setTimeout(180_000);
  const touch = testInfo.project.name !== 'desktop';
  const viewport = page.viewportSize()!;

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkPage(page);

  // ---- Create a facility ------------------------------------------------------------------
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Zelfevaluatie' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfevaluatie' })).toBeVisible();
  await page.getByLabel('Naam van de voorziening').fill('De Zande');
  await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
  await page.getByLabel('Provincie of regio').selectOption({ label: 'West-Vlaanderen' });
  await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
  const row = page.getByRole('row', { name: /De Zande/ });
  await expect(row).toBeVisible();
  await checkPage(page);

  // ---- Start a round ----------------------------------------------------------------------
  await row.getByRole('link', { name: 'De Zande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'De Zande' })).toBeVisible();
  await page.getByLabel('Periode').fill('2026 voorjaar');
  await checkPage(page);
  await page.getByRole('button', { name: 'Ronde starten' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'De Zande – 2026 voorjaar' }),
  ).toBeVisible();
  const d11 = card(page, 'D1.1');
  await expect(d11).toBeVisible();
  if (testInfo.project.name === 'desktop') {
    // On a laptop the first criterion and its first level are in view without scrolling.
    const first = await d11.getByRole('radio').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(viewport.height);
  }
  // The sticky bar is one line at every size, also before the first save (it was ~190 px on a
  // phone while it still said that changes are saved automatically).
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, testInfo, 'scoring');
  const bar = await page.locator('.scoring-bar').boundingBox();
  expect(bar!.height, 'height of the sticky bar').toBeLessThanOrEqual(64);
  await checkPage(page);

  // ---- Score by tap: every level of a card, the tap lands inside the card ------------------
  const options = d11.locator('label.level-option');
  const count = await options.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) {
    const option = options.nth(i);
    const point = await tapAt(page, option, touch);
    await expect(option.getByRole('radio')).toBeChecked();
    const inside = await page.evaluate(
      ({ x, y }) =>
        document
          .elementFromPoint(x, y)
          ?.closest('[data-criterion-id]')
          ?.getAttribute('data-criterion-id') ?? null,
      point,
    );
    expect(inside, `tap on option ${i + 1} lands in its card`).toBe(
      await d11.getAttribute('data-criterion-id'),
    );
  }
  // The last option is N/A: it asks for a reason.
  const reason = d11.getByLabel('Waarom is dit niet van toepassing?');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await reason.fill('Aanmelden gebeurt centraal door de koepel');
  await expect(reason).not.toHaveAttribute('aria-invalid', 'true');
  await tapAt(page, card(page, 'D1.2').locator('label.level-option').nth(2), touch);
  await expect(card(page, 'D1.2').getByRole('radio', { name: '3 – In uitvoering' })).toBeChecked();
  await expect(
    page.getByRole('progressbar', { name: 'Voortgang: 2 van 64 criteria' }),
  ).toBeVisible();
  await expect(
    page
      .locator('.scoring-bar')
      .getByText(
        testInfo.project.name === 'desktop' ? '2 van 64 criteria beantwoord of n.v.t.' : '2/64',
      ),
  ).toBeVisible();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^(Alle wijzigingen opgeslagen om|Opgeslagen) \d\d:\d\d$/ }),
  ).toBeVisible();
  if (testInfo.project.name !== 'desktop') {
    // Scrolled to D1.2 and saved: the bar is still one line.
    const saved = await page.locator('.scoring-bar').boundingBox();
    expect(saved!.height, 'height of the sticky bar after saving').toBeLessThanOrEqual(64);
    await screenshot(page, testInfo, 'scoring-saved');
  }

  if (touch) {
    // Touch targets in a card and in the sticky bar are at least 44×44 px.
    const targets = page.locator(
      '.scoring-bar .button, .criterion-card .button, .criterion-card label.level-option, .criterion-card summary',
    );
    const boxes = await targets.evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent?.trim().slice(0, 30), w: r.width, h: r.height };
        }),
    );
    for (const b of boxes) {
      expect(b.h, `height of "${b.text}"`).toBeGreaterThanOrEqual(44);
      expect(b.w, `width of "${b.text}"`).toBeGreaterThanOrEqual(44);
    }
  }

  // ---- Another domain: the sidebar on a laptop, the compact selector on a tablet or phone ---
  if (testInfo.project.name === 'desktop') {
    await page
      .getByRole('navigation', { name: 'Domeinen' })
      .getByRole('link', { name: /^D2 / })
      .click();
  } else {
    await page.locator('.domain-picker > summary').click();
    await checkPage(page);
    await page
      .getByRole('navigation', { name: 'Domeinen' })
      .getByRole('link', { name: /^D2 / })
      .click();
    await expect(page.getByRole('navigation', { name: 'Domeinen' })).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 2, name: /^D2 / })).toBeFocused();
  await checkPage(page);

  // ---- Results ------------------------------------------------------------------------------
  await page.getByRole('main').getByRole('link', { name: 'Resultaten', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Resultaten 2026 voorjaar' }),
  ).toBeVisible();
  await expect(page.locator('.chart-frame svg').first()).toBeVisible();
  await checkPage(page);
  await screenshot(page, testInfo, 'results');
  await page.getByRole('heading', { name: 'Grafieken' }).scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'results-charts');

  // ---- Trend --------------------------------------------------------------------------------
  await page.getByRole('link', { name: 'Verloop over de rondes' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verloop: De Zande' })).toBeVisible();
  await expect(page.locator('.chart-frame svg').first()).toBeVisible();
  await checkPage(page);
  // The chart itself in view, drawn (its line or point) before the picture is taken.
  const trendChart = page.locator('.chart-frame').first();
  await trendChart.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(
    trendChart.locator('svg .recharts-line-dots circle, svg .recharts-line-dot').first(),
  ).toBeVisible();
  await screenshot(page, testInfo, 'trend');

  // ---- Settings -----------------------------------------------------------------------------
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await checkPage(page);
});
