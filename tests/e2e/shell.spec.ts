import { test, expect, expectNoAxeViolations, waitForServiceWorker } from './fixtures';

const AREAS_NL = [
  { path: '/', heading: 'Welkom' },
  { path: '/kader', heading: 'Kader' },
  { path: '/zelfevaluatie', heading: 'Zelfevaluatie' },
  { path: '/resultaten', heading: 'Resultaten' },
  { path: '/vergelijken', heading: 'Vergelijken' },
  { path: '/rapporten', heading: 'Rapporten' },
  { path: '/instellingen', heading: 'Instellingen' },
];

test('works offline after the first visit, by URL and by menu, in the remembered language', async ({
  page,
  context,
  watched: _watched,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
  await waitForServiceWorker(page);

  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A deep link typed into the address bar while offline.
  await page.goto('/instellingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // A nested deep link: the bundled framework itself comes from the precache.
  await page.goto('/kader/kwaliteitskader-tienerpooiers/1.0.0');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: /^Quality framework for the care of minor victims/,
    }),
  ).toBeVisible();
  await expect(page.getByText('D8.1', { exact: true }).first()).toBeAttached();

  // And through the menu.
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name: 'Self-assessment' }).click();
  await expect(page).toHaveURL(/\/zelfevaluatie$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Self-assessment' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await context.setOffline(false);
});

test('every area page has no axe violations and no console errors', async ({
  page,
  watched: _watched,
}) => {
  for (const area of AREAS_NL) {
    await page.goto(area.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(area.heading);
    await expectNoAxeViolations(page);
  }
});

test('no request leaves the origin and the CSP forbids inline code', async ({ page, watched }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toContain('unsafe-eval');
  for (const area of AREAS_NL) {
    await page.goto(area.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // An inline script is blocked: proves the policy is really enforced.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.appendChild(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  // That blocked script is the one expected violation.
  const violations = watched.consoleErrors.filter(
    (e) => e.includes('CSP violation') || e.includes('Content Security Policy'),
  );
  expect(violations.length).toBeGreaterThan(0);
  watched.consoleErrors.length = 0;
});

test('the web manifest makes the app installable', async ({ page, request, watched: _watched }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest.name).toBe('Kwaliteitskader tienerpooiers');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
  }
});
