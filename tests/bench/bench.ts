// npm run bench: builds the app together with a bench page, serves both on one origin and
// measures in headless Chromium. Prints figures; asserts nothing (targets are in the issues).
import { build, preview } from 'vite';
import type { Page } from '@playwright/test';
import { launchBenchChromium } from './chromium';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';

const here = import.meta.dirname;
const configFile = resolve(here, 'vite.bench.config.ts');
const FACILITIES = 500;
const ASSESSMENTS = 5000;
const SAVES = 200;
const LIST_RUNS = 5;
const COMPARE_FACILITIES = 500;
const COMPARE_RUNS = 9;
/** Each view is opened this many times (in turn with the others); its median is reported. */
const COMPARE_VIEW_RUNS = 5;
const REPORT_RUNS = 5;
/**
 * View id, menu label, and what is on screen once the view shows what it opens with: a
 * selector and how many times it must match (a chart counts once its drawing is there). No
 * view counts as shown while any chart on the page still says "loading".
 */
const COMPARE_VIEWS = [
  ['ranking', 'Rangschikking', '.chart-frame svg', 1],
  ['distribution', 'Spreiding', '.chart-frame svg', 2],
  ['weak criteria', 'Zwakke criteria', 'table.data', 1],
  ['side by side', 'Naast elkaar', '.side-pick', 1],
  ['over time', 'Verloop', '.chart-frame svg', 1],
  ['heatmap', 'Overzicht per domein', 'table.heatmap', 1],
] as const;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const framework = JSON.parse(
  readFileSync(resolve(here, '../../frameworks/kwaliteitskader-tienerpooiers-1.0.0.json'), 'utf8'),
) as { domains: { criteria: { id: string }[] }[] };
const criterionIds = framework.domains.flatMap((d) => d.criteria.map((c) => c.id));
const EXCHANGE_FACILITIES = 500;
/** Imports of the same batch, each on an emptied device; the figures are their medians. */
const EXCHANGE_RUNS = Number(process.env.BENCH_EXCHANGE_RUNS || 3);
/** Each criterion with the level values of its own scale, so the shared round check passes. */
const benchCriteria = (() => {
  const full = framework as unknown as {
    defaultScale: string;
    scales: { id: string; levels: { value: number }[] }[];
    domains: { criteria: { id: string; scale?: string }[] }[];
  };
  return full.domains.flatMap((d) =>
    d.criteria.map((c) => ({
      id: c.id,
      levels: full.scales
        .find((s) => s.id === (c.scale ?? full.defaultScale))!
        .levels.map((l) => l.value),
    })),
  );
})();

console.log('Building app + bench page ...');
await build({ configFile });
// BENCH_PORT keeps benches of several checkouts on one machine apart.
const port = Number(process.env.BENCH_PORT || 4179);
const server = await preview({ configFile, preview: { port, strictPort: true } });
const base = `http://localhost:${port}`;
const browser = await launchBenchChromium();
try {
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // BENCH_ONLY=exchange runs only the exchange figures (a quicker run while tuning imports),
  // BENCH_ONLY=compare only the comparison figures, BENCH_ONLY=reports only the reports'.
  const only = process.env.BENCH_ONLY;
  if (only === 'reports') {
    await reportFigures(page);
  } else {
    if (only !== 'exchange' && only !== 'compare') await listAndSaveBench(page);
    if (only !== 'compare') await exchangeFigures(page);
    if (only !== 'exchange') await compareFigures(page);
    if (only !== 'exchange' && only !== 'compare') await reportFigures(page);
  }
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}

/** Reports (issue 13): the full report of a 64-criterion round, and the writers' chunk sizes. */
async function reportFigures(page: Page) {
  await page.goto(`${base}/tests/bench/bench.html`);
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  type Figure = { first: number; median: number; bytes: number };
  const r = (await page.evaluate(
    (runs) =>
      (
        window as unknown as { bench: { reportBench(runs: number): Promise<unknown> } }
      ).bench.reportBench(runs),
    REPORT_RUNS,
  )) as { criteria: number; pdf: Figure; docx: Figure; csv: Figure };
  for (const format of ['pdf', 'docx', 'csv'] as const) {
    const f = r[format];
    console.log(
      `Report: full facility report of a ${r.criteria}-criterion round as ${format.toUpperCase()}: median ${f.median.toFixed(0)} ms of ${REPORT_RUNS} (first, with loading the writer: ${f.first.toFixed(0)} ms; ${(f.bytes / 1024).toFixed(0)} KiB file)`,
    );
  }
  // The writers' chunks, gzipped as a server sends them; from the production build when there
  // is one (npm run build), else from the bench build.
  const dist = existsSync(resolve(here, '../../dist/assets')) ? 'dist' : 'dist-bench';
  const assets = resolve(here, '../..', dist, 'assets');
  for (const name of ['pdf', 'docx', 'csv']) {
    const file = readdirSync(assets).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
    if (!file) continue;
    const gz = gzipSync(readFileSync(resolve(assets, file)), { level: 9 }).length;
    console.log(
      `  ${dist}/assets/${file}: ${(gz / 1024).toFixed(1)} KiB gzipped (loaded only when a ${name.toUpperCase()} is made)`,
    );
  }
}

async function listAndSaveBench(page: Page) {
  await page.goto(`${base}/tests/bench/bench.html`);
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');

  type Bench = {
    saveAnswerTimings(n: number, ids: string[]): Promise<{ median: number; p95: number }>;
    seed(f: number, a: number, ids: string[]): Promise<{ seedMs: number }>;
    reset(): Promise<void>;
    listQueries(): Promise<{
      facilitiesMs: number;
      summariesMs: number;
      facilities: number;
      summaries: number;
    }>;
  };
  const save = await page.evaluate(
    ([n, ids]) => (window as unknown as { bench: Bench }).bench.saveAnswerTimings(n, ids),
    [SAVES, criterionIds] as const,
  );
  await page.evaluate(() => (window as unknown as { bench: Bench }).bench.reset());
  const seeded = await page.evaluate(
    ([f, a, ids]) => (window as unknown as { bench: Bench }).bench.seed(f, a, ids),
    [FACILITIES, ASSESSMENTS / FACILITIES, criterionIds] as const,
  );

  const queries = await page.evaluate(() =>
    (window as unknown as { bench: Bench }).bench.listQueries(),
  );

  // Time from starting the navigation to the facility list showing all 500 facilities.
  const listTimes: number[] = [];
  const headingTimes: number[] = [];
  for (let run = 0; run < LIST_RUNS; run++) {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // As a user would: the start page has been open a moment before they pick an area.
    await page.waitForTimeout(1500);
    // Measured inside the page (click to the frame where the text is in the DOM), so the
    // figure does not include the test driver's polling.
    // A string, not a function: tsx would wrap named helpers in `__name`, unknown in the page.
    const timing = (await page.evaluate(`new Promise((resolve) => {
      let heading = -1;
      const t0 = performance.now();
      const observer = new MutationObserver(() => {
        const h1 = document.querySelector('h1');
        if (heading < 0 && h1 && h1.textContent === 'Zelfevaluatie') heading = performance.now() - t0;
        if (document.body.textContent.includes('50 van ${FACILITIES} voorzieningen getoond')) {
          observer.disconnect();
          // The frame after the one that paints the rows.
          requestAnimationFrame(() => setTimeout(() => resolve({ heading, list: performance.now() - t0 }), 0));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Zelfevaluatie').click();
    })`)) as { heading: number; list: number };
    await page.getByRole('link', { name: 'Voorziening 049', exact: true }).waitFor();
    headingTimes.push(timing.heading);
    listTimes.push(timing.list);
  }
  const fmt = (n: number) => n.toFixed(1);
  console.log('');
  console.log(
    `Save one answer (saveAnswer, IndexedDB, median of ${SAVES}): ${fmt(save.median)} ms (p95 ${fmt(save.p95)} ms; target < 20 ms)`,
  );
  console.log(
    `Seed ${FACILITIES} facilities + ${ASSESSMENTS} assessments with ${criterionIds.length} answers each: ${fmt(seeded.seedMs)} ms`,
  );
  console.log(
    `Open the facility list with ${FACILITIES} facilities / ${ASSESSMENTS} assessments (median of ${LIST_RUNS}, menu click until the first 50 rows and the total are painted): ${fmt(median(listTimes))} ms (runs: ${listTimes.map((n) => n.toFixed(0)).join(', ')} ms; target < 300 ms)`,
  );
  console.log(`  of which until the page heading shows: ${fmt(median(headingTimes))} ms`);
  console.log(
    `  the two list queries alone: listFacilities ${fmt(queries.facilitiesMs)} ms (${queries.facilities} rows), listAssessmentSummaries ${fmt(queries.summariesMs)} ms (${queries.summaries} rows)`,
  );
}

async function exchangeFigures(page: Page) {
  const fmt = (n: number) => n.toFixed(1);

  // Exchange files (issue 11), on a fresh page so the list runs above do not weigh on it.
  await page.goto(`${base}/tests/bench/bench.html`);
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  type ExchangeFigures = {
    files: number;
    bytes: number;
    exportMs: number;
    previewMs: number;
    previewRuns: number[];
    applyMs: number;
    applyRuns: number[];
    longestGapMs: number;
    verdicts: Record<string, number>;
    written: number;
    rounds: number;
    decryptMs: number;
    decryptRuns: number[];
    readOnlyMs: number;
    readOnlyRuns: number[];
    inlineMsPerFile: number;
  };
  // BENCH_PROFILE=1 records CPU profiles of the page thread for the export, the summary and the
  // writes apart (console.profile in the page) and prints the functions with the most self time
  // in each (workers are not included).
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  const stageProfiles: { title: string; profile: CpuProfile }[] = [];
  if (cdp) {
    cdp.on('Profiler.consoleProfileFinished', (event) => {
      stageProfiles.push({ title: event.title ?? '?', profile: event.profile });
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const loadBefore = loadavg()[0]!;
  const exchange = (await page.evaluate(
    ([n, criteria, inline, runs]) =>
      (
        window as unknown as {
          bench: {
            exchangeBench(n: number, c: unknown, inline: number, runs: number): Promise<unknown>;
          };
        }
      ).bench.exchangeBench(n, criteria, inline, runs),
    [EXCHANGE_FACILITIES, benchCriteria, cdp ? 100 : 0, EXCHANGE_RUNS] as const,
  )) as ExchangeFigures;
  const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`;
  const list = (runs: number[]) => runs.map((n) => n.toFixed(0)).join(', ');
  if (cdp) {
    for (const { title, profile } of stageProfiles) printProfile(profile, title, 25);
    console.log(`Reading one file on the page thread: ${fmt(exchange.inlineMsPerFile)} ms`);
  }
  console.log(
    `Exchange: export ${exchange.files} facilities' files (2 rounds x ${benchCriteria.length} answers with evidence and actions each, unencrypted, ${(exchange.bytes / 1024 / 1024).toFixed(1)} MiB): ${fmt(exchange.exportMs)} ms (${load})`,
  );
  console.log(
    `Exchange: import all ${exchange.files} files in one batch on an empty device (median of ${EXCHANGE_RUNS}): summary ready in ${fmt(exchange.previewMs)} ms (runs: ${list(exchange.previewRuns)} ms; target < 1500 ms; longest frame gap meanwhile ${fmt(exchange.longestGapMs)} ms; verdicts ${JSON.stringify(exchange.verdicts)}), writes done in ${fmt(exchange.applyMs)} ms (runs: ${list(exchange.applyRuns)} ms; target < 1000 ms; ${exchange.written} files, ${exchange.rounds} rounds stored; ${load})`,
  );
  console.log(
    `  reading, checking and hashing the files in Web Workers alone (before each summary): ${fmt(exchange.readOnlyMs)} ms (runs: ${list(exchange.readOnlyRuns)} ms)`,
  );
  console.log(
    `Exchange: open one encrypted file (PBKDF2-SHA256 600,000 iterations + AES-GCM-256 + checks; median of ${EXCHANGE_RUNS}): ${fmt(exchange.decryptMs)} ms (runs: ${list(exchange.decryptRuns)} ms)`,
  );
}

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};

function printProfile(profile: CpuProfile, what = 'the exchange run', top = 30) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byNode.get(samples[i]!)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  const largest = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`Page-thread self time during ${what} (top ${top}):`);
  for (const [name, ms] of largest) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

/** Comparison (issue 12): aggregation and views over 500 facilities x 2 rounds. */
async function compareFigures(page: Page) {
  const fmt = (n: number) => n.toFixed(1);
  // Comparison (issue 12): 500 facilities x 2 rounds.
  await page.goto(`${base}/tests/bench/bench.html`);
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  // BENCH_PROFILE=1: CPU profiles of the page thread, for the aggregation and for the views.
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  const startProfile = async () => {
    if (!cdp) return;
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  };
  const stopProfile = async (what: string) => {
    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile, what, 15);
  };
  await startProfile();
  const compare = (await page.evaluate(
    ([n, runs]) =>
      (
        window as unknown as {
          bench: { compareBench(n: number, runs: number): Promise<unknown> };
        }
      ).bench.compareBench(n, runs),
    [COMPARE_FACILITIES, COMPARE_RUNS] as const,
  )) as {
    readMs: number;
    aggregateMs: number;
    runs: number[];
    timelineMs: number;
    timelineRuns: number[];
    warmMs: number;
    warmRuns: number[];
    facilitiesInSet: number;
    rounds: number;
  };
  await stopProfile('the comparison aggregation runs');
  console.log(
    `Comparison: aggregate ${compare.facilitiesInSet} facilities (latest of ${compare.rounds} rounds; choose set, score, heatmap, ranking, distributions, weak criteria; nothing scored yet; median of ${COMPARE_RUNS}): ${fmt(compare.aggregateMs)} ms (best ${fmt(Math.min(...compare.runs))} ms; runs: ${compare.runs.map((n) => n.toFixed(0)).join(', ')} ms; target < 100 ms; load average ${loadavg()[0]!.toFixed(1)})`,
  );
  console.log(
    `  then the over-time series, worked out when the over-time view first reads it (scores the ${compare.rounds - compare.facilitiesInSet} older rounds too; median of ${COMPARE_RUNS}): ${fmt(compare.timelineMs)} ms (runs: ${compare.timelineRuns.map((n) => n.toFixed(0)).join(', ')} ms)`,
  );
  console.log(
    `  again with another filter over the same rows (round scores reused; median of ${COMPARE_RUNS}): ${fmt(compare.warmMs)} ms (runs: ${compare.warmRuns.map((n) => n.toFixed(0)).join(', ')} ms)`,
  );
  console.log(
    `  reading the ${compare.rounds} rounds and facilities from IndexedDB before that: ${fmt(compare.readMs)} ms`,
  );

  // Views painted after the data is loaded: the comparison page is open (data read and
  // aggregated), then each view is chosen in the view menu; measured in the page from the click
  // to the frame after the view's content is in the DOM.
  await page.goto(`${base}/vergelijken/overzicht/heatmap`);
  await page
    .getByText(`${COMPARE_FACILITIES} voorzieningen in de set`, { exact: false })
    .waitFor({ timeout: 60_000 });
  const viewTimes = new Map<string, number[]>(COMPARE_VIEWS.map(([view]) => [view, []]));
  /** Openings that showed a chart's "loading" first (its code was not there yet). */
  const waited = new Map<string, number>();
  for (let run = 0; run < COMPARE_VIEW_RUNS; run++) {
    for (const [view, title, marker, count] of COMPARE_VIEWS) {
      await page.waitForTimeout(500);
      // One profile per view, of its first opening (BENCH_PROFILE_RUN=n: of its n-th, from 0).
      const profiled = run === Number(process.env.BENCH_PROFILE_RUN ?? 0);
      if (profiled) await startProfile();
      const { ms, loading } = (await page.evaluate(`new Promise((resolve) => {
        const t0 = performance.now();
        let loading = false;
        const done = () =>
          document.querySelector('h1')?.textContent === 'Vergelijken: ${title}' &&
          document.querySelectorAll(${JSON.stringify(marker)}).length >= ${count} &&
          !document.querySelector('.chart-loading');
        const observer = new MutationObserver(() => {
          loading ||= document.querySelector('.chart-loading') !== null;
          if (done()) {
            observer.disconnect();
            requestAnimationFrame(() =>
              setTimeout(() => resolve({ ms: performance.now() - t0, loading }), 0),
            );
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        [...document.querySelectorAll('nav a')].find((a) => a.textContent === '${title}').click();
      })`)) as { ms: number; loading: boolean };
      if (profiled) await stopProfile(`the switch to ${view}`);
      if (loading) waited.set(view, (waited.get(view) ?? 0) + 1);
      viewTimes.get(view)!.push(ms);
    }
  }
  console.log(
    `Comparison views painted after the data is loaded (${COMPARE_FACILITIES} facilities; menu click until what the view opens with is in the DOM, no chart still loading, and painted; median of ${COMPARE_VIEW_RUNS} openings each, in turn; load average ${loadavg()[0]!.toFixed(1)}):`,
  );
  for (const [view, times] of viewTimes) {
    console.log(
      `  ${view} ${fmt(median(times))} ms (runs: ${times.map((n) => n.toFixed(0)).join(', ')} ms; target < 200 ms${waited.has(view) ? `; ${waited.get(view)} of them waited for chart code` : ''})`,
    );
  }
}
