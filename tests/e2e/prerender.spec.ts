import { test, expect, waitForServiceWorker } from './fixtures';
import type { Page } from '@playwright/test';

/*
 * The build prerenders each area's first screen (src/prerender). These tests read that HTML
 * as the browser paints it before any script runs, and check that the app then takes it
 * over (hydrates) rather than painting it again.
 */

const AREAS: { path: string; heading: string | RegExp }[] = [
  { path: '/', heading: 'Welkom' },
  { path: '/kader', heading: 'Kader' },
  // The frame while the catalogue loads is headed "Kader"; then the framework's own title.
  { path: '/kader/kwaliteitskader-tienerpooiers/1.0.0', heading: /kader/i },
  { path: '/zelfevaluatie', heading: 'Zelfevaluatie' },
  { path: '/resultaten', heading: 'Resultaten' },
  { path: '/resultaten/scoreregels', heading: 'Scoreregels' },
  { path: '/vergelijken', heading: 'Vergelijken' },
  { path: '/rapporten', heading: 'Rapporten' },
  { path: '/instellingen', heading: 'Instellingen' },
];

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('each area page is HTML with its menu and heading', async ({ page, watched: _watched }) => {
    for (const area of AREAS) {
      await page.goto(area.path);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(area.heading);
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await expect(menu.getByRole('link', { name: 'Zelfevaluatie' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
    }
  });
});

/** Records whether the page's h1 was ever taken out of the document (a repaint). */
async function watchHeading(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { headingReplaced: boolean };
    w.headingReplaced = false;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.removedNodes) {
          if (node instanceof Element && (node.matches('h1') || node.querySelector('h1'))) {
            w.headingReplaced = true;
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

test('the app takes over the prerendered page without painting it again', async ({
  page,
  watched: _watched,
}) => {
  await watchHeading(page);
  for (const area of [AREAS[0]!, AREAS[1]!, AREAS[5]!]) {
    await page.goto(area.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(area.heading);
    // Interactive: the language switch works, so React is running on this very DOM.
    await page.waitForFunction(() => !document.documentElement.classList.contains('kk-hold'));
    expect(
      await page.evaluate(
        () => (window as unknown as { headingReplaced: boolean }).headingReplaced,
      ),
    ).toBe(false);
  }
  await page.getByLabel('Taal', { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Scoring rules');
});

test('English chosen earlier: no Dutch text is shown before the app renders', async ({
  page,
  watched: _watched,
}) => {
  await page.addInitScript(() => localStorage.setItem('kwaliteitskader.language', 'en'));
  // Hold the app's script back: what is painted now is the static page alone.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('#root h1')).toBeAttached();
  await expect(page.locator('#root')).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a deep link served the start page by the host shows only its own page', async ({
  page,
  watched: _watched,
}) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/zelfevaluatie/voorziening/onbekend', { waitUntil: 'commit' });
  await expect(page.locator('#root h1')).toBeAttached();
  await expect(page.locator('#root')).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Welkom/);
  await expect(page.locator('#root')).toBeVisible();
});

test('offline, the service worker serves each area its own prerendered page', async ({
  page,
  context,
  watched: _watched,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const area of AREAS) {
    await page.goto(area.path);
    await expect(page.locator('html')).toHaveAttribute('data-prerendered-path', area.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(area.heading);
  }
  await context.setOffline(false);
});
