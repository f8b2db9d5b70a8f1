import { useEffect, useSyncExternalStore } from 'react';
import { startServiceWorker, subscribeUpdate, updateWaiting } from '../sw-registration';

/** Starts the service worker (once) and tells whether a new version waits for the reader. */
export function useUpdateWaiting(): boolean {
  useEffect(startServiceWorker, []);
  return useSyncExternalStore(subscribeUpdate, updateWaiting, () => false);
}
