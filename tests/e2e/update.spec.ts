import { test, expect, type Page } from '@playwright/test';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  appendFileSync,
  rmSync,
  existsSync,
  statSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

/*
 * A new version of the app must never reload the page by itself: the user is asked first.
 * The production build is copied to a folder served by a tiny server of this test, so the
 * test can publish a "new version" (a changed service worker) while the page is open.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

let root = '';
let server: Server;
let base = '';

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kk-update-'));
  cpSync('dist', root, { recursive: true });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, 'index.html'); // SPA fallback, as any static host is set up
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

async function waitForControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
      );
    }
  });
}

let release = 0;
/** Publishes a new version of the app and lets the open page find it, as browsers do. */
async function publishNewVersion(page: Page): Promise<void> {
  appendFileSync(join(root, 'sw.js'), `\n// release ${++release}\n`);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

async function expectPromptThenReload(page: Page): Promise<void> {
  const name = page.getByLabel('Naam van de voorziening');
  await name.fill('Half getypte naam');
  await publishNewVersion(page);

  const banner = page
    .getByRole('status')
    .filter({ hasText: 'Er is een nieuwe versie van de toepassing' });
  await expect(banner).toBeVisible();
  // Nothing reloads by itself: what was typed is still there.
  await page.waitForTimeout(1000);
  await expect(name).toHaveValue('Half getypte naam');

  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Nu vernieuwen' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfevaluatie' })).toBeVisible();
  await expect(page.getByLabel('Naam van de voorziening')).toHaveValue('');
  await expect(page.getByText('Er is een nieuwe versie van de toepassing')).toHaveCount(0);
}

test('on a later visit, a new version waits for the user and reloads when asked', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/zelfevaluatie`);
  await waitForControl(page);
  await page.reload();
  await expectPromptThenReload(page);
  expect(errors).toEqual([]);
});

test('on the very first visit too, the reload button really reloads', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/zelfevaluatie`);
  await waitForControl(page);
  await expectPromptThenReload(page);
  expect(errors).toEqual([]);
});
