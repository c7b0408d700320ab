/**
 * Typed translation keys: `t('key')` is checked against the nl-BE catalogues (the source
 * language), so a key that does not exist is a compile error. Adding a key: add it to the nl-BE
 * JSON (and en, checked by tests/i18n.test.ts); nothing here changes unless you add a namespace
 * (then add its nl-BE file below and to TYPED_NAMESPACES). A key built at run time must be typed
 * as a union of existing keys (e.g. `problems.${ProblemCode}`), not as `string`.
 */
import type assess from './locales/nl-BE/assess.json';
import type benchmark from './locales/nl-BE/benchmark.json';
import type common from './locales/nl-BE/common.json';
import type compare from './locales/nl-BE/compare.json';
import type exchange from './locales/nl-BE/exchange.json';
import type framework from './locales/nl-BE/framework.json';
import type problems from './locales/nl-BE/problems.json';
import type reports from './locales/nl-BE/reports.json';
import type results from './locales/nl-BE/results.json';
import type settings from './locales/nl-BE/settings.json';
import type validation from './locales/nl-BE/validation.json';

/** Every namespace the typed resources know; tests/i18n.test.ts checks it against the files. */
export const TYPED_NAMESPACES = [
  'assess',
  'benchmark',
  'common',
  'compare',
  'exchange',
  'framework',
  'problems',
  'reports',
  'results',
  'settings',
  'validation',
] as const;

export interface Resources {
  assess: typeof assess;
  benchmark: typeof benchmark;
  common: typeof common;
  compare: typeof compare;
  exchange: typeof exchange;
  framework: typeof framework;
  problems: typeof problems;
  reports: typeof reports;
  results: typeof results;
  settings: typeof settings;
  validation: typeof validation;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
    returnNull: false;
  }
}
