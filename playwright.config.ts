import { defineConfig } from '@playwright/test';

// The browser tests drive the system Chromium against the production build; Playwright's
// own browser download is never used. CHROMIUM_PATH points to another Chromium binary.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // No retries: a failure that a rerun hides is still a failure.
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'nl-BE',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The main journeys and the comparison views (issue 12: axe and no sideways scroll at every
  // size) run at three sizes; the other specs, which test behaviour rather than layout, run on
  // the desktop only, to keep a run reasonable on a 2-core machine.
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'tablet',
      testMatch: /(journeys|compare-views|reports|other-framework)\.spec\.ts$/,
      use: { viewport: { width: 768, height: 1024 }, hasTouch: true },
    },
    {
      name: 'phone',
      testMatch: /(journeys|compare-views|reports|other-framework)\.spec\.ts$/,
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
