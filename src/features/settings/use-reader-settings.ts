import { useSyncExternalStore } from 'react';
import { applySettings, settingsStore, type ReaderSettings } from './reader-settings';

let current: ReaderSettings | null = null;
const listeners = new Set<() => void>();

function snapshot(): ReaderSettings {
  current ??= settingsStore.read();
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the saved settings and applies them; call before the first render so no wrong theme flashes. */
export function initReaderSettings(): void {
  applySettings(snapshot());
  // "Follow the system" must follow it live, not only at load.
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => applySettings(snapshot()));
}

/** Changes some settings: applied at once, remembered, and every user of the hook re-renders. */
export function updateReaderSettings(patch: Partial<ReaderSettings>): void {
  current = { ...snapshot(), ...patch };
  settingsStore.write(current);
  applySettings(current);
  listeners.forEach((listener) => listener());
}

/** The reader's display settings and the function that changes them. */
export function useReaderSettings(): [ReaderSettings, typeof updateReaderSettings] {
  return [useSyncExternalStore(subscribe, snapshot), updateReaderSettings];
}
