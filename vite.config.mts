/**
 * The Teams tab / web page: static files in release/teams-tab that any web host can serve, with the
 * MSAL redirect bridge page beside the app. Configuration comes from config/tab/.env* (SPE_* only).
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'src/hosts/teams');

/**
 * Source maps carry every source file (`sourcesContent`), so they stay out of the folder that is
 * deployed: the scripts name no map (`sourcemap: 'hidden'`) and the maps move to `<outDir>-sourcemaps/`,
 * to load into the browser's developer tools when an error in production needs its sources.
 */
function sourceMapsBesideOutDir(): Plugin {
  return {
    name: 'source-maps-beside-out-dir',
    apply: 'build',
    writeBundle(output, bundle) {
      if (output.dir === undefined) return;
      const mapsDir = `${output.dir}-sourcemaps`;
      rmSync(mapsDir, { recursive: true, force: true });
      for (const fileName of Object.keys(bundle).filter((name) => name.endsWith('.map'))) {
        const target = join(mapsDir, fileName);
        mkdirSync(dirname(target), { recursive: true });
        renameSync(join(output.dir, fileName), target);
      }
    },
  };
}

export default defineConfig({
  root,
  base: './',
  envDir: resolve(import.meta.dirname, 'config/tab'),
  envPrefix: 'SPE_',
  plugins: [react(), sourceMapsBesideOutDir()],
  build: {
    outDir: resolve(import.meta.dirname, 'release/teams-tab'),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: 'hidden',
    reportCompressedSize: false,
    // The favicon stays a file: a data: URL would need `img-src data:` in the tab's content security policy.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    rollupOptions: {
      input: { index: resolve(root, 'index.html'), auth: resolve(root, 'auth.html') },
    },
  },
});
