import { allowServiceWorkerScript } from '../../lib/trusted-types';

const HOUR_MS = 3600_000;

let started = false;
let needRefresh = false;
let update: ((reloadPage?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

function setNeedRefresh(value: boolean): void {
  needRefresh = value;
  listeners.forEach((listener) => listener());
}

/**
 * Registers the service worker once per page (the app chrome calls it; the embed never does, so
 * a host page's iframe installs nothing). A long-open tab also looks for a new deployment hourly.
 */
export function startServiceWorker(): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  // The CSP enforces Trusted Types; the worker's URL is the one script URL the app may register.
  allowServiceWorkerScript(`${import.meta.env.BASE_URL}sw.js`);
  // The registration helper is not needed to paint the first view: it loads after it.
  import('virtual:pwa-register').then(({ registerSW }) => register(registerSW), () => undefined);
}

function register(registerSW: typeof import('virtual:pwa-register').registerSW): void {
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => setNeedRefresh(true),
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), HOUR_MS);
    },
  });
}

/** Subscribes to "a new version is waiting"; returns the unsubscribe. */
export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a new version is installed and waiting for the reader. */
export function updateWaiting(): boolean {
  return needRefresh;
}

/** Activates the waiting version; the page reloads once it controls it. */
export function applyUpdate(): void {
  // workbox-window reloads only if the page was already controlled when it registered, so a first
  // visit that meets a new deployment in the same session would keep the old page: reload here.
  navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  void update?.(true);
}

/** Hides the prompt for this visit; the new version still starts with the next visit. */
export function dismissUpdate(): void {
  setNeedRefresh(false);
}
