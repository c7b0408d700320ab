import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './ui/styles.css';
import { App } from './app/app';
import { prefetchAreas } from './app/routes';
import { i18n, namespaces } from './i18n';
import { registerServiceWorker } from './app/pwa';
import { PRERENDER_ROUTES } from './prerender/routes';

// Set by the paint-hold script of the built page (src/prerender/paint-hold.ts).
const PAINT_HOLD_CLASS = 'kk-hold';

// The same chunks the routes load lazily (Vite shares them), found by the prerendered route's
// `area` (a path under src/).
const areaModules = import.meta.glob('./features/*/*-area.tsx');

/**
 * Shows the root again once React has committed what this visitor should see, and marks the
 * page as live (browser tests wait for it before they type into a prerendered form).
 */
function ReleasePaint({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    document.documentElement.classList.remove(PAINT_HOLD_CLASS);
    document.documentElement.dataset.appReady = 'true';
  }, []);
  return children;
}

/**
 * True inside a frame of another origin. The app then renders nothing, so a page elsewhere
 * cannot overlay it to trick clicks (clickjacking) even where the host sends no
 * `frame-ancestors` / X-Frame-Options header. Checked in this module, not inline: the CSP
 * allows no inline script for it.
 */
function framedByAnotherOrigin(): boolean {
  if (window.top === window.self) return false;
  try {
    return window.top?.location.origin !== window.location.origin;
  } catch {
    // Reading another origin's location throws: that is exactly the case to refuse.
    return true;
  }
}

const framed = framedByAnotherOrigin();
if (framed) document.body.replaceChildren();
const root = framed ? null : document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <ReleasePaint>
        <App />
      </ReleasePaint>
    </StrictMode>
  );
  // The build prerenders each area's first screen in nl-BE (src/prerender). React takes that
  // HTML over only when it is this URL's page in this visitor's language; otherwise (another
  // language chosen earlier, or a deep link served the start page by the host's fallback)
  // it renders afresh, while the paint-hold script keeps the wrong text from showing.
  const html = document.documentElement;
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const matches =
    root.hasChildNodes() &&
    html.dataset.prerenderedPath === path &&
    html.dataset.prerenderedLang === i18n.language;
  if (matches) {
    // Load the area's code and messages first (the page preloads them), so the whole page is
    // hydrated in one pass: an area left dehydrated while its chunk loads would drop clicks
    // and typing. Until then the static page is readable and its links work.
    const route = PRERENDER_ROUTES.find((r) => r.path === path);
    const load = route?.area ? areaModules[`./${route.area}`] : undefined;
    void Promise.all([load?.(), i18n.loadNamespaces(route?.namespaces ?? [])])
      .catch(() => {
        // Hydration then waits for the chunk itself and shows its own error if it fails.
      })
      .then(() => hydrateRoot(root, app));
  } else {
    createRoot(root).render(app);
  }
}
if (!framed) registerServiceWorker();

const whenIdle = (fn: () => void) =>
  'requestIdleCallback' in window
    ? window.requestIdleCallback(fn, { timeout: 3000 })
    : setTimeout(fn, 1500);
if (!framed)
  whenIdle(() => {
    prefetchAreas();
    void i18n.loadNamespaces(namespaces);
  });
