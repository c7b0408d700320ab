/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderPlugin } from './src/prerender/vite-plugin.ts';
import { PAINT_HOLD_HASH, PAINT_HOLD_SCRIPT } from './src/prerender/paint-hold.ts';
import { securityHeadersPlugin } from './deploy/security-headers.ts';

// The policy forbids inline scripts (but the one paint-hold script, by its hash) and inline
// styles, and any request off the origin. It is set
// as a <meta> in the built index.html (so any static host enforces it) and as a header by
// `vite preview`. Dev mode is left without it because Vite's dev client injects inline code.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${PAINT_HOLD_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kk-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      // The paint-hold script comes right after the policy and before any stylesheet, so it
      // neither escapes the policy nor waits for the CSS.
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />\n    <script>${PAINT_HOLD_SCRIPT}</script>`,
      );
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    prerenderPlugin(),
    securityHeadersPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'Kwaliteitskader tienerpooiers',
        short_name: 'Kwaliteitskader',
        description:
          'Zelfevaluatie en vergelijking van de zorg voor minderjarige slachtoffers van tienerpooiers.',
        lang: 'nl-BE',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every built asset, including lazily loaded chunks and the bundled framework
        // files, is precached so the whole app works offline after the first visit.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // Take control on the very first visit so the app works offline straight away;
        // updates still wait for the user (no skipWaiting in prompt mode).
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    headers: {
      // The same headers a static host gets in dist/_headers (deploy/security-headers.ts).
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Twice vitest's 5 s default: headroom for a shared 2-core machine under load, while a test
    // that is slow by accident still fails. Tests whose work is long by nature (whole feature
    // areas, child processes, generated corpora, key derivation) say so with AREA_TEST or
    // HEAVY_TEST from tests/timeouts.ts.
    testTimeout: 10_000,
    restoreMocks: true,
  },
});
