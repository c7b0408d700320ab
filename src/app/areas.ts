/** The areas of the app, in menu order, with their real URLs. */
export const AREAS = [
  { key: 'home', path: '/' },
  { key: 'framework', path: '/kader' },
  { key: 'assess', path: '/zelfevaluatie' },
  { key: 'results', path: '/resultaten' },
  { key: 'compare', path: '/vergelijken' },
  { key: 'reports', path: '/rapporten' },
  { key: 'settings', path: '/instellingen' },
] as const;
