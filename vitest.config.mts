import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Tests load Fluent UI's CommonJS build, which Node itself requires (about 2 s a test file), instead of
 * its ES modules, which import `react/jsx-runtime` without an extension and so had to go through
 * Vite's module runner one file at a time (`server.deps.inline`, toolchain.md): 7 s a test file, a third
 * of the component suite (docs/decisions/0009-fast-deterministic-tests.md). The same package and
 * version; every sub-package follows through `require`. The tab and the web part are built from the ES
 * modules, and the browser tests run those.
 */
const fluentCommonJs = fileURLToPath(
  new URL('./node_modules/@fluentui/react-components/lib-commonjs/index.cjs', import.meta.url),
);

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: { alias: [{ find: /^@fluentui\/react-components$/, replacement: fluentCommonJs }] },
  test: {
    restoreMocks: true,
    // Vitest leaves one core free by default: one worker on a 2-core machine. Every core runs test
    // files, the browser tests' too: each file drives its own Chromium and stack on ports of its own,
    // and a file waits for states, not time, so two side by side only share the cores (about 15 % less
    // time than one at a time).
    maxWorkers: availableParallelism(),
    globalSetup: ['tests/globalSetup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/editor/**', 'tests/hosts/**/*.dom.test.ts'],
          // Generating a 60,000-grant tenant or rasterising the Teams icons takes seconds on 2 cores.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: [
            'tests/editor/**/*.test.{ts,tsx}',
            'tests/hosts/**/*.test.tsx',
            'tests/hosts/**/*.dom.test.ts',
          ],
          setupFiles: ['tests/setup.dom.ts'],
          // The editor renders hundreds of Fluent components; jsdom on a 2-core machine needs more than
          // 5 s a test, and the 150-app keyboard walk about 30 s.
          testTimeout: 60_000,
        },
      },
      {
        // Real Chromium against the local stack serving the built tab.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        // `npm run screenshots`: the README's pictures (docs/screenshots), not a test of `npm test`.
        extends: true,
        test: {
          name: 'screenshots',
          environment: 'node',
          include: ['tests/screenshots/**/*.shots.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
