import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { test, expect } from './fixtures';

/**
 * The README's deployment section, followed: dist/ served as plain static files by a server
 * that knows nothing but the generated `dist/_headers` (the Netlify / Cloudflare Pages format;
 * the nginx snippet carries the same lines), with clean URLs and the SPA fallback. A page of
 * another origin that frames the app gets nothing, with those headers and, as a second line,
 * without any header at all.
 */

const DIST = resolve('dist');
const WITH_HEADERS_PORT = Number(process.env.E2E_STATIC_PORT || 4193);
const NO_HEADERS_PORT = WITH_HEADERS_PORT + 1;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** `_headers`: a path pattern line, then indented `Name: value` lines. */
function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

function staticServer(port: number, withHeaders: boolean): Promise<Server> {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const candidates = [path, `${path}.html`, join(path, 'index.html'), '/index.html'];
    const file = candidates
      .map((p) => normalize(join(DIST, p)))
      .find((p) => p.startsWith(DIST) && existsSync(p) && statSync(p).isFile())!;
    if (withHeaders) {
      for (const rule of rules) {
        if (matches(rule.pattern, path))
          for (const [name, value] of rule.headers) res.setHeader(name, value);
      }
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

const FRAMER = 'http://framer.example';

test('served as static files with the documented headers; a framing page of another origin gets nothing', async ({
  page,
  watched,
}) => {
  const withHeaders = await staticServer(WITH_HEADERS_PORT, true);
  const noHeaders = await staticServer(NO_HEADERS_PORT, false);
  try {
    const app = `http://127.0.0.1:${WITH_HEADERS_PORT}`;
    // The app itself works under these headers.
    const response = await page.goto(`${app}/kader`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.goto(`${app}/zelfevaluatie`);
    await expect(page.getByRole('heading', { level: 1, name: 'Zelfevaluatie' })).toBeVisible();

    // Another origin frames it: with the headers, the browser refuses to show the frame.
    for (const [target, why] of [
      [app, 'headers'],
      [`http://127.0.0.1:${NO_HEADERS_PORT}`, 'no headers: the app refuses by itself'],
    ] as const) {
      await page.route(`${FRAMER}/`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>framer</title><iframe id="f" src="${target}/zelfevaluatie" width="800" height="600"></iframe>`,
        }),
      );
      await page.goto(`${FRAMER}/`);
      const frame = page.frameLocator('#f');
      // Give the framed app every chance to render (its scripts, its delayed reveal).
      await page.waitForTimeout(5000);
      await expect(frame.getByRole('heading'), why).toHaveCount(0);
      await expect(frame.getByRole('button'), why).toHaveCount(0);
      await expect(frame.getByRole('link'), why).toHaveCount(0);
      await expect(frame.locator('body'), why).not.toContainText('Zelfevaluatie');
      await page.unroute(`${FRAMER}/`);
    }
    // The blocked frame and the framer page itself are reported in the console; expected here.
    watched.consoleErrors.length = 0;
    watched.foreignRequests.length = 0;
  } finally {
    withHeaders.close();
    noHeaders.close();
  }
});
