/**
 * The pages turned into static HTML at build time: each area's first screen. `area` names the
 * lazily loaded area module (relative to src/) and `namespaces` the message catalogues it
 * uses, so the page can preload them and hydrate without waiting for a second round trip.
 * The files are written where static hosts and the service worker look for a clean URL:
 * /kader -> kader.html.
 */
export interface PrerenderRoute {
  path: string;
  area?: string;
  namespaces?: string[];
}

export const PRERENDER_ROUTES: PrerenderRoute[] = [
  { path: '/' },
  { path: '/kader', area: 'features/frameworks/frameworks-area.tsx', namespaces: ['framework'] },
  {
    path: '/kader/kwaliteitskader-tienerpooiers/1.0.0',
    area: 'features/frameworks/frameworks-area.tsx',
    namespaces: ['framework'],
  },
  {
    path: '/zelfevaluatie',
    area: 'features/assess/assess-area.tsx',
    namespaces: ['assess', 'exchange'],
  },
  { path: '/resultaten', area: 'features/results/results-area.tsx', namespaces: ['results'] },
  {
    path: '/resultaten/scoreregels',
    area: 'features/results/results-area.tsx',
    namespaces: ['results'],
  },
  {
    path: '/vergelijken',
    area: 'features/compare/compare-area.tsx',
    namespaces: ['exchange', 'assess', 'validation', 'compare'],
  },
  {
    path: '/rapporten',
    area: 'features/reports/reports-area.tsx',
    namespaces: ['reports', 'results', 'framework'],
  },
  {
    path: '/instellingen',
    area: 'features/settings/settings-area.tsx',
    namespaces: ['settings', 'validation'],
  },
];

/** dist-relative file of a prerendered path. */
export function prerenderFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}
