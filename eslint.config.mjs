// @ts-check
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports each layer must never make: dependencies point inward only (design.md §3). */
const uiLibraries = ['react', 'react-dom', 'react/*', 'react-dom/*', '@fluentui/*', '@griffel/*'];
const hostLibraries = ['@microsoft/teams-js', '@microsoft/sp-*'];
const authLibraries = ['@azure/msal-browser', '@azure/msal-browser/*', '@azure/msal-*'];
const graphLibraries = ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'];
/** Node-only code (the local stack, the build's packaging, the deployment commands) that no browser layer may import. */
const nodeOnly = ['local', 'packaging', 'deploy'];

const deployOnly =
  'src/deploy is Node code that drives CLI for Microsoft 365: it imports core, packaging and auth/clouds or auth/scopes only.';

/** @param {string[]} packages @param {string[]} folders @param {string} why */
const forbid = (packages, folders, why) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...packages.map((group) => ({ group: [group], message: why })),
        ...folders.map((folder) => ({ group: [`**/${folder}`, `**/${folder}/**`], message: why })),
      ],
    },
  ],
});

/** Browser globals the pure core must not touch (it runs in Node, SPFx, Teams and tests alike). */
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'self',
  'crypto',
].map((name) => ({ name, message: 'src/core is pure: no browser globals (design.md §3).' }));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'lib/',
      'lib-commonjs/',
      'lib-esm/',
      'dist/',
      'temp/',
      'release/',
      'coverage/',
      'sharepoint/solution/',
      '.local/',
      '**/loc/*.js',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    extends: [tseslint.configs.strict],
    languageOptions: {
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'error' },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // The Teams host simulator is a static browser page (no build step): browser globals, and never markup
  // built from the messages it logs.
  {
    files: ['src/local/teamsHost/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      'no-undef': 'error',
      'no-unused-vars': 'error',
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text with textContent, never markup.',
        },
        {
          selector: "CallExpression > MemberExpression.callee[property.name='insertAdjacentHTML']",
          message: 'Render text with textContent, never markup.',
        },
      ],
    },
  },
  // Layer boundaries (design.md §3): core ← graph ← editor ← hosts, auth beside graph.
  {
    files: ['src/core/**'],
    rules: {
      ...forbid(
        [...uiLibraries, ...hostLibraries, ...authLibraries, ...graphLibraries],
        ['graph', 'auth', 'editor', 'hosts', ...nodeOnly],
        'src/core is pure TypeScript: it imports no UI, Graph client, MSAL, teams-js, SPFx or outer layer.',
      ),
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['src/graph/**'],
    rules: forbid(
      [...uiLibraries, ...hostLibraries, ...authLibraries],
      ['editor', 'auth', 'hosts', ...nodeOnly],
      'src/graph talks to Graph only: no React, MSAL, teams-js, SPFx or outer layer.',
    ),
  },
  {
    files: ['src/auth/**'],
    rules: forbid(
      [...uiLibraries, ...hostLibraries, ...graphLibraries],
      ['editor', 'graph', 'hosts', ...nodeOnly],
      'src/auth talks to MSAL only: no React, Graph client, teams-js, SPFx or outer layer.',
    ),
  },
  {
    files: ['src/editor/**'],
    rules: forbid(
      [...hostLibraries, ...authLibraries],
      ['hosts', 'auth', ...nodeOnly],
      'src/editor receives everything through the host port: no teams-js, SPFx, MSAL, host or Node-only code.',
    ),
  },
  {
    files: ['src/hosts/teams/**'],
    rules: forbid(
      ['@microsoft/sp-*'],
      ['sharepoint', ...nodeOnly],
      'Hosts never import each other, nor Node-only code.',
    ),
  },
  {
    files: ['src/hosts/sharepoint/**'],
    rules: forbid(
      ['@microsoft/teams-js'],
      ['teams', ...nodeOnly],
      'Hosts never import each other, nor Node-only code.',
    ),
  },
  {
    files: ['src/hosts/shared/**'],
    rules: forbid(
      ['@microsoft/teams-js', '@microsoft/sp-*'],
      ['teams', 'sharepoint', ...nodeOnly],
      'src/hosts/shared serves every host, so it depends on none of them.',
    ),
  },
  // Node build code (the Teams app package and its icons): it may use core's pure helpers, nothing that
  // runs in the browser; and no browser layer imports it (nodeOnly above).
  {
    files: ['src/packaging/**'],
    rules: forbid(
      [...uiLibraries, ...hostLibraries, ...authLibraries, ...graphLibraries],
      ['graph', 'auth', 'editor', 'hosts', 'local'],
      'src/packaging is Node build code: it imports src/core only, never UI, MSAL, Graph client, teams-js, SPFx, host or local-stack code.',
    ),
  },
  // The deployment commands (npm run provision, deploy:teams) run in Node and drive CLI for Microsoft 365.
  // They build on core, packaging and auth's pure tables (clouds, scopes), never on the auth index or its
  // MSAL modules, UI, Graph client, hosts or the local stack.
  {
    files: ['src/deploy/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['../auth', '../auth/index'].map((name) => ({ name, message: deployOnly })),
          patterns: [
            ...[...uiLibraries, ...hostLibraries, ...authLibraries, ...graphLibraries].map((group) => ({
              group: [group],
              message: deployOnly,
            })),
            ...['graph', 'editor', 'hosts', 'local'].map((folder) => ({
              group: [`**/${folder}`, `**/${folder}/**`],
              message: deployOnly,
            })),
            { group: ['**/auth/*', '!**/auth/clouds', '!**/auth/scopes'], message: deployOnly },
          ],
        },
      ],
    },
  },
  // The benchmarks print their table to the terminal.
  {
    files: ['bench/**'],
    rules: { 'no-console': 'off' },
  },
  // The SharePoint page stand-in (`npm start` and the web part's browser tests): classic browser scripts.
  {
    files: ['src/local/spfxHost/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { 'no-undef': 'error', 'no-unused-vars': 'error' },
  },
);
