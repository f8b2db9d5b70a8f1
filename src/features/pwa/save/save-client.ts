import { SAVED_CACHE, type SaveProgress, type SaveRequest } from './save-protocol';

/** True when this browser can keep files for offline reading. */
export function canSaveOffline(): boolean {
  return 'serviceWorker' in navigator && 'caches' in window;
}

async function activeWorker(): Promise<ServiceWorker> {
  const worker = navigator.serviceWorker.controller ?? (await navigator.serviceWorker.ready).active;
  if (!worker) throw new Error('no active service worker');
  return worker;
}

/**
 * Asks the service worker to download `urls` into the saved cache. The worker does the
 * fetching because images live on other hosts, which the page's CSP (`connect-src 'self'`)
 * keeps it from fetching itself. Resolves with one report per URL.
 */
export async function saveInWorker(urls: string[]): Promise<SaveProgress[]> {
  const worker = await activeWorker();
  const channel = new MessageChannel();
  const reports: SaveProgress[] = [];
  const done = new Promise<SaveProgress[]>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<SaveProgress | { type: 'folio:save-done' }>) => {
      if (event.data.type === 'folio:save-progress') {
        reports.push(event.data);
      } else {
        channel.port1.close();
        resolve(reports);
      }
    };
  });
  const request: SaveRequest = { type: 'folio:save', urls };
  worker.postMessage(request, [channel.port2]);
  return done;
}

/** Deletes stored copies no saved set needs any more. */
export async function deleteSaved(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(SAVED_CACHE);
  await Promise.all(urls.map((url) => cache.delete(url)));
}

/** What the browser says this site stores and may store, when it says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
