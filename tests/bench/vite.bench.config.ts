import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The app and the bench page built together, so both share one origin (and one IndexedDB)
// when served by `vite preview`. The service worker is left out so it does not compete
// for the main thread while timing. Never deployed; the real build is `vite build`.
const root = resolve(import.meta.dirname, '../..');
export default defineConfig({
  root,
  plugins: [react(), VitePWA({ disable: true, injectRegister: null })],
  build: {
    outDir: resolve(root, 'dist-bench'),
    emptyOutDir: true,
    // Readable function names in CPU profiles (BENCH_PROFILE=1).
    ...(process.env.BENCH_PROFILE ? { minify: false } : {}),
    rollupOptions: {
      input: {
        app: resolve(root, 'index.html'),
        bench: resolve(import.meta.dirname, 'bench.html'),
      },
    },
  },
  logLevel: 'warn',
});
