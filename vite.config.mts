/**
 * The Teams tab / web page: static files in release/teams-tab that any web host can serve, with the
 * MSAL redirect bridge page beside the app. Configuration comes from config/tab/.env* (SPE_* only).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'src/hosts/teams');

export default defineConfig({
  root,
  base: './',
  envDir: resolve(import.meta.dirname, 'config/tab'),
  envPrefix: 'SPE_',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'release/teams-tab'),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: { index: resolve(root, 'index.html'), auth: resolve(root, 'auth.html') },
    },
  },
});
