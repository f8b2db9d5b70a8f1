/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, type Strategy } from 'workbox-strategies';
import { SAVED_CACHE, type SaveProgress, type SaveRequest } from './features/pwa/save/save-protocol';

declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 3600;
const base = new URL(self.registration.scope).pathname;

// App shell, route chunks, icons and the article index (see pwaPlugin in vite.config.ts).
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first worker takes the open page at once, so the article being read is cached already.
clientsClaim();

// Every app route (the embed included) is the same index.html; the router picks the page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// Saved copies win, then the runtime cache, then the network.
function savedFirst(strategy: Strategy) {
  return async (options: RouteHandlerCallbackOptions): Promise<Response> => {
    const saved = await caches.match(options.request, { cacheName: SAVED_CACHE });
    return saved ?? strategy.handle(options);
  };
}

// Search shards and doc chunks (content-hashed) get their own cache, so a few searches do not
// push article bodies out of theirs, and every part a search used stays there for offline.
registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin && url.pathname.startsWith(`${base}assets/articles/`) && /\/(s|d|search)-[\w-]+\.json$/.test(url.pathname),
  new CacheFirst({
    cacheName: 'folio-search',
    plugins: [new ExpirationPlugin({ maxEntries: 600, purgeOnQuotaError: true })],
  }),
);

// Article bodies are content-hashed: a cached copy is never stale.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(`${base}assets/articles/`),
  savedFirst(
    new CacheFirst({
      cacheName: 'folio-articles',
      plugins: [new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true })],
    }),
  ),
);

// Article images live on many hosts. Chromium counts each opaque (cross-origin) response as
// megabytes of quota, so the cap is in entries, and a full quota empties this cache first.
registerRoute(
  ({ request }) => request.destination === 'image',
  savedFirst(
    new CacheFirst({
      cacheName: 'folio-images',
      plugins: [
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * DAY, purgeOnQuotaError: true }),
      ],
    }),
  ),
);

async function saveOne(cache: Cache, url: string): Promise<SaveProgress> {
  const sameOrigin = new URL(url).origin === self.location.origin;
  const progress: SaveProgress = { type: 'folio:save-progress', url, ok: false, bytes: 0, opaque: !sameOrigin };
  try {
    // Images on other hosts load as the reader's <img referrerpolicy="no-referrer"> would.
    const init: RequestInit = sameOrigin ? {} : { mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer' };
    const response = await fetch(url, init);
    if (!response.ok && response.type !== 'opaque') return progress;
    const body = await response.clone().blob();
    await cache.put(url, response);
    return { ...progress, ok: true, bytes: body.size };
  } catch {
    return progress;
  }
}

// Four downloads at a time: quick on a good line, gentle on the hosts and on a phone.
async function save(request: SaveRequest, port: MessagePort): Promise<void> {
  const cache = await caches.open(SAVED_CACHE);
  const queue = [...request.urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) port.postMessage(await saveOne(cache, url));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  port.postMessage({ type: 'folio:save-done' });
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  // Sent by workbox-window when the reader applies an update (registerType: 'prompt').
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'folio:save' && event.ports[0]) event.waitUntil(save(data as SaveRequest, event.ports[0]));
});
