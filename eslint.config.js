import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import zones (STYLE.md): shared/ imports only shared/; the renderer never reaches the hub's code. */
const zone = (froms) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: froms.map((group) => ({ group: [group], message: 'crosses a runtime boundary (STYLE.md)' })),
    },
  ],
});

/** The region service. */
const REGION = ['**/region/*'];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // noUncheckedIndexedAccess makes every index possibly undefined; where the invariant is
      // local and obvious an assertion reads better than an unreachable branch.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: zone(['**/db/*', '**/server/*', '**/renderer/*', '**/electron/*', 'node:*', 'react']),
  },
  { files: ['db/**/*.ts'], rules: zone(['**/server/*', '**/renderer/*', '**/electron/*', '**/region/*']) },
  // Nothing of the region runs inside an office hub (DESIGN.md §11).
  {
    files: ['server/**/*.ts'],
    rules: zone(['**/renderer/*', '**/electron/*', 'electron', '**/region/*', 'pg']),
  },
  // An HTTP request runs as its caller, never as the hub itself.
  {
    files: ['server/http/**/*.ts'],
    rules: zone(['**/renderer/*', '**/electron/*', 'electron', '**/region/*', 'pg', '**/hub/system-actor']),
  },
  {
    files: ['region/**/*.ts'],
    rules: zone(['**/renderer/*', '**/electron/*', 'electron', 'better-sqlite3']),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: zone(['**/db/*', '**/server/*', '**/electron/*', ...REGION, 'node:*', 'better-sqlite3', 'pg']),
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
