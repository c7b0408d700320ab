import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../src/i18n';
import { PAINT_HOLD_CLASS, PAINT_HOLD_HASH, PAINT_HOLD_SCRIPT } from '../src/prerender/paint-hold';
import { PRERENDER_ROUTES, prerenderFile } from '../src/prerender/routes';

function runHold(opts: { path: string; stored: string | null; prerendered: string }): boolean {
  document.documentElement.className = '';
  document.documentElement.setAttribute('data-prerendered-path', opts.prerendered);
  document.documentElement.setAttribute('data-prerendered-lang', 'nl-BE');
  window.history.replaceState(null, '', opts.path);
  if (opts.stored === null) localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  else localStorage.setItem(LANGUAGE_STORAGE_KEY, opts.stored);
  // The script as the browser runs it from the built page's <head>.
  new Function(PAINT_HOLD_SCRIPT)();
  return document.documentElement.classList.contains(PAINT_HOLD_CLASS);
}

describe('paint-hold script', () => {
  it('lets the static page paint when it is this URL in the remembered language', () => {
    expect(runHold({ path: '/kader', stored: null, prerendered: '/kader' })).toBe(false);
    expect(runHold({ path: '/kader/', stored: 'nl-BE', prerendered: '/kader' })).toBe(false);
    expect(runHold({ path: '/', stored: null, prerendered: '/' })).toBe(false);
  });

  it('holds the paint for another language or another URL', () => {
    expect(runHold({ path: '/kader', stored: 'en', prerendered: '/kader' })).toBe(true);
    expect(runHold({ path: '/zelfevaluatie/ronde/x', stored: null, prerendered: '/' })).toBe(true);
  });

  it('holds the paint inside a frame (main.tsx decides whether to render there)', () => {
    const top = Object.getOwnPropertyDescriptor(window, 'top')!;
    Object.defineProperty(window, 'top', { configurable: true, get: () => ({}) });
    try {
      expect(runHold({ path: '/kader', stored: null, prerendered: '/kader' })).toBe(true);
    } finally {
      Object.defineProperty(window, 'top', top);
    }
  });

  it('is allowed by a sha256 hash, not by unsafe-inline', () => {
    expect(PAINT_HOLD_HASH).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});

describe('prerendered routes', () => {
  it('are written where clean URLs look for them', () => {
    expect(prerenderFile('/')).toBe('index.html');
    expect(prerenderFile('/kader')).toBe('kader.html');
    expect(prerenderFile('/resultaten/scoreregels')).toBe('resultaten/scoreregels.html');
    expect(new Set(PRERENDER_ROUTES.map((r) => r.path)).size).toBe(PRERENDER_ROUTES.length);
  });
});
