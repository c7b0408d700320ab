// Cold-load measurement: serves built app folders with gzip on loopback and loads pages in
// headless Chromium with an empty cache and no service worker, several times each, printing
// medians of DOMContentLoaded, Largest Contentful Paint, JavaScript bytes fetched before the
// load event, and Cumulative Layout Shift. Prints figures; asserts nothing.
//
//   tsx tests/bench/cold-load.ts [--no-build] [--runs N] [--compare DIR ...]
//
// Without --no-build it first runs `vite build` into dist/. Each --compare folder (e.g. a
// build of an older commit) is served on its own port and measured in the same run,
// interleaved with dist/, so both see the same machine load. Ports: BENCH_PORT (default
// 4199) and up.
import { build } from 'vite';
import type { Browser } from '@playwright/test';
import { launchBenchChromium } from './chromium';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const compare = args.flatMap((a, i) => (a === '--compare' && args[i + 1] ? [args[i + 1]!] : []));
const basePort = Number(process.env.BENCH_PORT || 4199);
const root = resolve(import.meta.dirname, '../..');
const PAGES = ['/', '/kader'];
// Time after the load event for late paints and shifts (data from IndexedDB, idle work).
const SETTLE_MS = 2000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static host as deployments have it: clean URLs, SPA fallback, gzip (level 6). */
function serve(dir: string, port: number): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const candidates = [pathname, `${pathname}.html`, join(pathname, 'index.html')];
    let file = candidates
      .map((p) => join(dir, p))
      .find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile());
    file ??= join(dir, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (/\b(?:gzip)\b/.test(String(req.headers['accept-encoding'])) && type !== 'image/png') {
      const cached = cache.get(file) ?? gzipSync(body, { level: 6 });
      cache.set(file, cached);
      body = cached;
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((r) => server.listen(port, '127.0.0.1', () => r(server)));
}

interface Sample {
  dcl: number;
  lcp: number;
  lcpElement: string;
  jsBytes: number;
  cls: number;
}

async function coldLoad(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    locale: 'nl-BE',
    viewport: { width: 1280, height: 720 },
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    // A string, not a function: tsx would wrap named helpers in `__name`, unknown in the page.
    return (await page.evaluate(`new Promise((resolve) => {
      const out = { lcp: 0, lcpElement: '', cls: 0 };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          out.lcp = e.renderTime || e.loadTime || e.startTime;
          const el = e.element;
          out.lcpElement = el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : el.className ? '.' + String(el.className).split(' ')[0] : '') : '?';
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) out.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const jsBytes = performance
          .getEntriesByType('resource')
          .filter((r) => /\\.m?js(\\?|$)/.test(r.name) && r.responseEnd <= nav.loadEventStart)
          .reduce((s, r) => s + r.encodedBodySize, 0);
        resolve({ ...out, dcl: nav.domContentLoadedEventStart, jsBytes });
      }, 100);
    })`)) as Sample;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function mode(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

if (!args.includes('--no-build')) {
  console.log('Building the app into dist/ ...');
  await build({ root, logLevel: 'warn' });
}
const folders = [resolve(root, 'dist'), ...compare.map((d) => resolve(d))];
for (const dir of folders) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build in ${dir}`);
}
const servers = await Promise.all(folders.map((dir, i) => serve(dir, basePort + i)));
const browser = await launchBenchChromium();
try {
  const samples = new Map<string, Sample[]>();
  const key = (f: number, p: string) => `${f} ${p}`;
  // One warm-up load per folder and page (Chromium's own start-up costs), not counted.
  for (let f = 0; f < folders.length; f++) {
    for (const p of PAGES) await coldLoad(browser, `http://localhost:${basePort + f}${p}`);
  }
  for (let run = 0; run < runs; run++) {
    for (const p of PAGES) {
      for (let f = 0; f < folders.length; f++) {
        const s = await coldLoad(browser, `http://localhost:${basePort + f}${p}`);
        const list = samples.get(key(f, p)) ?? [];
        list.push(s);
        samples.set(key(f, p), list);
      }
    }
  }
  console.log('');
  console.log(
    `Cold load (gzip on loopback, empty cache, no service worker, 1280x720, median of ${runs}):`,
  );
  for (let f = 0; f < folders.length; f++) {
    console.log(`  ${folders[f]}`);
    for (const p of PAGES) {
      const list = samples.get(key(f, p))!;
      const m = (pick: (s: Sample) => number) => median(list.map(pick));
      console.log(
        `    ${p.padEnd(8)} DOMContentLoaded ${m((s) => s.dcl).toFixed(0)} ms, LCP ${m((s) => s.lcp).toFixed(0)} ms` +
          ` (${mode(list.map((s) => s.lcpElement))}; runs ${list.map((s) => s.lcp.toFixed(0)).join(', ')}),` +
          ` JS before load ${(m((s) => s.jsBytes) / 1024).toFixed(1)} KiB gzip, CLS ${m((s) => s.cls).toFixed(3)}`,
      );
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
