import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every browser test watches for console errors, CSP violations and requests that leave
 * the origin; a test fails on any of them unless it says otherwise.
 */
export const test = base.extend<{
  watched: { consoleErrors: string[]; foreignRequests: string[] };
}>({
  // Pages are prerendered: they show before the app runs, and a click or a typed letter
  // before React has taken the page over is lost, as it would be for a person. So a test's
  // goto and reload wait until the app is live (main.tsx marks it), as a person waits for a
  // page to finish loading. With JavaScript disabled there is nothing to wait for.
  page: async ({ page, javaScriptEnabled }, use) => {
    await use(javaScriptEnabled === false ? page : liveNavigation(page));
  },
  watched: async ({ page, baseURL }, use) => {
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    page.context().on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreignRequests.push(url);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use({ consoleErrors, foreignRequests });
    expect(foreignRequests, 'requests leaving the origin').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Resolves once the app has taken the prerendered page over (main.tsx marks it). */
export async function waitUntilLive(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const html = document.documentElement;
    return !html.hasAttribute('data-prerendered-path') || html.dataset.appReady === 'true';
  });
}

/**
 * Makes a page's goto and reload wait until the app is live. The test's own page gets this
 * from the fixture; a page a test opens itself (another tab, another device's context) needs
 * it too, or its first click can land on the prerendered page and be lost.
 */
export function liveNavigation(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (options?.waitUntil !== 'commit') await waitUntilLive(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    if (options?.waitUntil !== 'commit') await waitUntilLive(page);
    return response;
  };
  return page;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/** Waits until the service worker controls the page, so later visits work offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}
