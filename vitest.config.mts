import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Fluent UI and Griffel ship ESM that imports `react/jsx-runtime` without an extension; inlining
// them lets Vite resolve it (toolchain.md).
const inlineDeps = [/@fluentui\//, /@griffel\//];

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    server: { deps: { inline: inlineDeps } },
    restoreMocks: true,
    // Vitest leaves one core free by default: one worker on a 2-core machine. Every core runs test
    // files; the browser tests ask for one worker (`test:e2e`), as each file drives its own Chromium.
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
