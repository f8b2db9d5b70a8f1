import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { articlesPlugin } from './src/pipeline/articles-plugin.ts';
import { cspPlugin } from './src/pipeline/csp-plugin.ts';

/** BASE_URL always starts and ends with `/` so every route and asset works below it. */
function baseUrl(raw = process.env.BASE_URL): string {
  if (!raw || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * React Router 7's package exports only its development build, whatever the mode (a stopgap its
 * maintainers keep: remix-run/react-router#12532). The production build beside it differs in one
 * flag that turns its development warnings off, so the minifier drops them. Build only: the dev
 * server keeps the warnings.
 */
function reactRouterProductionBuild(): Plugin {
  const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist/production');
  const files: Record<string, string> = {
    'react-router': path.join(dist, 'index.mjs'),
    'react-router/dom': path.join(dist, 'dom-export.mjs'),
  };
  return {
    name: 'folio:react-router-production',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => files[source] ?? null,
  };
}

/** Above this many bytes of list pages, they are cached when read instead of installed up front. */
const LIST_PAGES_PRECACHE_BUDGET = 2 * 1024 * 1024;

/**
 * A small archive installs every list page, so every list works offline at once; a large one
 * (20,000 articles: tens of MB of pages) would make each install download the archive's whole
 * listing, so only the entry index and lookup shards are installed and list pages cache as read.
 */
function precacheListPagesWhenSmall<T extends { url: string; size: number }>(entries: T[]) {
  const isListPage = (url: string) => /(^|\/)assets\/articles\/l-[\w-]+\.json$/.test(url);
  const listBytes = entries.reduce((sum, entry) => sum + (isListPage(entry.url) ? entry.size : 0), 0);
  const manifest = listBytes > LIST_PAGES_PRECACHE_BUDGET ? entries.filter((entry) => !isListPage(entry.url)) : entries;
  return { manifest, warnings: [] };
}

/**
 * The service worker (src/sw.ts, Workbox via injectManifest) and the web app manifest. The precache
 * holds the app shell, the route chunks, the icons and the article index, never article bodies:
 * those are cached at runtime when opened or saved for offline. `prompt`: a new deployment waits
 * until the reader applies it (src/features/pwa).
 */
function pwaPlugin(base: string) {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    // The glob below already precaches the icons; listing them twice would only add noise.
    includeManifestIcons: false,
    manifest: {
      id: base,
      name: 'Folio — articles, ready to read',
      short_name: 'Folio',
      description: 'Read articles in your browser, also offline.',
      lang: 'zh-CN',
      start_url: base,
      scope: base,
      display: 'standalone',
      theme_color: '#b03d2a',
      background_color: '#faf9f6',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      // The index, its list pages (`l-`) and id lookup shards (`k-`): the app cannot list or route
      // without them. Article bodies (bare hashes) are cached when opened or saved instead.
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'assets/articles/{index,l,k}-*.json'],
      manifestTransforms: [precacheListPagesWhenSmall],
      // Prerendered article pages are for first visits from outside; once installed, the worker
      // answers every navigation with the app shell, so they are never precached.
      globIgnores: ['article/**'],
      // The index of a large corpus can pass Workbox's 2 MiB default; the app cannot start without it.
      maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    },
  });
}

export default defineConfig({
  base: baseUrl(),
  plugins: [react(), reactRouterProductionBuild(), articlesPlugin(), cspPlugin(), pwaPlugin(baseUrl())],
  build: {
    target: 'es2022',
    // The bench measures sizes itself; Vite's gzip report of every chunk only slows large builds.
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // react-dom in a chunk of its own: its start-up adds an event listener (a feature test),
          // and a tracing browser (DevTools, so Lighthouse) then re-parses every script on the stack
          // for source positions. Alone, that is react-dom's chunk, not the whole entry: measured
          // 250 instead of 460 ms of one task on a 4x slowed phone.
          groups: [{ name: 'react-dom', test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One file at a time, all on the one Chromium the global setup starts: two at a time was
          // little faster on 2 cores (460 s against 526 s) and made focus and timing tests flaky.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'corpus',
          include: ['test/corpus/**/*.corpus.test.ts'],
          globalSetup: ['test/corpus/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
