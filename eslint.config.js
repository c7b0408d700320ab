import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layer rules from the architecture: only db/ touches Dexie, only store/ touches Zustand,
// only the chart wrappers touch Recharts, and domain/ stays free of React, Dexie and the DOM.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

// Layer order (../shared/ARCHITECTURE.md): domain <- schemas <- io, db <- flows <- store <-
// features <- app; ui imports only domain types and itself. Each entry lists the folders a layer
// must NOT import from (resolved paths, so `../../db/x` and `../db/x` are caught alike).
// i18n holds catalogues and their setup; cli is the command-line door, beside io; prerender
// renders the app at build time and sits above app.
const LAYERS = [
  'prerender',
  'domain',
  'schemas',
  'io',
  'db',
  'flows',
  'store',
  'features',
  'ui',
  'i18n',
  'app',
  'cli',
];
const MAY_IMPORT = {
  // domain takes its record types from schemas (z.infer); type imports only, see below.
  domain: ['domain', 'schemas'],
  schemas: ['schemas', 'domain'],
  io: ['io', 'schemas', 'domain'],
  db: ['db', 'schemas', 'domain'],
  flows: ['flows', 'io', 'db', 'schemas', 'domain'],
  store: ['store', 'flows', 'io', 'db', 'schemas', 'domain'],
  features: ['features', 'store', 'flows', 'io', 'db', 'schemas', 'domain', 'ui', 'i18n'],
  ui: ['ui', 'domain', 'i18n'],
  i18n: ['i18n', 'domain'],
  app: LAYERS.filter((layer) => layer !== 'prerender'),
  prerender: LAYERS,
  cli: ['cli', 'io', 'schemas', 'domain', 'i18n'],
};
// One folder per user task; features/shared holds what several features use and imports none.
const FEATURES = ['assess', 'compare', 'frameworks', 'reports', 'results', 'settings'];

const layerZones = Object.entries(MAY_IMPORT).flatMap(([layer, allowed]) =>
  LAYERS.filter((other) => !allowed.includes(other)).map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    message: `src/${layer} may not import from src/${other}: imports follow the layer order of ARCHITECTURE.md.`,
  })),
);
const featureZones = [...FEATURES, 'shared'].map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: feature === 'shared' ? ['./shared'] : [`./${feature}`, './shared'],
  message:
    feature === 'shared'
      ? 'src/features/shared may not import a feature.'
      : 'Features do not import each other; move shared code to src/features/shared (or lower).',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
      'reports',
      '.stryker-tmp',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is not allowed: render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
    },
  },
  {
    // domain may name the record types of schemas, but never run schema code: the types come
    // from z.infer, and a value import would pull Zod into the pure layer.
    files: ['src/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/schemas/**', '**/schemas'],
              allowTypeImports: true,
              message: 'domain/ may import only types from schemas/.',
            },
          ],
        },
      ],
    },
  },
  {
    // ui imports only domain types: shared presentation knows no domain logic.
    files: ['src/ui/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/domain/**', '**/domain'],
              allowTypeImports: true,
              message: 'ui/ may import only types from domain/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      {
        group: ['react', 'react-dom', 'dexie', 'zustand', 'recharts', 'zod'],
        message: 'domain/ is pure TypeScript.',
      },
      {
        group: ['**/db/**', '**/io/**', '**/store/**', '**/features/**', '**/app/**', '**/ui/**'],
        message: 'domain/ imports nothing from outer layers.',
      },
    ]),
  },
  {
    files: ['src/**'],
    ignores: ['src/db/**'],
    rules: restrict([{ group: ['dexie', 'dexie/*'], message: 'Only src/db imports dexie.' }]),
  },
  {
    files: ['src/features/**', 'src/app/**', 'src/ui/**'],
    ignores: ['src/ui/charts/**'],
    rules: restrict([
      { group: ['dexie', 'dexie/*'], message: 'Only src/db imports dexie.' },
      { group: ['zustand', 'zustand/*'], message: 'Only src/store imports zustand.' },
      { group: ['recharts'], message: 'Only chart wrappers in src/ui/charts import recharts.' },
    ]),
  },
);
