import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layer rules from the architecture: only db/ touches Dexie, only store/ touches Zustand,
// only the chart wrappers touch Recharts, and domain/ stays free of React, Dexie and the DOM.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

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
