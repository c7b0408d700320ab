import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { liveNavigation } from './fixtures';

/**
 * A killed browser (SIGKILL: no unload, no flush) must never make things worse. Chromium writes
 * localStorage to disk lazily, so after a kill the journal on disk is stale; IndexedDB commits
 * survive. Per trial: type a first part and let it save, type a second part, wait a while, kill
 * the whole browser process group, reopen the same profile and look.
 * - text typed 300 ms or more before the kill is back in full;
 * - saved text is never replaced by older text (the note always starts with what was saved);
 * - no conflict message appears (no other window wrote).
 *
 * The browser is launched by hand (not by Playwright) so it can be killed like a crash.
 */

const CDP_PORT = Number(process.env.E2E_CDP_PORT || 4193);
const DELAYS_MS = [50, 300, 1000, 5000];
const TRIALS_PER_DELAY = 3;

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-session-crashed-bubble',
  '--hide-crash-restore-bubble',
  '--lang=nl-BE',
  '--window-size=1280,900',
];

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
  errors: string[];
}

async function launch(profile: string): Promise<Running> {
  const child = spawn(
    process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    [...ARGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${CDP_PORT}`, 'about:blank'],
    // Its own process group, so the kill takes every child process with it, like a crash.
    { detached: true, stdio: 'ignore' },
  );
  let browser: Browser | null = null;
  for (let attempt = 0; attempt < 100 && !browser; attempt++) {
    try {
      browser = await chromium.connectOverCDP(`http://127.0.0.1:${CDP_PORT}`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  if (!browser) throw new Error('Chromium did not start');
  const context = browser.contexts()[0]!;
  const page = liveNavigation(context.pages()[0] ?? (await context.newPage()));
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { process: child, browser, page, errors };
}

async function kill(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.process.once('exit', resolve));
  process.kill(-running.process.pid!, 'SIGKILL');
  await exited;
  // The CDP connection died with the process; release it without waiting for a reply.
  void running.browser.close().catch(() => undefined);
}

const noteOf = (page: Page) =>
  page
    .getByRole('region', { name: /^D1\.1 / })
    .getByRole('group', { name: 'Bewijsstuk 1' })
    .getByLabel('Notitie');

/** Nothing pending: no save running, no problem reported. */
async function expectSettled(page: Page): Promise<void> {
  await expect(
    page.getByRole('status').filter({ hasText: /Bezig met opslaan|Niet alles is opgeslagen/ }),
  ).toHaveCount(0);
}

/** The note as IndexedDB holds it (read directly, not through the app). */
function storedNote(page: Page, roundId: string): Promise<string | null> {
  return page.evaluate(
    (id) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('kwaliteitskader');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('assessments').objectStore('assessments').get(id);
          request.onsuccess = () => {
            const round = request.result as
              { answers: Record<string, { evidence: { note: string }[] }> } | undefined;
            open.result.close();
            resolve(round?.answers['signalen-herkennen']?.evidence[0]?.note ?? null);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    roundId,
  );
}

/** Waits until what the screen shows is what IndexedDB holds (recovery done and saved). */
async function settledNote(page: Page, roundId: string): Promise<string> {
  await expectSettled(page);
  let shown = '';
  await expect
    .poll(async () => {
      shown = await noteOf(page).inputValue();
      return (await storedNote(page, roundId)) === shown;
    })
    .toBe(true);
  return shown;
}

const savedStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Alle wijzigingen opgeslagen om/ });

test('text typed before a browser crash comes back; nothing saved is replaced; no false conflict', async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const profile = mkdtempSync(join(tmpdir(), 'kk-crash-'));
  let running: Running | null = null;
  try {
    // ---- A round with one evidence note --------------------------------------------------
    running = await launch(profile);
    let page = running.page;
    await page.goto(`${baseURL}/zelfevaluatie`);
    await page.getByLabel('Naam van de voorziening').fill('De Berk');
    await page.getByLabel('Type voorziening').selectOption({ label: 'Gemeenschapsinstelling' });
    await page.getByLabel('Provincie of regio').selectOption({ label: 'Limburg' });
    await page.getByRole('button', { name: 'Voorziening aanmaken' }).click();
    await page.getByRole('link', { name: 'De Berk' }).click();
    await page.getByLabel('Periode').fill('2026 najaar');
    await page.getByRole('button', { name: 'Ronde starten' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'De Berk – 2026 najaar' }),
    ).toBeVisible();
    const roundUrl = page.url();
    const roundId = decodeURIComponent(roundUrl.split('/').pop()!);
    await page
      .getByRole('region', { name: /^D1\.1 / })
      .getByRole('button', { name: 'Bewijsstuk toevoegen' })
      .click();
    await noteOf(page).pressSequentially('Start.');
    await expect(savedStatus(page)).toBeVisible();
    let expected = 'Start.';
    await kill(running);
    running = null;

    const outcomes: string[] = [];
    for (const delay of DELAYS_MS) {
      for (let trial = 1; trial <= TRIALS_PER_DELAY; trial++) {
        running = await launch(profile);
        page = running.page;
        await page.goto(roundUrl);
        const note = noteOf(page);
        await expect(note).toBeVisible();
        // Whatever the previous trial left is saved, and still there.
        const before = await settledNote(page, roundId);
        expect(before, `trial ${delay}/${trial}`).toBe(expected);
        expect(running.errors).toEqual([]);

        // Part one: typed and saved (its journal entry is removed, perhaps not on disk).
        const partOne = ` a${delay}-${trial}`;
        await note.press('Control+End');
        await note.pressSequentially(partOne, { delay: 15 });
        await expect.poll(() => storedNote(page, roundId)).toBe(before + partOne);
        // Part two: typed, then the browser dies `delay` ms after the last keystroke.
        const partTwo = ` b${delay}-${trial}.`;
        await note.pressSequentially(partTwo, { delay: 15 });
        await page.waitForTimeout(delay);
        await kill(running);
        running = null;

        // ---- Reopen --------------------------------------------------------------------
        running = await launch(profile);
        page = running.page;
        await page.goto(roundUrl);
        const after = noteOf(page);
        await expect(after).toBeVisible();
        const saved = before + partOne;
        const full = saved + partTwo;
        if (delay >= 300) await expect(after).toHaveValue(full);
        const value = await settledNote(page, roundId);
        outcomes.push(
          `${delay} ms #${trial}: ${value === full ? 'complete' : `kept ${value.length - saved.length}/${partTwo.length} of part two`}`,
        );
        // Never older than what was saved, never anything but a prefix of what was typed.
        expect(value.startsWith(saved), `trial ${delay}/${trial}: "${value}"`).toBe(true);
        expect(full.startsWith(value), `trial ${delay}/${trial}: "${value}"`).toBe(true);
        await expect(
          page.getByText(/Een ander venster heeft dit criterium intussen gewijzigd/),
        ).toHaveCount(0);
        await expectSettled(page);
        expect(running.errors).toEqual([]);
        expected = value;
        await kill(running);
        running = null;
      }
    }
    console.log(outcomes.join('\n'));
  } finally {
    if (running) await kill(running);
    rmSync(profile, { recursive: true, force: true });
  }
});
