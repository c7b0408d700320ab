import { chromium, type Browser } from '@playwright/test';

/**
 * The system Chromium (never a downloaded one) with everything that would add noise to the
 * figures switched off: background networking, updates, sync, the GPU.
 */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
